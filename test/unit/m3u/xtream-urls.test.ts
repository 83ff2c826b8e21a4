import { parsePlaylist, type PlaylistEntry } from '../../../src/m3u';

const SERVER = 'http://line.provider.example:8080';

/** An m3u_plus playlist as an XC2 panel's get.php writes it (database.sql template, row 13). */
function xc2Playlist(output: 'ts' | 'm3u8', newRewrite: boolean): string {
  const live = (id: number, name: string, epg: string, category: string): string[] => [
    `#EXTINF:-1 tvg-id="${epg}" tvg-name="${name}" tvg-logo="http://logos.example/${id}.png" group-title="${category}",${name}`,
    newRewrite && output === 'ts' ? `${SERVER}/user1/pass1/${id}` : `${SERVER}/live/user1/pass1/${id}.${output}`,
  ];
  return [
    '#EXTM3U',
    ...live(101, 'UK: BBC One', 'bbc1.uk', 'UK | General'),
    ...live(102, 'UK: Sky News', 'skynews.uk', 'UK | News'),
    '#EXTINF:-1 tvg-id="" tvg-name="The Matrix (1999)" tvg-logo="http://img.example/matrix.jpg" group-title="Movies | Action",The Matrix (1999)',
    `${SERVER}/movie/user1/pass1/5001.mkv`,
    '#EXTINF:-1 tvg-id="" tvg-name="Dark S01 E01" tvg-logo="" group-title="Series | Drama",Dark S01 E01',
    `${SERVER}/series/user1/pass1/90001.mp4`,
    '',
  ].join('\r\n');
}

const summary = (entry: PlaylistEntry): unknown => [entry.name, entry.kind, entry.xtream, entry.group];

describe('Xtream Codes stream URLs', () => {
  it('recognises live channels, movies and episodes in a get.php m3u_plus playlist, with their ids', () => {
    const { value, warnings } = parsePlaylist(xc2Playlist('m3u8', false));
    expect(warnings).toEqual([]);
    expect(value.entries.map(summary)).toEqual([
      [
        'UK: BBC One',
        'live',
        { kind: 'live', username: 'user1', password: 'pass1', streamId: '101', extension: 'm3u8' },
        'UK | General',
      ],
      [
        'UK: Sky News',
        'live',
        { kind: 'live', username: 'user1', password: 'pass1', streamId: '102', extension: 'm3u8' },
        'UK | News',
      ],
      [
        'The Matrix (1999)',
        'movie',
        { kind: 'movie', username: 'user1', password: 'pass1', streamId: '5001', extension: 'mkv' },
        'Movies | Action',
      ],
      [
        'Dark S01 E01',
        'episode',
        { kind: 'episode', username: 'user1', password: 'pass1', streamId: '90001', extension: 'mp4' },
        'Series | Drama',
      ],
    ]);
    expect(value.entries[2]).toMatchObject({ tvgId: undefined, logo: 'http://img.example/matrix.jpg' });
    expect(value.entries[3].logo).toBeUndefined();
  });

  it('recognises the short live form that panels write with new_rewrite and ts output', () => {
    const { value } = parsePlaylist(xc2Playlist('ts', true));
    expect(value.entries[0].xtream).toEqual({
      kind: 'live',
      username: 'user1',
      password: 'pass1',
      streamId: '101',
      extension: undefined,
    });
    expect(value.entries.map((entry) => entry.kind)).toEqual(['live', 'live', 'movie', 'episode']);
  });

  it('shares one username and password string across entries', () => {
    const { value } = parsePlaylist(xc2Playlist('ts', false));
    expect(value.entries[3].xtream?.username).toBe(value.entries[0].xtream?.username);
  });

  it.each([
    ['http://h:8080/live/u/p/42.ts', { kind: 'live', username: 'u', password: 'p', streamId: '42', extension: 'ts' }],
    ['https://h/u/p/42', { kind: 'live', username: 'u', password: 'p', streamId: '42', extension: undefined }],
    ['http://h/u/p/42.ts', { kind: 'live', username: 'u', password: 'p', streamId: '42', extension: 'ts' }],
    [
      'http://h/movie/u%40x/p/7.mp4?token=a.b/c',
      { kind: 'movie', username: 'u%40x', password: 'p', streamId: '7', extension: 'mp4' },
    ],
    [
      'http://h/series/u/p/8.mkv#t=10',
      { kind: 'episode', username: 'u', password: 'p', streamId: '8', extension: 'mkv' },
    ],
  ])('reads %s', (url, xtream) => {
    const { value } = parsePlaylist(`#EXTM3U\n#EXTINF:-1,X\n${url}\n`);
    expect(value.entries[0].xtream).toEqual(xtream);
    expect(value.entries[0].kind).toBe(xtream.kind);
  });

  it.each([
    'http://103.175.73.12:8080/live/771/master.m3u8',
    'http://h/live/token123/42.ts',
    'http://h/vod/u/p/42.mp4',
    'http://h/prefix/movie/u/p/42.mp4',
    'http://h/u/p/abc.ts',
    'http://h/u/p/42.',
    'http://h//p/42',
    'rtp://239.0.0.1:5000',
    'relative/u/p/42.ts',
  ])('does not take %s for an Xtream URL, and calls it live', (url) => {
    const { value } = parsePlaylist(`#EXTM3U\n#EXTINF:-1,X\n${url}\n`);
    expect(value.entries[0].xtream).toBeUndefined();
    expect(value.entries[0].kind).toBe('live');
  });
});
