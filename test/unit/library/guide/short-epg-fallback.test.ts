import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { startServer } from '../../../support/servers';
import { createSource, storedPlaylistAccount, type GuideStatus } from '../../../../src/library';
import type { LiveStream } from '../../../../src/xtream';
import { demoSource, openTestStore, testClock } from './support';

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

const isShortEpg = (url: string) => url.includes('action=get_short_epg');

describe('when the guide download fails', () => {
  it('keeps the catalogue usable, says there is no guide, and answers from the short EPG', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const { source, urls } = demoSource(provider, 'no-guide', store, clock, deadGuide);
    const statuses: GuideStatus[] = [];
    source.guide.onChange((s) => statuses.push(s));
    const { catalog } = await source.loadCatalog();
    const { status } = await source.loadGuide();

    expect(status.state).toBe('unavailable');
    expect(status.error).toMatchObject({
      name: 'SourceError',
      code: 'NO_GUIDE',
      cause: { kind: 'CONNECTION_REFUSED' },
    });
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['loading', 'unavailable']));
    expect(catalog.count('live')).toBeGreaterThan(0);

    const channel = catalog
      .items('live', 'all')
      .toArray()
      .find((c) => c.epgChannelId !== undefined)!;
    const answer = await source.guide.nowAndNext(channel, clock.now());
    expect(answer.from).toBe('short-epg');
    expect(answer.now!.start).toBeLessThanOrEqual(clock.now());
    expect(answer.now!.stop).toBeGreaterThan(clock.now());
    expect(answer.now!.title).not.toBe('');
    expect(answer.next!.start).toBeGreaterThanOrEqual(answer.now!.stop);

    const between = await source.guide.programmesBetween(channel, clock.now(), clock.now() + 3 * 3600000);
    expect(between.from).toBe('short-epg');
    expect(between.programmes[0]).toEqual(answer.now);
    expect(urls.filter(isShortEpg)).toHaveLength(1); // the second question reused the first answer
  });

  it('asks the panel again once the short EPG of a channel is older than its lifetime', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const { source, urls } = demoSource(provider, 'short-ttl', store, clock, deadGuide);
    const { catalog } = await source.loadCatalog();
    await source.loadGuide();
    const channel = catalog
      .items('live', 'all')
      .toArray()
      .find((c) => c.epgChannelId !== undefined)!;
    await source.guide.nowAndNext(channel);
    await source.guide.nowAndNext(channel);
    expect(urls.filter(isShortEpg)).toHaveLength(1);
    clock.advance(11 * 60000);
    await source.guide.nowAndNext(channel);
    expect(urls.filter(isShortEpg)).toHaveLength(2);
  });
});

describe('channels the guide covers and channels it does not', () => {
  it('answers covered channels from the guide without asking the panel, and others from the short EPG', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const { source, urls } = demoSource(provider, 'mixed', store, clock);
    const { catalog } = await source.loadCatalog();
    await source.loadGuide();
    const channels = catalog.items('live', 'all').toArray();
    const [covered, other] = channels.filter((c) => source.guide.guideChannelOf(c) !== undefined);
    expect((await source.guide.nowAndNext(covered)).from).toBe('guide');
    expect(urls.filter(isShortEpg)).toHaveLength(0);

    // A channel whose guide id the XMLTV file does not have (as when a provider's guide lags its channel list);
    // the panel still knows its programmes by stream id.
    const unknown: LiveStream = { ...other, epgChannelId: 'missing.channel', name: 'Not In The Guide' };
    const fallback = await source.guide.nowAndNext(unknown);
    expect(fallback.from).toBe('short-epg');
    expect(urls.filter(isShortEpg)).toHaveLength(1);
  });

  it('has nothing to fall back on for a playlist account', async () => {
    const clock = testClock();
    const store = await openTestStore(clock);
    const url = `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=ts`;
    const source = createSource({ ...storedPlaylistAccount(url), epgUrl: deadGuide }, { store, now: clock.now });
    const { catalog } = await source.loadCatalog();
    expect((await source.loadGuide()).status.state).toBe('unavailable');
    const answer = await source.guide.nowAndNext(catalog.items('live', 'all').at(0)!);
    expect(answer).toEqual({ from: 'none' });
  });
});
