import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { demoSource, openTestStore, testClock } from '../../library/guide/support';
import type { LiveStream } from '../../../../src/xtream';
import { enterAction, detailsOf } from '../../../../src/ui/guide/focusText';
import { GuideData } from '../../../../src/ui/guide/guideData';
import { WINDOW_MS } from '../../../../src/ui/guide/layout';
import { initialPosition, moveAcross, navigationRange } from '../../../../src/ui/guide/navigation';
import { buildTimeline, segmentIndexAt } from '../../../../src/ui/guide/timeline';
import { windowBounds } from '../../../../src/ui/guide/layout';

let provider: RunningProvider;
let demo: Awaited<ReturnType<typeof loaded>>;

/** The demo account's channels and guide, loaded from the provider as the app loads them (once: it takes seconds). */
async function loaded() {
  const clock = testClock();
  const store = await openTestStore(clock);
  const { source, urls } = demoSource(provider, 'guide-grid', store, clock);
  const { catalog } = await source.loadCatalog();
  const channels = catalog.items('live', 'all').toArray();
  const data = new GuideData(source.guide, clock.now);
  const loadingBefore = data.loading;
  await source.loadGuide();
  return { source, urls, clock, channels, data, loadingBefore };
}

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  demo = await loaded();
}, 120000);

afterAll(async () => {
  await provider.close();
});

const withGuide = (c: LiveStream) => c.epgChannelId !== undefined && c.type === 'live';

describe('the guide grid over the provider', () => {
  it('reads a channel row from the guide index and walks it programme by programme', async () => {
    const { source, clock, channels, data } = demo;
    expect(demo.loadingBefore).toBe(true);
    expect(data.guideChanged()).toBe(true);
    expect(data.guideChanged()).toBe(false);
    expect(data.loading).toBe(false);

    const channel = channels.find(withGuide)!;
    const now = clock.now();
    const index = source.guide.index!;
    const bounds = windowBounds({ start: index.window.start, stop: index.window.end }, now);
    let at = initialPosition(now, 0, bounds);
    const row = buildTimeline(
      data.programmes(channel, at.windowStart, at.windowStart + WINDOW_MS),
      at.windowStart,
      at.windowStart + WINDOW_MS,
    );
    const onAir = row[segmentIndexAt(row, at.time)];
    expect(onAir.programme).toBeDefined();
    expect(onAir.programme!.start).toBeLessThanOrEqual(now);
    expect(onAir.programme!.stop).toBeGreaterThan(now);
    expect(enterAction(data, channel, onAir, now)).toEqual({ kind: 'tune' });

    // Five presses of Right visit five programmes in order, each starting where the one before stopped.
    let previous = onAir.programme!;
    for (let i = 0; i < 5; i++) {
      const { from, to } = navigationRange(at.windowStart);
      at = moveAcross(buildTimeline(data.programmes(channel, from, to), from, to), at, 1, { bounds });
      const line = buildTimeline(
        data.programmes(channel, from - WINDOW_MS, to + WINDOW_MS),
        from - WINDOW_MS,
        to + WINDOW_MS,
      );
      const focused = line[segmentIndexAt(line, at.time)].programme!;
      expect(focused.start).toBe(previous.stop);
      expect(focused.start).toBeGreaterThanOrEqual(at.windowStart);
      expect(focused.start).toBeLessThan(at.windowStart + WINDOW_MS);
      previous = focused;
    }
    const future = { start: previous.start, stop: previous.stop, programme: previous };
    expect(enterAction(data, channel, future, now)).toMatchObject({
      kind: 'toast',
      message: expect.stringMatching(/^Starts /),
    });
    expect(detailsOf(data, channel, future, now)).toMatchObject({ title: previous.title, statusOk: false });
  });

  it('offers catch-up only for past programmes of channels with an archive', async () => {
    const { source, clock, channels, data } = demo;
    const now = clock.now();
    const pastOf = (channel: LiveStream) => {
      const programmes = data.programmes(channel, now - 3 * 3600000, now);
      const programme = programmes.filter((p) => p.stop <= now).pop()!;
      return { start: programme.start, stop: programme.stop, programme };
    };
    const archived = channels.find((c) => withGuide(c) && c.hasArchive)!;
    const plain = channels.find((c) => withGuide(c) && !c.hasArchive)!;
    const past = pastOf(archived);
    expect(data.inArchive(archived, past)).toBe(true);
    expect(enterAction(data, archived, past, now)).toEqual({ kind: 'archive' });
    expect(detailsOf(data, archived, past, now)).toMatchObject({
      statusOk: true,
      status: expect.stringMatching(/Catch-up/),
    });
    expect(source.catchupUrl(archived, past)).toContain('/timeshift/demo/demo/');
    const old = {
      ...past,
      start: now - (archived.archiveDays + 1) * 86400000,
      stop: now - archived.archiveDays * 86400000 - 1,
    };
    expect(data.inArchive(archived, old)).toBe(false);

    const gone = pastOf(plain);
    expect(data.inArchive(plain, gone)).toBe(false);
    expect(enterAction(data, plain, gone, now)).toMatchObject({ kind: 'toast' });
  });

  it('asks the short EPG once for a channel the guide lacks, and shows a single gap when it knows nothing', async () => {
    const { clock, channels, urls, data } = demo;
    const bare = channels.filter((c) => c.epgChannelId === undefined && c.type === 'live').slice(0, 3);
    const covered = channels.filter(withGuide).slice(0, 3);
    const shortEpg = () => urls.filter((u) => u.includes('action=get_short_epg')).length;
    const before = shortEpg();
    let arrived = 0;
    data.fetchMissing([...bare, ...covered], () => arrived++);
    data.fetchMissing([...bare, ...covered], () => arrived++);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shortEpg() - before).toBe(bare.length);
    expect(arrived).toBe(0); // the panel has nothing for channels without an EPG id either
    const now = clock.now();
    const line = buildTimeline(data.programmes(bare[0], now, now + WINDOW_MS), now, now + WINDOW_MS);
    expect(line).toEqual([{ start: now, stop: now + WINDOW_MS, programme: undefined }]);
    expect(detailsOf(data, bare[0], line[0], now)).toMatchObject({ title: 'No information', statusOk: true });
    expect(enterAction(data, bare[0], line[0], now)).toEqual({ kind: 'tune' });
  });
});
