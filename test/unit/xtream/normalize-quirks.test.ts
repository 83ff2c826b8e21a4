import { isXtreamError, type XtreamError } from '../../../src/xtream/errors';
import {
  Collector,
  normalizeAction,
  normalizeCategories,
  normalizeEpg,
  normalizeLiveStreams,
  normalizeLogin,
  normalizeMovieDetails,
  normalizeMovies,
  normalizeSeriesDetails,
  normalizeSeriesList,
} from '../../../src/xtream/normalize';

function thrown(run: () => unknown): XtreamError {
  try {
    run();
  } catch (error) {
    if (isXtreamError(error)) return error;
    throw error;
  }
  throw new Error('expected an XtreamError');
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('normalizeLogin', () => {
  const login = {
    user_info: {
      username: 'u',
      password: 'p',
      message: '',
      auth: 1,
      status: 'Active',
      exp_date: '1767542400',
      is_trial: '1',
      active_cons: '1',
      created_at: '1526616000',
      max_connections: '2',
      allowed_output_formats: ['m3u8', 'ts', 'rtmp'],
    },
    server_info: {
      url: 'live.example.net',
      port: '25461',
      https_port: '',
      server_protocol: 'http',
      timezone: 'America/New_York',
      timestamp_now: 1535230019,
      time_now: '2018-08-25 16:46:59',
    },
  };

  it('turns string numbers into numbers and unix seconds into milliseconds (Q1)', () => {
    const account = normalizeLogin(login, new Collector(), 1535230019000 - 5000);
    expect(account).toMatchObject({
      username: 'u',
      status: 'Active',
      expiresAt: 1767542400000,
      isTrial: true,
      activeConnections: 1,
      maxConnections: 2,
      createdAt: 1526616000000,
      allowedOutputFormats: ['m3u8', 'ts', 'rtmp'],
    });
    expect(account.message).toBeUndefined();
    expect(account.server).toMatchObject({
      port: 25461,
      protocol: 'http',
      timezone: 'America/New_York',
      serverTime: 1535230019000,
      clockOffsetMs: 5000,
      utcOffsetMinutes: -240,
      isXui: false,
    });
    // Q5: an empty https_port is missing, not 0.
    expect(account.server.httpsPort).toBeUndefined();
  });

  it('reads exp_date null as never expiring (Q2) and a bare-string format list (Q4)', () => {
    const account = normalizeLogin({
      ...login,
      user_info: { ...login.user_info, exp_date: null, allowed_output_formats: 'ts' },
    });
    expect(account.expiresAt).toBeUndefined();
    expect(account.allowedOutputFormats).toEqual(['ts']);
  });

  it.each([[0], ['0'], [false], [undefined]])('rejects auth %j as AUTH_FAILED (Q3)', (auth) => {
    expect(thrown(() => normalizeLogin({ user_info: { ...login.user_info, auth } })).code).toBe('AUTH_FAILED');
  });

  it.each([
    ['Expired', 'ACCOUNT_EXPIRED'],
    ['Banned', 'ACCOUNT_BANNED'],
    ['Disabled', 'ACCOUNT_DISABLED'],
  ])('rejects status %s as %s', (status, code) => {
    const error = thrown(() => normalizeLogin({ ...login, user_info: { ...login.user_info, status } }));
    expect(error.code).toBe(code);
  });

  it('detects XUI panels', () => {
    const account = normalizeLogin({ ...login, server_info: { ...login.server_info, xui: true, version: '1.5.13' } });
    expect(account.server).toMatchObject({ isXui: true, version: '1.5.13' });
  });

  it.each([[[]], ['<html>'], [{ error: 'Unauthorized' }], [null]])('calls %j a BAD_RESPONSE', (raw) => {
    expect(thrown(() => normalizeLogin(raw)).code).toBe('BAD_RESPONSE');
  });
});

describe('list answers', () => {
  const expiredLogin = {
    user_info: { auth: 1, status: 'Expired', exp_date: '1550619710' },
    server_info: { timezone: 'UTC' },
  };

  it('turns the login object answered to an action (expired XC2 account) into ACCOUNT_EXPIRED, never []', () => {
    const error = thrown(() => normalizeLiveStreams(expiredLogin));
    expect(error.code).toBe('ACCOUNT_EXPIRED');
    expect(error.message).toContain('2019-02-19');
  });

  it('turns {"user_info":{"auth":0}} answered to an action into AUTH_FAILED', () => {
    expect(thrown(() => normalizeCategories({ user_info: { auth: 0 } })).code).toBe('AUTH_FAILED');
  });

  it('calls an object where a list belongs a BAD_RESPONSE', () => {
    expect(thrown(() => normalizeMovies({ error: 'nope' })).code).toBe('BAD_RESPONSE');
    expect(thrown(() => normalizeMovies('garbage')).code).toBe('BAD_RESPONSE');
  });

  it('reads lists sent as objects keyed by index, in numeric order (Q17)', () => {
    const channels = normalizeLiveStreams({ '10': { stream_id: 3, name: 'C' }, '2': { stream_id: 2, name: 'B' } });
    expect(channels.map((c) => c.id)).toEqual(['2', '3']);
  });

  it('skips the holes of a sparse list but drops and reports items that are not objects', () => {
    const collector = new Collector();
    // eslint-disable-next-line no-sparse-arrays
    const raw = [{ stream_id: 1, name: 'A' }, , undefined, { stream_id: 2, name: 'B' }];
    expect(normalizeMovies(raw, collector).map((m) => m.id)).toEqual(['1', '2']);
    expect(collector.report().dropped).toEqual([{ index: 2, reason: 'not an object' }]);
  });

  it.each([[{}], [null], [false], [[]]])('reads %j as an empty list (Q19)', (raw) => {
    expect(normalizeSeriesList(raw)).toEqual([]);
  });
});

describe('normalizeCategories', () => {
  it('keeps string ids, drops items without id and reports them', () => {
    const collector = new Collector();
    const categories = normalizeCategories(
      [
        { category_id: '12', category_name: 'News', parent_id: 0 },
        { category_id: 7, category_name: 'Kids', parent_id: '12' },
        { category_name: 'No id' },
        'junk',
      ],
      collector,
    );
    expect(categories).toEqual([
      { id: '12', name: 'News', parentId: undefined },
      { id: '7', name: 'Kids', parentId: '12' },
    ]);
    expect(collector.report().dropped).toEqual([
      { index: 2, reason: 'no category_id' },
      { index: 3, reason: 'not an object' },
    ]);
    expect(collector.report().coerced['category_id: number→text']).toBe(1);
  });
});

describe('normalizeLiveStreams', () => {
  it('handles the quirks of one list at once', () => {
    const [radio, archive, plain] = normalizeLiveStreams([
      {
        num: 1,
        name: 'Radio 1',
        stream_type: 'radio_streams',
        stream_id: '11',
        stream_icon: '',
        epg_channel_id: null,
        category_id: null,
        tv_archive: 0,
        tv_archive_duration: 0,
        custom_sid: null,
      },
      {
        num: 2,
        name: '',
        stream_type: 'created_live',
        stream_id: 12,
        tv_archive: 1,
        tv_archive_duration: '3',
        category_id: '5',
        added: '1527267703',
        direct_source: 'http://upstream/x',
      },
      {
        num: 3,
        name: '1941',
        stream_type: 'live',
        stream_id: 13,
        category_ids: [5, 6],
        category_id: '5',
        is_adult: '1',
      },
    ]);
    expect(radio).toMatchObject({ id: '11', type: 'radio', hasArchive: false, archiveDays: 0, categoryIds: [] });
    expect(radio.logo).toBeUndefined();
    expect(radio.epgChannelId).toBeUndefined();
    expect(radio.categoryId).toBeUndefined();
    // Q9, Q12, and an empty name kept as it is.
    expect(archive).toMatchObject({
      id: '12',
      name: '',
      type: 'live',
      hasArchive: true,
      archiveDays: 3,
      categoryIds: ['5'],
      added: 1527267703000,
      directSource: 'http://upstream/x',
    });
    // Q21: a numeric-looking name stays a string.
    expect(plain).toMatchObject({ name: '1941', categoryIds: ['5', '6'], isAdult: true });
  });

  it('drops channels without stream_id and reports why', () => {
    const collector = new Collector();
    expect(
      normalizeLiveStreams(
        [{ name: 'ghost' }, { stream_id: '', name: 'empty' }, { stream_id: 1, name: 'ok' }],
        collector,
      ),
    ).toHaveLength(1);
    expect(collector.report().dropped).toEqual([
      { index: 0, reason: 'no stream_id' },
      { index: 1, reason: 'no stream_id' },
    ]);
  });
});

describe('normalizeMovies', () => {
  it('reads ratings as strings, "", "n/A" and numbers (Q10)', () => {
    const movies = normalizeMovies([
      { stream_id: 1, name: 'A', rating: '6.3', rating_5based: 3.2, container_extension: 'mkv' },
      { stream_id: 2, name: 'B', rating: '', rating_5based: 0 },
      { stream_id: 3, name: 'C', rating: 'n/A', custom_sid: null },
      {
        stream_id: 4,
        name: 'D (2023)',
        title: 'D',
        year: '2023',
        rating: 7.5,
        category_ids: [1],
        category_id: '1',
        release_date: null,
        plot: null,
      },
    ]);
    expect(movies.map((m) => m.rating)).toEqual([6.3, undefined, undefined, 7.5]);
    expect(movies[0]).toMatchObject({ rating5: 3.2, containerExtension: 'mkv' });
    // A movie without container_extension still gets a playable one.
    expect(movies[1].containerExtension).toBe('mp4');
    expect(movies[3]).toMatchObject({ year: 2023, title: 'D', categoryIds: ['1'] });
    expect(movies[3].plot).toBeUndefined();
  });
});

describe('normalizeSeriesList', () => {
  it('reads backdrop_path in every shape and releaseDate in both spellings (Q13, Q20)', () => {
    const series = normalizeSeriesList([
      {
        series_id: 1,
        name: '24',
        stream_type: null,
        backdrop_path: ['a.jpg', 'b.jpg'],
        releaseDate: '2005-09-22',
        rating: '7',
        last_modified: '1530461599',
      },
      { series_id: 2, name: 'B', backdrop_path: '', release_date: '2020-01-01' },
      { series_id: 3, name: 'C', backdrop_path: null, category_id: null, rating: '0' },
      { series_id: 4, name: 'D', backdrop_path: 'single.jpg', plot: null, cast: null },
    ]);
    expect(series.map((s) => s.backdrops)).toEqual([['a.jpg', 'b.jpg'], [], [], ['single.jpg']]);
    expect(series[0]).toMatchObject({
      id: '1',
      name: '24',
      releaseDate: '2005-09-22',
      rating: 7,
      lastModified: 1530461599000,
    });
    expect(series[1].releaseDate).toBe('2020-01-01');
    // A rating of 0 means "not rated".
    expect(series[2].rating).toBeUndefined();
    expect(series[3].plot).toBeUndefined();
  });
});

describe('normalizeMovieDetails', () => {
  it('reads info and movie_data', () => {
    const details = normalizeMovieDetails({
      info: {
        name: 'M',
        movie_image: 'p.jpg',
        backdrop_path: 'b.jpg',
        duration: '01:30:05',
        rating: '7.25',
        tmdb_id: '42',
        releasedate: '2023-05-15',
        subtitles: [{ index: 0, language: 'en', title: 'English' }],
      },
      movie_data: {
        stream_id: 9,
        name: 'M (2023)',
        container_extension: 'mkv',
        category_id: null,
        added: '1683000000',
      },
    });
    expect(details).toMatchObject({
      id: '9',
      name: 'M (2023)',
      poster: 'p.jpg',
      backdrops: ['b.jpg'],
      durationSecs: 5405,
      rating: 7.25,
      tmdbId: '42',
      releaseDate: '2023-05-15',
      year: 2023,
      containerExtension: 'mkv',
      subtitles: ['en'],
      added: 1683000000000,
    });
    expect(details.categoryId).toBeUndefined();
  });

  it.each([[{ info: [] }], [{ info: {} }], [[]], [{}]])('throws "no longer available" for %j (Q14)', (raw) => {
    const error = thrown(() => normalizeMovieDetails(raw, new Collector(), '77'));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.details).toMatchObject({ notFound: true, id: '77' });
    expect(error.message).toBe('This movie is no longer available from your provider.');
  });
});

