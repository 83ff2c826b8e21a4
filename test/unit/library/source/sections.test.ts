import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { XtreamSource, type CatalogChanges, type LoadProgress, type MediaKind } from '../../../../src/library';
import type { Store } from '../../../../src/store';
import { XtreamClient } from '../../../../src/xtream';
import { HOUR_MS, openTestStore, recordingFetch, testClock, type TestClock } from './support';

let original: RunningProvider;
let changed: RunningProvider;

beforeAll(async () => {
  original = await startProvider({ port: 0, quiet: true, seed: 1 });
  // Another seed: the same ids with other names, as after a provider's update.
  changed = await startProvider({ port: 0, quiet: true, seed: 2 });
});

afterAll(async () => {
  await original.close();
  await changed.close();
});

function sourceOn(provider: RunningProvider, id: string, store: Store, clock: TestClock, fetchImpl?: typeof fetch) {
  const client = new XtreamClient(
    { server: provider.url, username: 'demo', password: 'demo' },
    { http: { fetch: fetchImpl, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } } },
  );
  return new XtreamSource({ id, name: 'demo', client, cache: store.cacheFor(id), now: clock.now });
}

/** Gates the test opens by hand, one per kind. */
function gates() {
  const opened: MediaKind[] = [];
  const openers: Partial<Record<MediaKind, () => void>> = {};
  const asked: MediaKind[] = [];
  const whenWanted = (kind: MediaKind) => {
    asked.push(kind);
    return new Promise<void>((resolve) => {
      openers[kind] = () => {
        opened.push(kind);
        resolve();
      };
    });
  };
  return { whenWanted, asked, open: (kind: MediaKind) => openers[kind]?.() };
}

const actions = (urls: string[]) => urls.map((url) => /action=(\w+)/.exec(url)?.[1]).filter(Boolean);

