import { parsePlaylist } from '../../../src/m3u';

const lines = (...rows: string[]): string => rows.join('\n');

describe('the #EXTM3U header', () => {
  it('collects every guide URL from url-tvg and x-tvg-url, split on commas, without repeats', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U url-tvg="http://e/a.xml, http://e/b.xml.gz" x-tvg-url="http://e/b.xml.gz,http://e/c.xml" refresh="3600"',
        '#EXTINF:-1,One',
        'http://a/1',
      ),
    );
    expect(value.header.tvgUrls).toEqual(['http://e/a.xml', 'http://e/b.xml.gz', 'http://e/c.xml']);
    expect(value.header.attributes).toEqual({
      'url-tvg': 'http://e/a.xml, http://e/b.xml.gz',
      'x-tvg-url': 'http://e/b.xml.gz,http://e/c.xml',
      refresh: '3600',
    });
  });

  it('reads tvg-shift and the catch-up defaults, and applies them to entries without their own', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U tvg-shift="-1.5" catchup="Append" catchup-days="5" catchup-source="?utc={utc}&lutc={lutc}"',
        '#EXTINF:-1,Inherits',
        'http://a/1',
        '#EXTINF:-1 tvg-shift="2" catchup="shift" catchup-days="3",Own',
        'http://a/2',
      ),
    );
    expect(value.header).toMatchObject({
      tvgShiftHours: -1.5,
      catchup: 'append',
      catchupDays: 5,
      catchupSource: '?utc={utc}&lutc={lutc}',
    });
    expect(value.entries[0]).toMatchObject({
      tvgShiftHours: -1.5,
      catchup: { mode: 'append', days: 5, source: '?utc={utc}&lutc={lutc}' },
    });
    expect(value.entries[1]).toMatchObject({
      tvgShiftHours: 2,
      catchup: { mode: 'shift', days: 3, source: '?utc={utc}&lutc={lutc}' },
    });
  });

  it('does not give the header catch-up to movies and episodes', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U catchup="xc" catchup-days="7"',
        '#EXTINF:-1,Live',
        'http://h/u/p/1',
        '#EXTINF:-1,Film',
        'http://h/movie/u/p/2.mkv',
      ),
    );
    expect(value.entries.map((entry) => entry.catchup)).toEqual([
      { mode: 'xc', days: 7, source: undefined },
      undefined,
    ]);
  });

  it('merges the attributes of a header repeated by concatenated playlists', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U url-tvg="http://e/a.xml"',
        '#EXTINF:-1,One',
        'http://a/1',
        '#EXTM3U url-tvg="http://e/b.xml"',
        '#EXTINF:-1,Two',
        'http://a/2',
      ),
    );
    expect(value.header.tvgUrls).toEqual(['http://e/a.xml', 'http://e/b.xml']);
    expect(value.entries).toHaveLength(2);
  });

  it('leaves missing header values undefined', () => {
    const { value } = parsePlaylist(lines('#EXTM3U', '#EXTINF:-1,One', 'http://a/1'));
    expect(value.header).toEqual({ tvgUrls: [], attributes: {} });
  });
});