describe('normalizeSeriesDetails', () => {
  const episode = (id: string, season: number | string, num: number | string, extra: object = {}) => ({
    id,
    episode_num: num,
    title: `E${id}`,
    container_extension: 'mkv',
    info: [],
    season,
    added: '1535126376',
    ...extra,
  });

  it('reads episodes keyed by season and derives seasons when the list is empty (Q15, Q16)', () => {
    const details = normalizeSeriesDetails(
      {
        seasons: [],
        info: { name: 'S', cover: 'c.jpg' },
        episodes: { '2': [episode('21', 2, 1)], '1': [episode('12', 1, 2), episode('11', 1, 1)] },
      },
      new Collector(),
      '5',
    );
    expect(details.info).toMatchObject({ id: '5', name: 'S', cover: 'c.jpg' });
    expect(details.episodes.map((e) => [e.season, e.episodeNum, e.id])).toEqual([
      [1, 1, '11'],
      [1, 2, '12'],
      [2, 1, '21'],
    ]);
    expect(details.seasons).toEqual([
      { number: 1, episodeCount: 2 },
      { number: 2, episodeCount: 1 },
    ]);
    expect(details.episodes[0]).toMatchObject({ containerExtension: 'mkv', added: 1535126376000 });
    expect(details.episodes[0].plot).toBeUndefined();
  });

  it('reads episodes as an array of arrays, with seasons from the index', () => {
    const details = normalizeSeriesDetails({
      info: { name: 'S' },
      episodes: [[{ id: '1', episode_num: 1 }], [{ id: '2', episode_num: 1 }]],
    });
    expect(details.episodes.map((e) => [e.season, e.id])).toEqual([
      [0, '1'],
      [1, '2'],
    ]);
  });

  it('regroups by episode.season when the key disagrees', () => {
    const details = normalizeSeriesDetails({ info: { name: 'S' }, episodes: { '1': [episode('9', '3', 1)] } });
    expect(details.episodes[0].season).toBe(3);
    expect(details.seasons.map((s) => s.number)).toEqual([3]);
  });

  it('accepts null or missing episodes', () => {
    expect(normalizeSeriesDetails({ info: { name: 'S' }, episodes: null }).episodes).toEqual([]);
    expect(
      normalizeSeriesDetails({
        info: { name: 'S' },
        seasons: [{ season_number: 1, name: 'Season 1', episode_count: 8, cover_tmdb: 't.jpg' }],
      }).seasons,
    ).toEqual([
      {
        number: 1,
        name: 'Season 1',
        episodeCount: 8,
        cover: 't.jpg',
        overview: undefined,
        airDate: undefined,
        rating: undefined,
      },
    ]);
  });

  it('reads episode info in full', () => {
    const details = normalizeSeriesDetails({
      info: { name: 'S' },
      episodes: {
        '1': [episode('1', 1, '1', { info: { plot: 'P', duration_secs: 2214, movie_image: 'i.jpg', rating: 10 } })],
      },
    });
    expect(details.episodes[0]).toMatchObject({
      plot: 'P',
      durationSecs: 2214,
      image: 'i.jpg',
      rating: 10,
      episodeNum: 1,
    });
  });

  it('drops episodes without id and reports them', () => {
    const collector = new Collector();
    const details = normalizeSeriesDetails(
      { info: { name: 'S' }, episodes: { '1': [{ title: 'no id' }, episode('2', 1, 1)] } },
      collector,
    );
    expect(details.episodes).toHaveLength(1);
    expect(collector.report().dropped).toEqual([{ index: 0, reason: 'episode without id' }]);
  });

  it.each([
    ['XC2 []', []],
    [
      'XUI all-null info',
      { seasons: [], info: { name: null, title: null, cover: null, rating: '0', category_id: '', category_ids: null } },
    ],
  ])('throws "no longer available" for %s', (_what, raw) => {
    const error = thrown(() => normalizeSeriesDetails(raw, new Collector(), '8'));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.details).toMatchObject({ notFound: true });
    expect(error.message).toBe('This series is no longer available from your provider.');
  });
});

