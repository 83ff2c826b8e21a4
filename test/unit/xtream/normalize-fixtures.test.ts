// Every real provider response in ../shared/fixtures/xtream goes through its normaliser.
import { isXtreamError } from '../../../src/xtream/errors';
import type {
  Account,
  Category,
  EpgEntry,
  LiveStream,
  Movie,
  MovieDetails,
  Series,
  SeriesDetails,
} from '../../../src/xtream/models';
import { normalizeAction } from '../../../src/xtream/normalize';
import { describeWithXtreamFixtures, readXtreamFixture, xtreamFixtureNames } from '../../support/fixtures';

// Names may legitimately be "" (Q21 keeps them as sent); nothing else may be "" or null.
const NAME_FIELDS = ['name', 'title'];

function leaks(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (value === '') return NAME_FIELDS.some((field) => path.endsWith(`.${field}`)) ? [] : [path];
  if (typeof value === 'number' && !isFinite(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaks(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== undefined) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => leaks(item, `${path}.${key}`));
  }
  return [];
}

function rawList(name: string): unknown[] {
  const raw = readXtreamFixture(name);
  if (!Array.isArray(raw)) throw new Error(`${name} is not a list`);
  return raw;
}

function normalizeList<T>(action: string, name: string): { items: T[]; raw: unknown[]; dropped: number } {
  const raw = rawList(name);
  const { value, report } = normalizeAction(action, raw);
  return { items: value as T[], raw, dropped: report.dropped.length };
}

const PROVIDERS = ['eternal', 'hellraiser'];

describeWithXtreamFixtures()('real XC2 responses (tellytv samples)', () => {
  it.each(PROVIDERS)('%s: login answer', (provider) => {
    const { value } = normalizeAction('login', readXtreamFixture(`${provider}__auth.json`));
    const account = value as Account;
    expect(account.status).toBe('Active');
    expect(typeof account.maxConnections).toBe('number');
    expect(typeof account.activeConnections).toBe('number');
    expect(account.allowedOutputFormats).toEqual(['m3u8', 'ts', 'rtmp']);
    expect(account.server.serverTime).toBe(provider === 'eternal' ? 1535230019000 : 1535230020000);
    expect(leaks(account)).toEqual([]);
  });

  it('eternal: never expires, New York clock (-4 h in August)', () => {
    const account = normalizeAction('login', readXtreamFixture('eternal__auth.json')).value as Account;
    expect(account.expiresAt).toBeUndefined();
    expect(account.maxConnections).toBe(3);
    expect(account.server).toMatchObject({ timezone: 'America/New_York', utcOffsetMinutes: -240, port: 25461 });
  });

  it('hellraiser: expiry date and London clock (+1 h in August)', () => {
    const account = normalizeAction('login', readXtreamFixture('hellraiser__auth.json')).value as Account;
    expect(account.expiresAt).toBe(1550619710000);
    expect(account.server).toMatchObject({ timezone: 'Europe/London', utcOffsetMinutes: 60, port: 8080 });
  });

  it.each(
    PROVIDERS.flatMap((p) => [
      [p, 'get_live_categories'],
      [p, 'get_vod_categories'],
      [p, 'get_series_categories'],
    ]),
  )('%s: %s', (provider, action) => {
    const { items, raw, dropped } = normalizeList<Category>(action, `${provider}__${action}.json`);
    expect(dropped).toBe(0);
    expect(items).toHaveLength(raw.length);
    for (const category of items) {
      expect(typeof category.id).toBe('string');
      expect(category.id).not.toBe('');
      expect(category.parentId).toBeUndefined();
    }
    expect(items.map((c) => c.id)).toEqual(raw.map((r) => String((r as { category_id: unknown }).category_id)));
    expect(leaks(items)).toEqual([]);
  });

  it.each([
    ['eternal', 2607],
    ['hellraiser', 4950],
  ])('%s: all %i live streams with real types', (provider, count) => {
    const { items, raw, dropped } = normalizeList<LiveStream>('get_live_streams', `${provider}__get_live_streams.json`);
    expect(raw).toHaveLength(count);
    expect(items).toHaveLength(raw.length - dropped);
    expect(dropped).toBe(0);
    for (const channel of items) {
      expect(typeof channel.id).toBe('string');
      expect(typeof channel.archiveDays).toBe('number');
      expect(typeof channel.hasArchive).toBe('boolean');
      if (channel.added !== undefined) expect(channel.added).toBeGreaterThan(1e12);
    }
    expect(leaks(items)).toEqual([]);
    // Q9: the archive duration is a string exactly where archive is on.
    const archived = raw.filter((r) => (r as { tv_archive: unknown }).tv_archive === 1).length;
    expect(items.filter((c) => c.hasArchive)).toHaveLength(archived);
    expect(items.filter((c) => c.hasArchive).every((c) => c.archiveDays > 0)).toBe(true);
    // Q6: most XC2 channels have no EPG id.
    const withEpg = raw.filter(
      (r) =>
        typeof (r as { epg_channel_id: unknown }).epg_channel_id === 'string' &&
        (r as { epg_channel_id: string }).epg_channel_id !== '',
    ).length;
    expect(items.filter((c) => c.epgChannelId !== undefined)).toHaveLength(withEpg);
  });

  it('hellraiser: the first channel exactly', () => {
    const { items } = normalizeList<LiveStream>('get_live_streams', 'hellraiser__get_live_streams.json');
    expect(items[0]).toEqual({
      id: '112233',
      num: 1,
      name: 'UK: BBC Red Button 1 (SG)',
      logo: undefined,
      categoryId: '36',
      categoryIds: ['36'],
      epgChannelId: 'BBCRedButton.uk',
      type: 'live',
      hasArchive: false,
      archiveDays: 0,
      isAdult: false,
      added: 1527267703000,
      directSource: undefined,
    });
  });

  it('hellraiser: movies keep their string rating as a number', () => {
    const { items } = normalizeList<Movie>('get_vod_streams', 'hellraiser__get_vod_streams.json');
    expect(items).toEqual([
      expect.objectContaining({
        id: '130529',
        name: 'The Equalizer 2 (CAM)',
        rating: 6.3,
        rating5: 3.2,
        categoryId: '324',
        containerExtension: 'mp4',
        added: 1535126376000,
      }),
    ]);
  });

  it('hellraiser: 52 series with backdrops, numeric ratings and camelCase releaseDate', () => {
    const { items, raw, dropped } = normalizeList<Series>('get_series', 'hellraiser__get_series.json');
    expect(raw).toHaveLength(52);
    expect(items).toHaveLength(raw.length - dropped);
    expect(items[0]).toMatchObject({
      id: '3',
      name: 'Criminal Minds',
      releaseDate: '2005-09-22',
      rating: 7,
      rating5: 3.5,
      episodeRunMinutes: 42,
    });
    expect(items[0].backdrops).toHaveLength(5);
    for (const series of items) {
      expect(typeof series.id).toBe('string');
      expect(Array.isArray(series.backdrops)).toBe(true);
    }
    expect(leaks(items)).toEqual([]);
  });

  it('eternal: empty VOD and series lists', () => {
    expect(normalizeAction('get_vod_streams', readXtreamFixture('eternal__get_vod_streams.json')).value).toEqual([]);
    expect(normalizeAction('get_series', readXtreamFixture('eternal__get_series.json')).value).toEqual([]);
  });
});

