import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { createSource, storedXtreamAccount, XtreamSource, type LoadProgress } from '../../../../src/library';
import { XtreamClient } from '../../../../src/xtream';
import { openTestStore, recordingFetch, testClock } from './support';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(async () => {
  await provider.close();
});

function demoAccount(id: string) {
  const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'demo' });
  return { ...storedXtreamAccount(client.credentials), id };
}

describe('an Xtream source over the provider', () => {
  it('loads the whole catalogue with progress, then reads it back from the cache without a request', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const first = recordingFetch();
    const source = createSource(demoAccount('xtream-first'), { store, http: { fetch: first.fetch }, now: clock.now });
    const progress: LoadProgress[] = [];
    const loaded = await source.loadCatalog({ onProgress: (p) => progress.push(p) });
    // The lists are shown as soon as they are fetched; storing them goes on behind, until the refresh settles.
    expect(await loaded.refresh).toEqual({ status: 'skipped' });

    expect(loaded.fromCache).toBe(false);
    expect(loaded.catalog.count('live')).toBe(provider.catalogue.liveChannels().length);
    expect(loaded.catalog.count('movie')).toBeGreaterThan(0);
    expect(loaded.catalog.count('series')).toBeGreaterThan(0);
    expect(loaded.catalog.categories('live').length).toBe(provider.catalogue.liveCategories.length);
    expect(source.catalog).toBe(loaded.catalog);
    expect(first.urls.filter((u) => u.includes('player_api.php'))).toHaveLength(6);
    // Reports are throttled: the first of each phase and the last always arrive, fractions only grow.
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['cache', 'download', 'done']));
    const fractions = progress.filter((p) => p.phase === 'download').map((p) => p.fraction ?? 0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toMatchObject({ task: 'catalog', phase: 'done', items: 6, totalItems: 6 });

    const again = recordingFetch();
    const warm = createSource(demoAccount('xtream-first'), { store, http: { fetch: again.fetch }, now: clock.now });
    const cached = await warm.loadCatalog();
    expect(cached.fromCache).toBe(true);
    expect(cached.stale).toBe(false);
    expect(cached.catalog.count('live')).toBe(loaded.catalog.count('live'));
    expect(await cached.refresh).toEqual({ status: 'skipped' });
    expect(again.urls).toEqual([]);
  });

  it('connects from the cached login on a warm start, so stream URLs need no request', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const cold = createSource(demoAccount('xtream-connect'), { store, now: clock.now });
    const online = await cold.connect();
    expect(online.fromCache).toBe(false);
    expect(online.account?.status).toBe('Active');

    const recorder = recordingFetch();
    const warm = createSource(demoAccount('xtream-connect'), { store, http: { fetch: recorder.fetch } });
    const state = await warm.connect();
    expect(state.fromCache).toBe(true);
    expect(state.account?.username).toBe('demo');
    expect(await state.refresh).toEqual({ status: 'skipped' });
    expect(warm.account?.allowedOutputFormats).toEqual(online.account?.allowedOutputFormats);
    expect(recorder.urls).toEqual([]);
  });

  it('builds live, movie, episode and catch-up URLs for catalogue items', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const source = createSource(demoAccount('xtream-urls'), { store, now: clock.now }) as XtreamSource;
    await source.connect();
    const { catalog } = await source.loadCatalog();
    const channel = catalog.items('live', 'all').at(0)!;
    expect(source.liveUrl(channel)).toBe(`${provider.url}/live/demo/demo/${channel.id}.m3u8`);
    const movie = catalog.items('movie', 'all').at(0)!;
    expect(source.movieUrl(movie)).toBe(`${provider.url}/movie/demo/demo/${movie.id}.${movie.containerExtension}`);

    const series = catalog.items('series', 'all').at(0)!;
    const details = await source.seriesDetails(series);
    expect(details.episodes.length).toBeGreaterThan(0);
    const episode = details.episodes[0];
    expect(source.episodeUrl(episode)).toBe(
      `${provider.url}/series/demo/demo/${episode.id}.${episode.containerExtension}`,
    );

    const archived = catalog
      .items('live', 'all')
      .toArray()
      .find((c) => c.hasArchive)!;
    const start = clock.now() - 2 * 3600000;
    const url = source.catchupUrl(archived, { start, stop: start + 3600000 });
    expect(url).toMatch(
      new RegExp(`^${provider.url}/timeshift/demo/demo/60/\\d{4}-\\d{2}-\\d{2}:\\d{2}-\\d{2}/${archived.id}\\.ts$`),
    );
    const response = await fetch(url!, { method: 'HEAD' });
    expect(response.status).toBeLessThan(400);
    expect(source.catchupUrl(archived, { start: clock.now() + 60000, stop: clock.now() + 3600000 })).toBeUndefined();
    const plain = catalog
      .items('live', 'all')
      .toArray()
      .find((c) => !c.hasArchive)!;
    expect(source.catchupUrl(plain, { start, stop: start + 3600000 })).toBeUndefined();
  });

  it("rejects a wrong password when nothing is cached, with the provider's typed error", async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'wrong' });
    const source = createSource({ ...storedXtreamAccount(client.credentials), id: 'xtream-wrong' }, { store });
    await expect(source.connect()).rejects.toMatchObject({ name: 'XtreamError', code: 'AUTH_FAILED' });
  });
});
