import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { startServer } from '../../../support/servers';
import type { GuideProgramme } from '../../../../src/epg';
import type { LiveStream } from '../../../../src/xtream';
import { demoSource, HOUR_MS, openTestStore, testClock } from './support';

let provider: RunningProvider;
let deadGuide: string;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  const closed = await startServer(() => undefined);
  await closed.close();
  deadGuide = `${closed.url}/guide.xml`;
});

afterAll(async () => {
  await provider.close();
});

const starts = (programmes: readonly GuideProgramme[]) => programmes.map((p) => p.start);

/** Two channels the guide covers, from a loaded demo source. */
async function loadedSource(id: string, guideUrl?: string) {
  const clock = testClock();
  const store = await openTestStore(clock);
  const { source } = demoSource(provider, id, store, clock, guideUrl);
  const { catalog } = await source.loadCatalog();
  await source.loadGuide();
  const channels = catalog
    .items('live', 'all')
    .toArray()
    .filter((c) => c.epgChannelId !== undefined);
  return { source, clock, channels };
}

// Each test downloads and indexes the provider's guide: seconds on a busy machine.
const GUIDE_TEST_MS = 90000;

describe('guide time offsets', () => {
  it(
    'shifts every programme of the account, and one channel on top of that, in every kind of answer',
    async () => {
      const { source, clock, channels } = await loadedSource('offsets');
      const guide = source.guide;
      expect(guide.status.state).toBe('ready');
      const [first, second] = channels.filter((c) => guide.guideChannelOf(c) !== undefined);
      const from = clock.now() - 6 * HOUR_MS;
      const to = clock.now() + 6 * HOUR_MS;
      const before = (await guide.programmesBetween(first, from, to)).programmes;
      const beforeSecond = (await guide.programmesBetween(second, from, to)).programmes;
      const revision = guide.revision;
      const heard: string[] = [];
      guide.onChange((status) => heard.push(status.state));

      guide.setOffsets({ accountMinutes: 60, channels: [{ channel: first, minutes: -30 }] });

      expect(guide.revision).not.toBe(revision);
      expect(heard).toEqual(['ready']);
      // The same offsets again change nothing and redraw nothing.
      const applied = guide.revision;
      guide.setOffsets({ accountMinutes: 60, channels: [{ channel: first, minutes: -30 }] });
      expect(guide.revision).toBe(applied);
      expect(heard).toHaveLength(1);
      // The same programmes, later by the account's hour minus the channel's half hour.
      const shifted = (await guide.programmesBetween(first, from + 30 * 60000, to + 30 * 60000)).programmes;
      expect(starts(shifted)).toEqual(starts(before).map((s) => s + 30 * 60000));
      expect(shifted.map((p) => p.title)).toEqual(before.map((p) => p.title));
      const shiftedSecond = (await guide.programmesBetween(second, from + HOUR_MS, to + HOUR_MS)).programmes;
      expect(starts(shiftedSecond)).toEqual(starts(beforeSecond).map((s) => s + HOUR_MS));

      // Now and next is asked at a shifted time: the programme on air then is the one that started 30 min earlier.
      const probe = before[Math.floor(before.length / 2)];
      const answer = await guide.nowAndNext(first, probe.start + 30 * 60000);
      expect(answer.now!.title).toBe(probe.title);
      expect(answer.now!.start).toBe(probe.start + 30 * 60000);

      guide.setOffsets({ accountMinutes: 0, channels: [] });
      expect(starts((await guide.programmesBetween(first, from, to)).programmes)).toEqual(starts(before));
    },
    GUIDE_TEST_MS,
  );

  it(
    'keeps the offsets for an index swapped in later (a refresh)',
    async () => {
      const { source, clock, channels } = await loadedSource('offsets-refresh');
      const guide = source.guide;
      const channel = channels.filter((c) => guide.guideChannelOf(c) !== undefined)[0];
      const from = clock.now();
      const to = clock.now() + 4 * HOUR_MS;
      const before = starts((await guide.programmesBetween(channel, from, to)).programmes);
      guide.setOffsets({ accountMinutes: -90, channels: [] });
      const index = guide.index;
      const revision = guide.revision;

      await (
        await source.loadGuide({ refresh: 'always' })
      ).refresh;

      expect(guide.index).not.toBe(index);
      expect(guide.revision).not.toBe(revision);
      const after = starts((await guide.programmesBetween(channel, from - 90 * 60000, to - 90 * 60000)).programmes);
      expect(after).toEqual(before.map((s) => s - 90 * 60000));
    },
    GUIDE_TEST_MS,
  );

  it(
    'shifts the panel short EPG of a channel the guide does not cover',
    async () => {
      const { source, clock, channels } = await loadedSource('offsets-short', deadGuide);
      const guide = source.guide;
      const channel: LiveStream = channels[0];
      const now = clock.now();
      const plain = await guide.nowAndNext(channel, now);
      expect(plain.from).toBe('short-epg');

      guide.setOffsets({ accountMinutes: 0, channels: [{ channel, minutes: 120 }] });

      const later = await guide.nowAndNext(channel, now + 2 * HOUR_MS);
      expect(later.now!.title).toBe(plain.now!.title);
      expect(later.now!.start).toBe(plain.now!.start + 2 * HOUR_MS);
    },
    GUIDE_TEST_MS,
  );
});
