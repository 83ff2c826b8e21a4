import { gunzipSync } from 'node:zlib';
import type { RunningProvider } from '../../provider/server';
import { api, asArray, asObject, readAtLeast, start } from './helpers';

/** XMLTV `20261122200000 +0100` → unix seconds. */
function xmltvTime(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad XMLTV time ${text}`);
  const [, y, mo, d, h, mi, s, sign, oh, om] = m;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) / 1000 - offset * 60;
}

describe('provider get.php and xmltv.php (XC2)', () => {
  let provider: RunningProvider;
  let guide: string;
  beforeAll(async () => {
    provider = await start({ flavour: 'xc2' });
    guide = await (await fetch(`${provider.url}/xmltv.php?username=demo&password=demo`)).text();
  });
  afterAll(() => provider.close());

  it('builds an m3u_plus playlist of live channels, movies and episodes with absolute URLs', async () => {
    const text = await (
      await fetch(`${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=ts`)
    ).text();
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `#EXTM3U url-tvg="${provider.url}/xmltv.php?username=demo&password=demo" x-tvg-url="${provider.url}/xmltv.php?username=demo&password=demo"`,
    );
    const { catalogue } = provider;
    const episodes = catalogue.seriesList().reduce((sum, s) => sum + catalogue.episodesOf(s).length, 0);
    const entries = lines.filter((line) => line.startsWith('#EXTINF'));
    expect(entries).toHaveLength(catalogue.counts.live + catalogue.counts.movies + episodes);
    const first = catalogue.liveChannels()[0];
    expect(lines[1]).toBe(
      `#EXTINF:-1 tvg-id="${first.epgChannelId ?? ''}" tvg-name="${first.name}" ` +
        `tvg-logo="${provider.url}/images/logo/1.svg" group-title="News",${first.name}`,
    );
    expect(lines[2]).toBe(`${provider.url}/live/demo/demo/1.ts`);
    expect(lines.some((line) => line.startsWith(`${provider.url}/movie/demo/demo/100001.`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${provider.url}/series/demo/demo/1000001.`))).toBe(true);
  });

  it('writes plain m3u entries and m3u8 live URLs on request', async () => {
    const text = await (await fetch(`${provider.url}/get.php?username=demo&password=demo&type=m3u&output=m3u8`)).text();
    const lines = text.split('\n');
    expect(lines[0]).toBe('#EXTM3U');
    expect(lines[1]).toBe(`#EXTINF:-1,${provider.catalogue.liveChannels()[0].name}`);
    expect(lines[2]).toBe(`${provider.url}/live/demo/demo/1.m3u8`);
  });

  it('answers get.php with wrong credentials with an empty 404', async () => {
    const response = await fetch(`${provider.url}/get.php?username=demo&password=x&type=m3u_plus`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('exports a well-formed guide: one channel per XMLTV id and programmes over ten days', () => {
    expect(guide.startsWith('<?xml version="1.0" encoding="utf-8" ?>\n<!DOCTYPE tv SYSTEM "xmltv.dtd">\n<tv ')).toBe(
      true,
    );
    expect(guide.trimEnd().endsWith('</tv>')).toBe(true);
    const channelIds = [...guide.matchAll(/<channel id="([^"]*)">/g)].map((m) => m[1]);
    expect(channelIds).toHaveLength(provider.catalogue.guideChannels().length);
    expect(new Set(channelIds).size).toBe(channelIds.length);
    const programmes = guide.match(/<programme /g) ?? [];
    // At least 12 programmes a day (2 h max each) for 10 days per channel.
    expect(programmes.length).toBeGreaterThanOrEqual(channelIds.length * 120);
    expect(guide.split('<programme ').length).toBe(guide.split('</programme>').length);
    expect(guide).toMatch(/<title lang="de">[^<]+<\/title>\n {4}<title lang="en">/);
    expect(guide).toContain('<episode-num system="xmltv_ns">');
    expect(guide).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    const starts = [...guide.matchAll(/<programme start="([^"]+)" stop="([^"]+)"/g)].slice(0, 200);
    for (const [, start, stop] of starts) {
      expect(start).toMatch(/^\d{14} \+0[12]00$/);
      expect(xmltvTime(start) % 1800).toBe(0);
      expect([1800, 3600, 5400, 7200]).toContain(xmltvTime(stop) - xmltvTime(start));
    }
  });

  it('has the same schedule in the XMLTV export and in get_short_epg', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId && c.kind === 'sports');
    const id = channel?.epgChannelId ?? '';
    const rows = asArray(
      asObject(await api(provider, { action: 'get_short_epg', stream_id: String(channel?.streamId) })).epg_listings,
    );
    const pattern = new RegExp(
      `<programme start="([^"]+)" stop="([^"]+)" channel="${id.replace(/\./g, '\\.')}">\\n {4}<title lang="[a-z]+">([^<]*)</title>`,
      'g',
    );
    const exported = new Map(
      [...guide.matchAll(pattern)].map((m) => [xmltvTime(m[1]), { stop: xmltvTime(m[2]), title: m[3] }]),
    );
    for (const row of rows) {
      const match = exported.get(Number(row.start_timestamp));
      const title = Buffer.from(String(row.title), 'base64').toString('utf8');
      expect(match).toEqual({ stop: Number(row.stop_timestamp), title: title.replace(/&/g, '&amp;') });
    }
  });

  it('serves the guide gzipped with gz=1 and on the XUI path /epg/U/P/gz', async () => {
    const response = await fetch(`${provider.url}/xmltv.php?username=demo&password=demo&gz=1`);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const text = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text.match(/<programme /g)?.length).toBe(guide.match(/<programme /g)?.length);
    const xuiPath = await fetch(`${provider.url}/epg/demo/demo/gz`);
    expect(xuiPath.headers.get('content-type')).toBe('application/gzip');
    const head = await readAtLeast(xuiPath.body as ReadableStream<Uint8Array>, 2);
    expect([head[0], head[1]]).toEqual([0x1f, 0x8b]);
  });

  it('refuses the guide for an expired line', async () => {
    expect((await fetch(`${provider.url}/xmltv.php?username=expired&password=expired`)).status).toBe(404);
  });
});

describe('provider images', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start();
  });
  afterAll(() => provider.close());

  it('serves logos, posters and backdrops as cacheable SVG tiles, and 404s for broken logo URLs', async () => {
    const logo = await fetch(`${provider.url}/images/logo/1.svg`);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    expect(logo.headers.get('cache-control')).toContain('max-age=31536000');
    expect(await logo.text()).toMatch(/^<svg [^>]*>.*<\/svg>$/);
    expect((await fetch(`${provider.url}/images/poster/100001.svg`)).status).toBe(200);
    expect((await fetch(`${provider.url}/images/backdrop/1-1.svg`)).status).toBe(200);
    const broken = provider.catalogue.liveChannels().find((c) => c.logo === 'broken');
    expect((await fetch(`${provider.url}/images/logo/${broken?.streamId}.png`)).status).toBe(404);
    expect((await fetch(`${provider.url}/images/logo/999999.svg`)).status).toBe(404);
  });
});
