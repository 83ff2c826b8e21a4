import {
  buildCatchupUrl,
  canCatchUp,
  fillCatchupTemplate,
  M3uSource,
  PlaylistCatalogBuilder,
} from '../../../../src/library';
import { parsePlaylist } from '../../../../src/m3u';
import { AccountCache, createMemoryStore } from '../../../../src/store';

const NOW = Date.UTC(2024, 4, 1, 21, 30, 0);
const START = Date.UTC(2024, 4, 1, 20, 0, 0);
const STOP = Date.UTC(2024, 4, 1, 21, 0, 0);
const S = START / 1000;
const E = STOP / 1000;
const N = NOW / 1000;

/** The start written as the device's local clock shows it, like the `{Y}`-style placeholders. */
function local(ms: number): { Y: string; m: string; d: string; H: string; M: string; S: string } {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    Y: String(d.getFullYear()),
    m: p(d.getMonth() + 1),
    d: p(d.getDate()),
    H: p(d.getHours()),
    M: p(d.getMinutes()),
    S: p(d.getSeconds()),
  };
}

describe('catch-up templates', () => {
  it('fills the Unix-time placeholders', () => {
    expect(fillCatchupTemplate('?s={utc}&e={utcend}&n={lutc}&d={duration}', START, STOP, NOW)).toBe(
      `?s=${S}&e=${E}&n=${N}&d=3600`,
    );
    expect(fillCatchupTemplate('?s=${start}&e=${end}&n=${now}&t=${timestamp}&o=${offset}', START, STOP, NOW)).toBe(
      `?s=${S}&e=${E}&n=${N}&t=${N}&o=${N - S}`,
    );
    expect(fillCatchupTemplate('/{start}/{end}/{duration:60}/{offset:60}', START, STOP, NOW)).toBe(
      `/${S}/${E}/60/${(N - S) / 60}`,
    );
  });

  it('fills the date placeholders in local time', () => {
    const t = local(START);
    expect(fillCatchupTemplate('/{Y}/{m}/{d}/{H}-{M}-{S}', START, STOP, NOW)).toBe(
      `/${t.Y}/${t.m}/${t.d}/${t.H}-${t.M}-${t.S}`,
    );
    expect(fillCatchupTemplate('?from={utc:YmdHMS}', START, STOP, NOW)).toBe(
      `?from=${t.Y}${t.m}${t.d}${t.H}${t.M}${t.S}`,
    );
  });

  it('leaves unknown placeholders as they are', () => {
    expect(fillCatchupTemplate('?x={unknown}&y={Q}', START, STOP, NOW)).toBe('?x={unknown}&y={Q}');
  });
});