describe('#EXTINF attributes', () => {
  const extinf =
    '#EXTINF:-1 tvg-id="bbc1.uk" tvg-name="BBC One" tvg-logo="http://l/bbc1.png" group-title="UK | General" tvg-chno="101" ' +
    'catchup="default" catchup-days="7" catchup-source="http://a/{utc}/{duration}" tvg-shift="1" tvg-language="English" x-custom="a b",BBC One HD';

  it('gives each known attribute its typed field', () => {
    const { value, warnings } = parsePlaylist(lines('#EXTM3U', extinf, 'http://a/1'));
    expect(warnings).toEqual([]);
    expect(value.entries[0]).toMatchObject({
      name: 'BBC One HD',
      url: 'http://a/1',
      kind: 'live',
      tvgId: 'bbc1.uk',
      tvgName: 'BBC One',
      logo: 'http://l/bbc1.png',
      group: 'UK | General',
      channelNumber: 101,
      duration: -1,
      catchup: { mode: 'default', days: 7, source: 'http://a/{utc}/{duration}' },
      tvgShiftHours: 1,
      line: 2,
    });
  });

  it('keeps every attribute as written, known or not', () => {
    const { value } = parsePlaylist(lines('#EXTM3U', extinf, 'http://a/1'));
    expect(value.entries[0].attributes).toEqual({
      'tvg-id': 'bbc1.uk',
      'tvg-name': 'BBC One',
      'tvg-logo': 'http://l/bbc1.png',
      'group-title': 'UK | General',
      'tvg-chno': '101',
      catchup: 'default',
      'catchup-days': '7',
      'catchup-source': 'http://a/{utc}/{duration}',
      'tvg-shift': '1',
      'tvg-language': 'English',
      'x-custom': 'a b',
    });
  });

  it('leaves empty or unreadable values undefined, never ""', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:-1 tvg-id="" tvg-name=" " tvg-logo="" group-title="" tvg-chno="n/a" catchup="",Plain',
        'http://a/1',
      ),
    );
    const entry = value.entries[0];
    for (const field of [
      'tvgId',
      'tvgName',
      'logo',
      'group',
      'channelNumber',
      'catchup',
      'tvgShiftHours',
      'userAgent',
      'referrer',
      'xtream',
    ] as const) {
      expect(entry[field]).toBeUndefined();
    }
    expect(entry.attributes['tvg-id']).toBe('');
    expect(entry.kodiProps).toEqual({});
  });

  it('reads the duration, -1 when absent', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:245.5,Song',
        'http://a/1.mp3',
        '#EXTINF:0 tvg-id="x",Zero',
        'http://a/2',
        '#EXTINF:,None',
        'http://a/3',
        '#EXTINF,Bare',
        'http://a/4',
      ),
    );
    expect(value.entries.map((entry) => entry.duration)).toEqual([245.5, 0, -1, -1]);
  });

  it('takes the archive depth from the legacy timeshift or tvg-rec attributes', () => {
    const { value } = parsePlaylist(lines('#EXTM3U', '#EXTINF:-1 catchup="xc" timeshift="4",One', 'http://a/1'));
    expect(value.entries[0].catchup).toEqual({ mode: 'xc', days: 4, source: undefined });
  });

  it('uses group-title, else #EXTGRP', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:-1,One',
        '#EXTGRP:Music',
        'http://a/1',
        '#EXTINF:-1 group-title="News",Two',
        '#EXTGRP:Other',
        'http://a/2',
        '#EXTINF:-1,Three',
        'http://a/3',
      ),
    );
    expect(value.entries.map((entry) => entry.group)).toEqual(['Music', 'News', undefined]);
  });

  it('shares one string for every entry of a group', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:-1 group-title="Entertainment Channels",A',
        'http://a/1',
        '#EXTINF:-1 group-title="Entertainment Channels",B',
        'http://a/2',
      ),
    );
    expect(value.entries[0].group).toBe('Entertainment Channels');
    expect(value.entries[1].group).toBe(value.entries[0].group);
  });
});

describe('option lines', () => {
  it('reads the user agent and the referrer (both spellings) from #EXTVLCOPT, before or after #EXTINF', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:-1,One',
        '#EXTVLCOPT:http-user-agent=Mozilla/5.0 (SMART-TV; Linux)',
        '#EXTVLCOPT:http-referrer=https://one.example/',
        '#EXTVLCOPT:network-caching=1000',
        'http://a/1',
        '#EXTVLCOPT:http-referer=https://two.example/',
        '#EXTINF:-1,Two',
        'http://a/2',
        '#EXTINF:-1,Three',
        'http://a/3',
      ),
    );
    expect(value.entries.map((entry) => [entry.userAgent, entry.referrer])).toEqual([
      ['Mozilla/5.0 (SMART-TV; Linux)', 'https://one.example/'],
      [undefined, 'https://two.example/'],
      [undefined, undefined],
    ]);
  });

  it('drops the repeated "#EXTVLCOPT:http-user-agent=" prefix some playlists write twice', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#EXTINF:-1,One',
        '#EXTVLCOPT:http-user-agent=#EXTVLCOPT:http-user-agent=Mozilla/5.0 (X11)',
        'http://a/1',
      ),
    );
    expect(value.entries[0].userAgent).toBe('Mozilla/5.0 (X11)');
  });

  it('reads user agent and referrer attributes when there is no #EXTVLCOPT', () => {
    const { value } = parsePlaylist(
      lines('#EXTM3U', '#EXTINF:-1 http-user-agent="TV/1.0" http-referrer="https://r.example/",One', 'http://a/1'),
    );
    expect(value.entries[0]).toMatchObject({ userAgent: 'TV/1.0', referrer: 'https://r.example/' });
  });

  it('collects #KODIPROP lines as written', () => {
    const { value } = parsePlaylist(
      lines(
        '#EXTM3U',
        '#KODIPROP:inputstream=inputstream.adaptive',
        '#EXTINF:-1,One',
        '#KODIPROP:inputstream.adaptive.license_type=com.widevine.alpha',
        '#KODIPROP:inputstream.adaptive.license_key=https://lic.example/?a=b',
        'http://a/1.mpd',
        '#EXTINF:-1,Two',
        'http://a/2',
      ),
    );
    expect(value.entries[0].kodiProps).toEqual({
      inputstream: 'inputstream.adaptive',
      'inputstream.adaptive.license_type': 'com.widevine.alpha',
      'inputstream.adaptive.license_key': 'https://lic.example/?a=b',
    });
    expect(value.entries[1].kodiProps).toEqual({});
  });
});