describe('a catalogue loaded a kind at a time', () => {
  it('resolves with the channels first and fetches movies and series only once they are wanted', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const recorder = recordingFetch();
    const source = sourceOn(original, 'sections-cold', store, clock, recorder.fetch);
    const gate = gates();
    const progress: LoadProgress[] = [];
    const loaded = await source.loadCatalog({
      first: ['live'],
      whenWanted: gate.whenWanted,
      onProgress: (p) => progress.push(p),
    });

    expect(loaded.catalog.count('live')).toBe(original.catalogue.liveChannels().length);
    expect(loaded.catalog.isLoaded('live')).toBe(true);
    expect(loaded.catalog.isLoaded('movie')).toBe(false);
    expect(loaded.catalog.count('movie')).toBe(0);
    expect(actions(recorder.urls).sort()).toEqual(['get_live_categories', 'get_live_streams']);
    expect(gate.asked).toEqual(['movie', 'series']);
    expect(Object.keys(loaded.later ?? {})).toEqual(['movie', 'series']);

    gate.open('movie');
    const withMovies = await loaded.later!.movie!;
    // The same catalogue, its movies filled in whole; series still wait for their turn.
    expect(withMovies).toBe(loaded.catalog);
    expect(source.catalog).toBe(loaded.catalog);
    expect(loaded.catalog.count('movie')).toBe(original.catalogue.movies().length);
    expect(loaded.catalog.isLoaded('series')).toBe(false);
    expect(actions(recorder.urls)).not.toContain('get_series');

    gate.open('series');
    await loaded.later!.series;
    expect(loaded.catalog.count('series')).toBeGreaterThan(0);
    expect(loaded.catalog.kinds()).toEqual(['live', 'movie', 'series']);
    expect(await loaded.refresh).toEqual({ status: 'skipped' });
    // One count over every kind: six lists fetched, then done.
    expect(progress[progress.length - 1]).toMatchObject({ phase: 'done', items: 6, totalItems: 6 });
    expect(progress.filter((p) => p.phase === 'done')).toHaveLength(1);

    // The next start reads every kind back from the cache, without a request.
    const again = recordingFetch();
    const warm = await sourceOn(original, 'sections-cold', store, clock, again.fetch).loadCatalog({ first: ['live'] });
    await Promise.all([warm.later!.movie, warm.later!.series]);
    expect(warm.catalog.count('movie')).toBe(original.catalogue.movies().length);
    expect(again.urls).toEqual([]);
  });

  it('keeps the channels when the movies are neither cached nor fetchable, and says why the movies failed', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const down = await startProvider({ port: 0, quiet: true, seed: 1 });
    const gate = gates();
    const source = sourceOn(down, 'sections-down', store, clock);
    const loaded = await source.loadCatalog({ first: ['live'], whenWanted: gate.whenWanted });
    await down.close();

    gate.open('movie');
    // Refused, or cut off when the closing server drops a kept-alive connection: either way the provider's error.
    const unreachable = expect.stringMatching(/^(CONNECTION_REFUSED|SERVER_UNREACHABLE)$/);
    await expect(loaded.later!.movie).rejects.toMatchObject({ name: 'XtreamError', code: unreachable });
    expect(loaded.catalog.count('live')).toBeGreaterThan(0);
    expect(loaded.catalog.isLoaded('movie')).toBe(false);
    gate.open('series');
    await expect(loaded.later!.series).rejects.toMatchObject({ code: unreachable });
    expect(await loaded.refresh).toEqual({ status: 'skipped' });
  });

  it('stops a kind still waiting when the load is aborted', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const controller = new AbortController();
    const recorder = recordingFetch();
    const gate = gates();
    const source = sourceOn(original, 'sections-abort', store, clock, recorder.fetch);
    const loaded = await source.loadCatalog({
      first: ['live'],
      whenWanted: gate.whenWanted,
      signal: controller.signal,
    });
    controller.abort();
    gate.open('movie');
    await expect(loaded.later!.movie).rejects.toMatchObject({ name: 'AbortError' });
    expect(actions(recorder.urls)).not.toContain('get_vod_streams');
  });

  it('refreshes a stale catalogue once every kind is in, with one swap of new sections', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const first = await sourceOn(original, 'sections-swr', store, clock).loadCatalog();
    await first.refresh; // stored

    clock.advance(7 * HOUR_MS);
    const source = sourceOn(changed, 'sections-swr', store, clock);
    const updates: CatalogChanges[] = [];
    const arrivals: MediaKind[] = [];
    source.onCatalogChange(({ changes, loaded }) => (loaded ? arrivals.push(loaded) : updates.push(changes)));
    const gate = gates();
    const loaded = await source.loadCatalog({ first: ['live'], whenWanted: gate.whenWanted });
    expect(loaded.fromCache).toBe(true);
    expect(loaded.stale).toBe(true);
    const liveId = loaded.catalog.items('live', 'all').at(0)!.id;
    const cachedName = loaded.catalog.byId('live', liveId)!.name;

    let settled = false;
    void loaded.refresh.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The channels' refresh may be in, but nothing is swapped while movies and series have not loaded.
    expect(settled).toBe(false);
    expect(source.catalog).toBe(loaded.catalog);
    gate.open('movie');
    gate.open('series');
    await Promise.all([loaded.later!.movie, loaded.later!.series]);
    // Each kind coming in was announced on its own, into the same catalogue, before any refresh.
    expect(arrivals).toEqual(['movie', 'series']);
    expect(updates).toEqual([]);
    const movieId = loaded.catalog.items('movie', 'all').at(0)!.id;
    const cachedMovie = loaded.catalog.byId('movie', movieId)!.name;

    const refresh = await loaded.refresh;
    if (refresh.status !== 'updated') throw new Error(`expected an update, got ${refresh.status}`);
    expect(updates).toEqual([refresh.changes]);
    expect(source.catalog).toBe(refresh.catalog);
    expect(refresh.catalog).not.toBe(loaded.catalog);
    // The catalogue shown until then is left as it was: whole sections swap, never halves.
    expect(loaded.catalog.byId('live', liveId)!.name).toBe(cachedName);
    expect(loaded.catalog.byId('movie', movieId)!.name).toBe(cachedMovie);
    const fresh = await sourceOn(changed, 'sections-reference', await openTestStore(clock), clock).loadCatalog();
    expect(refresh.catalog.byId('live', liveId)!.name).toBe(fresh.catalog.byId('live', liveId)!.name);
    expect(refresh.catalog.byId('movie', movieId)!.name).toBe(fresh.catalog.byId('movie', movieId)!.name);
    expect(refresh.catalog.count('series')).toBe(fresh.catalog.count('series'));
  });
});