describeWithXtreamFixtures()('XUI-style responses (ektotv mocks)', () => {
  it('login: profile and server info wrapped as the panel sends them', () => {
    const raw = {
      user_info: readXtreamFixture('xui-mock-ektotv-profile.json'),
      server_info: readXtreamFixture('xui-mock-ektotv-server-info.json'),
    };
    const account = normalizeAction('login', raw).value as Account;
    expect(account).toMatchObject({
      username: 'testuser',
      activeConnections: 0,
      maxConnections: 5,
      expiresAt: 1767542400000,
    });
    expect(account.server).toMatchObject({
      isXui: true,
      version: '1.5.13',
      port: 2052,
      httpsPort: 443,
      protocol: 'https',
      timezone: 'UTC',
      utcOffsetMinutes: 0,
    });
    expect(leaks(account)).toEqual([]);
  });

  it('categories with a parent', () => {
    const { items } = normalizeList<Category>('get_live_categories', 'xui-mock-ektotv-categories.json');
    expect(items).toHaveLength(5);
    expect(items[4]).toEqual({ id: '5', name: 'Football', parentId: '1' });
  });

  it('channels with category_ids', () => {
    const { items } = normalizeList<LiveStream>('get_live_streams', 'xui-mock-ektotv-channels.json');
    expect(items.map((c) => [c.id, c.categoryIds])).toEqual([
      ['1', ['1']],
      ['2', ['1']],
      ['3', ['1']],
      ['4', ['2']],
    ]);
    expect(leaks(items)).toEqual([]);
  });

  it('movies with numeric ratings and years', () => {
    const { items } = normalizeList<Movie>('get_vod_streams', 'xui-mock-ektotv-movies.json');
    expect(items[0]).toMatchObject({
      id: '935703',
      title: 'Summer Adventure',
      year: 2024,
      rating: 5.5,
      rating5: 2.8,
      runtimeMinutes: 109,
      genre: 'Adventure, Comedy, Drama',
    });
    expect(leaks(items)).toEqual([]);
  });

  it('movie details', () => {
    const details = normalizeAction('get_vod_info', readXtreamFixture('xui-mock-ektotv-movie.json'))
      .value as MovieDetails;
    expect(details).toMatchObject({
      id: '100000',
      name: 'Movie Title (2023)',
      year: 2023,
      poster: 'https://example.com/images/movie_image.jpg',
      backdrops: ['https://example.com/images/backdrop1.jpg'],
      durationSecs: 7200,
      rating: 7.8,
      tmdbId: '123456',
      containerExtension: 'mp4',
      categoryIds: ['100'],
      subtitles: ['English', 'Spanish', 'French'],
    });
    expect(leaks(details)).toEqual([]);
  });

  it('series list', () => {
    const { items } = normalizeList<Series>('get_series', 'xui-mock-ektotv-shows.json');
    expect(items.map((s) => s.id)).toEqual(['15120', '16083']);
    expect(items[1].rating).toBeUndefined();
    expect(leaks(items)).toEqual([]);
  });

  it('series details: both listed seasons, episodes of season 1', () => {
    const details = normalizeAction('get_series_info', readXtreamFixture('xui-mock-ektotv-show.json'))
      .value as SeriesDetails;
    expect(details.info).toMatchObject({ id: '1', name: 'Small Town Stories (2025)', episodeRunMinutes: 37 });
    expect(details.seasons.map((s) => [s.number, s.name, s.episodeCount])).toEqual([
      [0, 'Specials', 5],
      [1, 'Season 1', 2],
    ]);
    expect(details.episodes.map((e) => [e.id, e.season, e.episodeNum, e.durationSecs])).toEqual([
      ['935666', 1, 1, 2214],
      ['935727', 1, 2, 2209],
    ]);
    expect(leaks(details)).toEqual([]);
  });

  it.each([
    ['get_short_epg', 'xui-mock-ektotv-short-epg.json', 4],
    ['get_simple_data_table', 'xui-mock-ektotv-full-epg.json', 10],
  ])('%s: decoded titles and unix times', (action, file, count) => {
    const entries = normalizeAction(action, readXtreamFixture(file)).value as EpgEntry[];
    expect(entries).toHaveLength(count);
    for (const entry of entries) {
      expect(entry.title).toBe('fake programme');
      expect(entry.description).toBe('fake description');
      expect(entry.end).toBeGreaterThan(entry.start);
    }
    expect(entries[0].start).toBe(action === 'get_short_epg' ? 1741010222000 : 1740355884000);
    expect(leaks(entries)).toEqual([]);
  });
});

