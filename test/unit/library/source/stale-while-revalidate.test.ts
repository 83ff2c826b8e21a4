import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { XtreamSource, type CatalogChanges } from '../../../../src/library';
import type { CorruptEvent, Store } from '../../../../src/store';
import { XtreamClient } from '../../../../src/xtream';
import { HOUR_MS, openTestStore, recordingFetch, testClock, type TestClock } from './support';

let original: RunningProvider;
let changed: RunningProvider;

beforeAll(async () => {
  original = await startProvider({ port: 0, quiet: true, seed: 1 });
  // Another seed: the same ids with other names, pictures and categories, as after a provider's update.
  changed = await startProvider({ port: 0, quiet: true, seed: 2, faults: { delayMs: 150 } });
});

afterAll(async () => {
  await original.close();
  await changed.close();
});

/** A source for account `id` whose requests go to `provider`. */
function sourceOn(provider: RunningProvider, id: string, store: Store, clock: TestClock, fetchImpl?: typeof fetch) {
  const client = new XtreamClient(
    { server: provider.url, username: 'demo', password: 'demo' },
    { http: { fetch: fetchImpl, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } } },
  );
  return new XtreamSource({ id, name: 'demo', client, cache: store.cacheFor(id), now: clock.now });
}

describe('the catalogue with stale-while-revalidate', () => {
  it('shows the stale catalogue at once, refreshes in the background and swaps the whole catalogue', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const shown = await sourceOn(original, 'swr-swap', store, clock).loadCatalog();
    await shown.refresh; // stored

    clock.advance(7 * HOUR_MS); // categories and streams live 6 hours
    const source = sourceOn(changed, 'swr-swap', store, clock);
    const updates: CatalogChanges[] = [];
    source.onCatalogChange(({ changes }) => updates.push(changes));
    const loaded = await source.loadCatalog();

    expect(loaded.fromCache).toBe(true);
    expect(loaded.stale).toBe(true);
    const liveId = loaded.catalog.items('live', 'all').at(0)!.id;
    const movieId = loaded.catalog.items('movie', 'all').at(0)!.id;
    expect(loaded.catalog.byId('live', liveId)!.name).toBe(shown.catalog.byId('live', liveId)!.name);
    // Until every list of the refresh is in, the shown catalogue stays the cached one.
    expect(source.catalog).toBe(loaded.catalog);

    const refresh = await loaded.refresh;
    if (refresh.status !== 'updated') throw new Error(`expected an update, got ${refresh.status}`);
    expect(refresh.changes.changed).toBe(true);
    expect(updates).toEqual([refresh.changes]);
    expect(source.catalog).toBe(refresh.catalog);
    const fresh = await sourceOn(changed, 'swr-reference', await openTestStore(clock), clock).loadCatalog();
    await fresh.refresh;
    expect(refresh.catalog.byId('live', liveId)!.name).toBe(fresh.catalog.byId('live', liveId)!.name);
    expect(refresh.catalog.byId('movie', movieId)!.name).toBe(fresh.catalog.byId('movie', movieId)!.name);
    const live = refresh.changes.sections.live.items;
    expect(live.added + live.removed + live.updated).toBeGreaterThan(0);

    // The refreshed lists were stored: the next start shows them, fresh, without a request.
    const recorder = recordingFetch();
    const next = await sourceOn(changed, 'swr-swap', store, clock, recorder.fetch).loadCatalog();
    expect(next.stale).toBe(false);
    expect(next.catalog.byId('live', liveId)!.name).toBe(fresh.catalog.byId('live', liveId)!.name);
    expect(recorder.urls).toEqual([]);
  });

  it('reports no change when the refreshed lists are the same', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const first = await sourceOn(original, 'swr-same', store, clock).loadCatalog();
    await first.refresh; // stored
    const loaded = await sourceOn(original, 'swr-same', store, clock).loadCatalog({ refresh: 'always' });
    const refresh = await loaded.refresh;
    expect(refresh.status).toBe('updated');
    if (refresh.status === 'updated') expect(refresh.changes.changed).toBe(false);
  });

  it('keeps the cached catalogue when the refresh fails', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const down = await startProvider({ port: 0, quiet: true });
    const shown = await sourceOn(down, 'swr-offline', store, clock).loadCatalog();
    await shown.refresh; // stored
    await down.close();
    clock.advance(7 * HOUR_MS);
    const source = sourceOn(down, 'swr-offline', store, clock);
    const loaded = await source.loadCatalog();
    expect(loaded.catalog.count('live')).toBe(shown.catalog.count('live'));
    const refresh = await loaded.refresh;
    expect(refresh.status).toBe('failed');
    if (refresh.status === 'failed') expect(refresh.error).toMatchObject({ name: 'XtreamError' });
    expect(source.catalog).toBe(loaded.catalog);
  });

  it('refetches a corrupt list instead of showing it', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const corrupt: CorruptEvent[] = [];
    store.events.on('corrupt', (event) => corrupt.push(event));
    const first = await sourceOn(original, 'swr-corrupt', store, clock).loadCatalog();
    await first.refresh; // stored
    await store.cacheFor('swr-corrupt').write('live:streams', 'streams', [{ id: 7, title: 'not a channel' }]);

    const recorder = recordingFetch();
    const loaded = await sourceOn(original, 'swr-corrupt', store, clock, recorder.fetch).loadCatalog();
    expect(loaded.fromCache).toBe(false);
    expect(loaded.catalog.count('live')).toBe(original.catalogue.liveChannels().length);
    expect(recorder.urls).toHaveLength(1);
    expect(recorder.urls[0]).toContain('action=get_live_streams');
    expect(corrupt).toEqual([
      expect.objectContaining({ reason: 'invalid', key: expect.stringContaining('live:streams') }),
    ]);
  });

  it('fails the first load with the provider error when a list is neither cached nor fetchable', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const down = await startProvider({ port: 0, quiet: true });
    await down.close();
    await expect(sourceOn(down, 'swr-nothing', store, clock).loadCatalog()).rejects.toMatchObject({
      name: 'XtreamError',
      code: 'CONNECTION_REFUSED',
    });
  });
});