describe('catch-up URLs per mode', () => {
  const programme = { start: START, stop: STOP };

  it('default: the source template is the whole URL', () => {
    const url = buildCatchupUrl(
      'http://h/ch1.m3u8',
      { mode: 'default', source: 'http://a/ch1/{utc}-{duration}.m3u8' },
      programme,
      NOW,
    );
    expect(url).toBe(`http://a/ch1/${S}-3600.m3u8`);
  });

  it('append: the template follows the live URL', () => {
    const url = buildCatchupUrl(
      'http://h/ch1.m3u8',
      { mode: 'append', source: '?utc={utc}&lutc={lutc}' },
      programme,
      NOW,
    );
    expect(url).toBe(`http://h/ch1.m3u8?utc=${S}&lutc=${N}`);
  });

  it('shift: utc and lutc are added to the live URL query', () => {
    expect(buildCatchupUrl('http://h/ch1.m3u8?token=1', { mode: 'shift' }, programme, NOW)).toBe(
      `http://h/ch1.m3u8?token=1&utc=${S}&lutc=${N}`,
    );
  });

  it('flussonic: HLS and MPEG-TS forms', () => {
    expect(buildCatchupUrl('http://f/ch/index.m3u8?token=t', { mode: 'flussonic' }, programme, NOW)).toBe(
      `http://f/ch/index-${S}-3600.m3u8?token=t`,
    );
    expect(buildCatchupUrl('http://f/ch/mpegts', { mode: 'fs' }, programme, NOW)).toBe(
      `http://f/ch/timeshift_abs-${S}.ts`,
    );
  });

  it('xc: the Xtream timeshift URL from the live URL, long or short form', () => {
    const t = local(START);
    const when = `${t.Y}-${t.m}-${t.d}:${t.H}-${t.M}`;
    expect(buildCatchupUrl('http://x:8080/live/u/p/42.m3u8', { mode: 'xc', days: 3 }, programme, NOW)).toBe(
      `http://x:8080/timeshift/u/p/60/${when}/42.m3u8`,
    );
    expect(buildCatchupUrl('http://x:8080/u/p/42', { mode: 'xc' }, programme, NOW)).toBe(
      `http://x:8080/timeshift/u/p/60/${when}/42.ts`,
    );
    expect(canCatchUp({ mode: 'xc' }, 'http://x/some/stream.m3u8')).toBe(false);
  });

  it('has no URL for a programme still to come, beyond the archive days, or with an unknown mode', () => {
    const live = 'http://x/live/u/p/1.ts';
    expect(buildCatchupUrl(live, { mode: 'xc' }, { start: NOW + 60000, stop: NOW + 3600000 }, NOW)).toBeUndefined();
    const old = { start: NOW - 4 * 86400000, stop: NOW - 4 * 86400000 + 3600000 };
    expect(buildCatchupUrl(live, { mode: 'xc', days: 3 }, old, NOW)).toBeUndefined();
    expect(buildCatchupUrl(live, { mode: 'vod' }, programme, NOW)).toBeUndefined();
    expect(buildCatchupUrl(live, { mode: 'default' }, programme, NOW)).toBeUndefined();
  });

  it('marks only channels whose catch-up attributes are usable as having an archive', () => {
    const playlist = [
      '#EXTM3U catchup="shift" catchup-days="5"',
      '#EXTINF:-1 tvg-id="a",A',
      'http://h/a.m3u8',
      '#EXTINF:-1 catchup="default",B',
      'http://h/b.m3u8',
      '#EXTINF:-1 catchup="default" catchup-source="http://h/b/{utc}.m3u8" catchup-days="2",C',
      'http://h/c.m3u8',
    ].join('\n');
    const builder = new PlaylistCatalogBuilder();
    const { value } = parsePlaylist(playlist);
    value.entries.forEach(builder.add);
    const live = builder.finish(value.header).live.items;
    expect(live.map((c) => [c.name, c.hasArchive, c.archiveDays])).toEqual([
      ['A', true, 5],
      ['B', false, 0],
      ['C', true, 2],
    ]);
  });
});

describe('catch-up through an M3U source', () => {
  it('builds the URL of a past programme from the channel the catalogue lists', async () => {
    const text = '#EXTM3U\n#EXTINF:-1 tvg-id="n" catchup="xc" catchup-days="7",News\nhttp://x:8080/live/u/p/42.ts\n';
    const source = new M3uSource({
      id: 'catchup',
      name: 'catchup',
      playlist: { fileName: 'inline.m3u', readText: () => Promise.resolve(text) },
      cache: new AccountCache(createMemoryStore(), 'catchup'),
      now: () => NOW,
    });
    const { catalog } = await source.loadCatalog();
    const channel = catalog.byId('live', '42')!;
    expect(channel.hasArchive).toBe(true);
    expect(source.catchupUrl(channel, { start: START, stop: STOP })).toMatch(
      /^http:\/\/x:8080\/timeshift\/u\/p\/60\/[\d:-]+\/42\.ts$/,
    );
    // A channel known only by id (no URL of its own) is looked up in the catalogue; an unknown one has none.
    const { id, name, categoryIds, type, hasArchive, archiveDays, isAdult } = channel;
    const bare = { id, name, categoryIds, type, hasArchive, archiveDays, isAdult };
    expect(source.catchupUrl(bare, { start: START, stop: STOP })).toBe(
      source.catchupUrl(channel, { start: START, stop: STOP }),
    );
    expect(source.catchupUrl({ ...bare, id: 'other' }, { start: START, stop: STOP })).toBeUndefined();
  });
});
