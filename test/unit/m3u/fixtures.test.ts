/** The real playlists in ../shared/fixtures/m3u (sources and licenses in ../shared/fixtures/SOURCES.md). */
import { parsePlaylist, type ParseResult, type Playlist } from '../../../src/m3u';
import { describeWithFixtures, FIXTURE_NAMES, linesOf, listFixtures, readFixture } from './support';

/** What the text says, counted line by line without the parser, to compare with its result. */
function countsOf(text: string): { entries: number; tvgIds: number; tvgNames: number; groups: number; logos: number } {
  const extinfs = linesOf(text).filter((line) => line.startsWith('#EXTINF'));
  const withValue = (name: string): number => extinfs.filter((line) => new RegExp(`${name}="[^"]+"`).test(line)).length;
  return {
    entries: extinfs.length,
    tvgIds: withValue('tvg-id'),
    tvgNames: withValue('tvg-name'),
    groups: withValue('group-title'),
    logos: withValue('tvg-logo'),
  };
}

describeWithFixtures()('real playlists', () => {
  const parsed = new Map<string, ParseResult<Playlist>>();
  const parse = (name: string): ParseResult<Playlist> => {
    const known = parsed.get(name);
    if (known !== undefined) return known;
    const result = parsePlaylist(readFixture(name));
    parsed.set(name, result);
    return result;
  };

  it('has the playlists these tests expect', () => {
    expect(listFixtures()).toEqual(FIXTURE_NAMES);
  });

  it.each(FIXTURE_NAMES)('parses %s into one entry per #EXTINF, with its ids, names, groups and logos', (name) => {
    const text = readFixture(name);
    const { value } = parse(name);
    const counts = countsOf(text);
    expect(value.entries).toHaveLength(counts.entries);
    expect(value.entries.filter((entry) => entry.tvgId !== undefined)).toHaveLength(counts.tvgIds);
    expect(value.entries.filter((entry) => entry.tvgName !== undefined)).toHaveLength(counts.tvgNames);
    expect(value.entries.filter((entry) => entry.group !== undefined)).toHaveLength(counts.groups);
    expect(value.entries.filter((entry) => entry.logo !== undefined)).toHaveLength(counts.logos);
    for (const entry of value.entries) {
      expect(entry.name).not.toBe('');
      expect(entry.url).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it.each(FIXTURE_NAMES)('reads %s with no warning other than an empty result', (name) => {
    const { value, warnings } = parse(name);
    expect(warnings).toEqual(value.entries.length === 0 ? [expect.objectContaining({ code: 'EMPTY_PLAYLIST' })] : []);
  });

  it('reads the Indian playlist: user agents (one written with its prefix twice) and referrers', () => {
    const text = readFixture('iptv-org-iptv__in.m3u');
    const { value } = parse('iptv-org-iptv__in.m3u');
    expect(value.entries).toHaveLength(1037);
    expect(value.entries[0]).toMatchObject({
      name: '7S Music (576p)',
      tvgId: '7SMusic.in@SD',
      url: 'http://103.175.73.12:8080/live/771/master.m3u8',
      userAgent: expect.stringMatching(/^Mozilla\/5\.0 \(Windows NT 10\.0/),
      line: 2,
      kind: 'live',
      xtream: undefined,
    });
    const userAgentLines = linesOf(text).filter((line) => line.startsWith('#EXTVLCOPT:http-user-agent=')).length;
    const referrerLines = linesOf(text).filter((line) => line.startsWith('#EXTVLCOPT:http-referrer=')).length;
    expect(value.entries.filter((entry) => entry.userAgent !== undefined)).toHaveLength(userAgentLines);
    expect(value.entries.filter((entry) => entry.referrer !== undefined)).toHaveLength(referrerLines);
    expect(value.entries.filter((entry) => entry.userAgent?.startsWith('#'))).toEqual([]);
    expect(value.entries.find((entry) => entry.name === 'Aastha SD (576p)')?.userAgent).toMatch(/^Mozilla\/5\.0/);
  });

  it('reads the US playlist: tvg-id feeds and an entry with both a referrer and a user agent', () => {
    const { value } = parse('iptv-org-iptv__us.m3u');
    expect(value.header.tvgUrls).toEqual([]);
    expect(value.entries.find((entry) => entry.name === 'ABC West (720p)')).toMatchObject({
      tvgId: 'ABC.us@West',
      url: 'http://stream.cammonitorplus.net/1797/index.m3u8',
      line: 20,
    });
    expect(value.entries.filter((entry) => entry.name === 'Bloomberg Originals (1080p)')).toHaveLength(4);
    expect(value.entries.find((entry) => entry.line === 252)).toMatchObject({
      name: 'Bloomberg Originals (1080p)',
      url: 'https://www.bloomberg.com/media-manifest/streams/originals-global.m3u8',
      referrer: 'https://www.bloomberg.com/originals',
      userAgent: expect.stringMatching(/Edg\/143\.0\.0\.0$/),
    });
  });

  it('reads the UK playlist: its guide URL, and empty tvg-ids as missing', () => {
    const { value } = parse('iptv-org-iptv__uk_samsung.m3u');
    expect(value.header.tvgUrls).toEqual(['https://worker-9dd4.onrender.com/guide.xml.gz']);
    expect(value.entries[0]).toMatchObject({
      name: '8 Out Of 10 Cats (1080p)',
      tvgId: undefined,
      attributes: { 'tvg-id': '' },
    });
    expect(value.entries.find((entry) => entry.name === '&TV International (1080p)')?.tvgId).toBe(
      'AndTV.in@International',
    );
  });

  it('reads the Beijing playlist: multicast-over-HTTP URLs, and leaves out its commented-out entries', () => {
    const text = readFixture('Beijing-IPTV__IPTV-Unicom.m3u');
    const { value } = parse('Beijing-IPTV__IPTV-Unicom.m3u');
    expect(linesOf(text).filter((line) => line.startsWith('# #EXTINF')).length).toBeGreaterThan(0);
    expect(value.header.tvgUrls).toEqual(['http://epg.51zmt.top:8000/e.xml.gz']);
    expect(value.entries[0]).toMatchObject({
      name: 'BRTV北京卫视[超清HDR]',
      tvgName: '北京卫视',
      url: 'http://192.168.123.1:23234/rtp/239.3.1.118:8001',
      line: 2,
    });
    const urls = new Set(value.entries.map((entry) => entry.url));
    expect(urls.has('http://192.168.123.1:23234/rtp/239.3.1.241:8000')).toBe(false);
  });

  it('reads the empty Pluto playlist as no entries and a warning', () => {
    const { value, warnings } = parse('iptv-org-iptv__at_pluto.m3u');
    expect(value.entries).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'EMPTY_PLAYLIST', line: 1 })]);
  });
});