describe('normalizeEpg', () => {
  it('decodes base64 UTF-8 titles and uses the unix timestamps', () => {
    const [entry] = normalizeEpg({
      epg_listings: [
        {
          id: '1',
          epg_id: '63',
          title: b64('Ñandú Noticias – 日本'),
          description: b64('Résumé'),
          lang: '',
          start: '2025-03-03 13:57:02',
          end: '1741012393',
          stop: '2025-03-03 14:33:13',
          start_timestamp: '1741010222',
          stop_timestamp: '1741012393',
          channel_id: 'ch.1',
        },
      ],
    });
    expect(entry).toEqual({
      id: '1',
      title: 'Ñandú Noticias – 日本',
      description: 'Résumé',
      start: 1741010222000,
      end: 1741012393000,
      channelId: 'ch.1',
      lang: undefined,
    });
  });

  it('reads XUI short-EPG rows without timestamps: unix `end`, date-string `start` on the server clock (Q24)', () => {
    const [entry] = normalizeEpg(
      {
        epg_listings: [
          { title: b64('x'), start: '2025-03-03 13:57:02', end: '1741012393', stop: '2025-03-03 14:33:13' },
        ],
      },
      new Collector(),
      { timezone: 'Europe/Berlin' },
    );
    expect(entry.start).toBe(Date.UTC(2025, 2, 3, 12, 57, 2));
    expect(entry.end).toBe(1741012393000);
  });

  it('reads date strings with the login offset when the zone is unknown, across a DST change too', () => {
    const collector = new Collector();
    const entries = normalizeEpg(
      { epg_listings: [{ title: 'QQ==', start: '2024-07-01 20:00:00', end: '2024-07-01 21:00:00' }] },
      collector,
      { utcOffsetMinutes: 120 },
    );
    expect(entries[0].start).toBe(Date.UTC(2024, 6, 1, 18, 0));
    expect(entries[0].end).toBe(Date.UTC(2024, 6, 1, 19, 0));
    const berlin = normalizeEpg(
      { epg_listings: [{ title: 'x', start: '2024-03-31 03:30:00', end: '2024-03-31 04:00:00' }] },
      new Collector(),
      { timezone: 'Europe/Berlin' },
    );
    expect(berlin[0].start).toBe(Date.UTC(2024, 2, 31, 1, 30));
  });

  it('keeps now_playing and has_archive, and sorts by start', () => {
    const entries = normalizeEpg({
      epg_listings: [
        { title: 'B', start_timestamp: 200, stop_timestamp: 300, now_playing: 0, has_archive: '1' },
        { title: 'A', start_timestamp: 100, stop_timestamp: 200, now_playing: 1, has_archive: 0 },
      ],
    });
    expect(entries.map((e) => [e.title, e.nowPlaying, e.hasArchive])).toEqual([
      ['A', true, false],
      ['B', false, true],
    ]);
  });

  it('drops rows without times and reports them', () => {
    const collector = new Collector();
    const entries = normalizeEpg(
      { epg_listings: [{ title: 'no times' }, { title: 'backwards', start_timestamp: 300, stop_timestamp: 200 }] },
      collector,
    );
    expect(entries).toEqual([]);
    expect(collector.report().dropped).toEqual([
      { index: 0, reason: 'no start time' },
      { index: 1, reason: 'ends before it starts' },
    ]);
  });

  it('reads an empty guide, a bare list and a multi-stream object', () => {
    expect(normalizeEpg({ epg_listings: [] })).toEqual([]);
    expect(normalizeEpg({})).toEqual([]);
    expect(normalizeEpg([{ title: 'x', start: 100, end: 200 }])).toHaveLength(1);
    expect(
      normalizeEpg({
        epg_listings: {
          '5': [{ title: 'a', start_timestamp: 1, stop_timestamp: 2 }],
          '6': [{ title: 'b', start_timestamp: 3, stop_timestamp: 4 }],
        },
      }),
    ).toHaveLength(2);
  });
});

describe('normalizeAction', () => {
  it('normalises a saved answer and reports coercions and drops', () => {
    const { value, report } = normalizeAction('get_live_streams', [{ stream_id: 1, name: 'A' }, { name: 'B' }]);
    expect(value).toHaveLength(1);
    expect(report.coerced['stream_id: number→text']).toBe(1);
    expect(report.dropped).toEqual([{ index: 1, reason: 'no stream_id' }]);
  });

  it('rejects an unknown action', () => {
    expect(thrown(() => normalizeAction('get_everything', [])).code).toBe('INVALID_INPUT');
  });
});