describeWithXtreamFixtures()('edge cases derived from the panels (edge-cases.json)', () => {
  const edge = readXtreamFixtureSafe();

  function codeOf(action: string, raw: unknown): string | undefined {
    try {
      normalizeAction(action, raw);
      return undefined;
    } catch (error) {
      return isXtreamError(error) ? error.code : 'OTHER';
    }
  }

  it('XC2 wrong credentials (HTTP 200) are AUTH_FAILED, for the login and for any action', () => {
    expect(codeOf('login', edge.xc2_wrong_credentials_http200)).toBe('AUTH_FAILED');
    expect(codeOf('get_live_streams', edge.xc2_wrong_credentials_http200)).toBe('AUTH_FAILED');
  });

  it('an unknown series and an unknown VOD are "not found"', () => {
    for (const [action, raw] of [
      ['get_series_info', edge.xc2_get_series_info_unknown_or_not_allowed_series],
      ['get_vod_info', edge.xc2_and_xui_get_vod_info_unknown_vod],
      ['get_series_info', edge.xui_get_series_info_unknown_series],
    ] as Array<[string, unknown]>) {
      try {
        normalizeAction(action, raw);
        throw new Error(`${action} should have thrown`);
      } catch (error) {
        expect(isXtreamError(error) && error.details).toMatchObject({ notFound: true });
      }
    }
  });

  it('an empty short EPG is an empty list', () => {
    expect(normalizeAction('get_short_epg', edge.xui_get_short_epg_no_epg).value).toEqual([]);
  });

  it('episodes in PHP list encoding get their seasons', () => {
    const details = normalizeAction(
      'get_series_info',
      edge.xc2_get_series_info_episodes_when_seasons_are_0_1_2_php_list_encoding,
    ).value as SeriesDetails;
    expect(details.episodes.map((e) => [e.id, e.season])).toEqual([
      ['1', 0],
      ['2', 1],
    ]);
    expect(details.seasons.map((s) => s.number)).toEqual([0, 1]);
  });

  it('an episode whose info is [] still plays', () => {
    const details = normalizeAction('get_series_info', {
      info: { name: 'S' },
      episodes: { '1': [edge.xc2_episode_info_empty_php_array] },
    }).value as SeriesDetails;
    expect(details.episodes[0]).toMatchObject({
      id: '3',
      season: 1,
      episodeNum: 1,
      title: 'x',
      containerExtension: 'mkv',
      added: 1535126376000,
    });
  });
});

describeWithXtreamFixtures()('every fixture file', () => {
  it('is covered by a test above', () => {
    const covered = /^(eternal|hellraiser)__|^xui-mock-ektotv-|^edge-cases\.json$/;
    expect(xtreamFixtureNames().filter((name) => !covered.test(name))).toEqual([]);
  });
});

function readXtreamFixtureSafe(): Record<string, unknown> {
  try {
    return readXtreamFixture('edge-cases.json') as Record<string, unknown>;
  } catch {
    return {};
  }
}
