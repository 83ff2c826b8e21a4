import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { downloadGuide, guideCacheKey, cachedGuide, type LoadProgress } from '../../../../src/library';
import { demoSource, HOUR_MS, openTestStore, testClock, xmltvUrl } from './support';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(async () => {
  await provider.close();
});

describe("loading the guide from the provider's xmltv.php", () => {
  it('downloads, indexes and stores the guide, reporting bytes and programmes by phase', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const { source, urls } = demoSource(provider, 'guide-plain', store, clock);
    const progress: LoadProgress[] = [];
    const { status } = await source.loadGuide({ onProgress: (p) => progress.push(p) });

    expect(status).toMatchObject({ state: 'ready', fromCache: false, refreshing: false });
    expect(status.channels).toBe(provider.catalogue.guideChannels().length);
    expect(status.programmes).toBeGreaterThan(status.channels);
    expect(urls).toEqual([xmltvUrl(provider)]);

    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['cache', 'download', 'index', 'store', 'done']));
    const downloads = progress.filter((p) => p.phase === 'download');
    const bytes = downloads.map((p) => p.bytes ?? 0);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(downloads[downloads.length - 1].items).toBeGreaterThan(0);
    expect(progress.every((p) => p.task === 'guide')).toBe(true);

    const channel = provider.catalogue.guideChannels()[0];
    const live = { id: String(channel.streamId), name: channel.name, epgChannelId: channel.epgChannelId ?? undefined };
    const answer = await source.guide.nowAndNext(
      { ...live, categoryIds: [], type: 'live', hasArchive: false, archiveDays: 0, isAdult: false },
      clock.now(),
    );
    expect(answer.from).toBe('guide');
    expect(answer.now!.start).toBeLessThanOrEqual(clock.now());
    expect(answer.now!.stop).toBeGreaterThan(clock.now());
    expect(answer.next!.start).toBe(answer.now!.stop);

    // Stored serialised, valid until the end of its window.
    const hit = await store.cacheFor('guide-plain').read(guideCacheKey(urls), cachedGuide);
    expect(hit?.value.programmeCount).toBe(status.programmes);
    expect(hit?.expiresAt).toBe(source.guide.index!.window.end);
  });

  it('reads gzip guides the same as plain ones', async () => {
    const plain = await downloadGuide([xmltvUrl(provider)]);
    const progress: LoadProgress[] = [];
    const gzip = await downloadGuide([xmltvUrl(provider, true)], { onProgress: (p) => progress.push(p) });
    expect(gzip.summaries[0].summary.gzip).toBe(true);
    expect(plain.summaries[0].summary.gzip).toBe(false);
    expect(gzip.index.programmeCount).toBe(plain.index.programmeCount);
    expect(gzip.index.channelIds()).toEqual(plain.index.channelIds());
    expect(gzip.bytes).toBeLessThan(plain.bytes / 3);
    expect(progress.some((p) => p.phase === 'download' && (p.items ?? 0) > 0)).toBe(true);
  });

  it('uses the cached guide on the next start, and downloads again in the background after 12 hours', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const first = demoSource(provider, 'guide-cached', store, clock);
    const loaded = await first.source.loadGuide();

    const warm = demoSource(provider, 'guide-cached', store, clock);
    const cached = await warm.source.loadGuide();
    expect(cached.status).toMatchObject({ state: 'ready', fromCache: true, refreshing: false });
    expect(cached.status.programmes).toBe(loaded.status.programmes);
    expect(await cached.refresh).toBe(cached.status);
    expect(warm.urls).toEqual([]);

    clock.advance(13 * HOUR_MS);
    const later = demoSource(provider, 'guide-cached', store, clock);
    const due = await later.source.loadGuide();
    expect(due.status).toMatchObject({ state: 'ready', fromCache: true, refreshing: true });
    const refreshed = await due.refresh;
    expect(refreshed).toMatchObject({ state: 'ready', fromCache: false, refreshing: false });
    expect(later.urls).toEqual([xmltvUrl(provider)]);
    expect(later.source.guide.status).toBe(refreshed);
  });
});
