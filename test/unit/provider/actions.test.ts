import type { RunningProvider } from '../../provider/server';
import { api, apiUrl, asArray, asObject, start } from './helpers';

describe('provider actions, XC2 flavour', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start({ flavour: 'xc2', seed: 7 });
  });
  afterAll(() => provider.close());

  it('lists 12 live categories with string ids and parent_id 0', async () => {
    const categories = asArray(await api(provider, { action: 'get_live_categories' }));
    expect(categories).toHaveLength(12);
    for (const c of categories) {
      expect(typeof c.category_id).toBe('string');
      expect(c.parent_id).toBe(0);
    }
    expect(categories.map((c) => c.category_name)).toContain('XXX | Adult');
  });

  it('lists every live channel with XC2 types: string added, archive duration a string only when on', async () => {
    const channels = asArray(await api(provider, { action: 'get_live_streams' }));
    expect(channels).toHaveLength(provider.catalogue.counts.live);
    expect(channels.map((c) => c.num)).toEqual(channels.map((_, i) => i + 1));
    const archived = channels.filter((c) => c.tv_archive === 1);
    expect(archived.length / channels.length).toBeGreaterThan(0.15);
    expect(archived.length / channels.length).toBeLessThan(0.35);
    for (const c of archived) expect(Number(c.tv_archive_duration)).toBeGreaterThanOrEqual(3);
    for (const c of archived) expect(typeof c.tv_archive_duration).toBe('string');
    for (const c of channels.filter((c) => c.tv_archive === 0)) expect(c.tv_archive_duration).toBe(0);
    expect(channels.some((c) => c.epg_channel_id === null)).toBe(true);
    expect(channels.some((c) => typeof c.epg_channel_id === 'string')).toBe(true);
    expect(channels.some((c) => c.category_id === null)).toBe(true);
    expect(channels.some((c) => c.custom_sid === null)).toBe(true);
    expect(channels.some((c) => c.stream_type === 'radio_streams')).toBe(true);
    expect(channels.some((c) => c.stream_icon === '')).toBe(true);
    expect(channels.every((c) => typeof c.added === 'string' && typeof c.stream_id === 'number')).toBe(true);
    expect(channels.map((c) => c.name)).toEqual(
      expect.arrayContaining(['News, Weather & Traffic', 'The "Best" Channel HD']),
    );
  });

  it('filters by category exactly, and the categories add up to the catalogue', async () => {
    const categories = asArray(await api(provider, { action: 'get_live_categories' }));
    let listed = 0;
    for (const c of categories) {
      const rows = asArray(await api(provider, { action: 'get_live_streams', category_id: String(c.category_id) }));
      expect(rows.every((row) => row.category_id === c.category_id)).toBe(true);
      listed += rows.length;
    }
    const withoutCategory = provider.catalogue.liveChannels().filter((c) => c.categoryMissing).length;
    expect(listed + withoutCategory).toBe(provider.catalogue.counts.live);
  });

  it('lists movies with string ratings, including "" and "n/A", and the numeric-looking title "1941"', async () => {
    const movies = asArray(await api(provider, { action: 'get_vod_streams' }));
    expect(movies).toHaveLength(500);
    expect(movies.every((m) => typeof m.rating === 'string')).toBe(true);
    expect(movies.some((m) => m.rating === '')).toBe(true);
    expect(movies.some((m) => m.rating === 'n/A')).toBe(true);
    expect(movies.some((m) => m.name === '1941' || m.name === '1941 (1979)')).toBe(true);
    expect(movies.filter((m) => m.container_extension === 'mp4').length).toBeGreaterThan(350);
    expect(asArray(await api(provider, { action: 'get_vod_categories' }))).toHaveLength(10);
  });

  it('lists series with stream_type null and mixed backdrop_path shapes', async () => {
    const series = asArray(await api(provider, { action: 'get_series' }));
    expect(series).toHaveLength(60);
    expect(series.every((s) => s.stream_type === null && typeof s.rating === 'string')).toBe(true);
    const shapes = new Set(
      series.map((s) => (Array.isArray(s.backdrop_path) ? 'array' : JSON.stringify(s.backdrop_path))),
    );
    expect(shapes).toEqual(new Set(['array', '""', 'null']));
    expect(asArray(await api(provider, { action: 'get_series_categories' }))).toHaveLength(6);
  });

  it('answers get_vod_info, and {"info":[]} for an unknown movie', async () => {
    const info = asObject(await api(provider, { action: 'get_vod_info', vod_id: '100001' }));
    expect(asObject(info.movie_data)).toMatchObject({ stream_id: 100001 });
    expect(typeof asObject(info.info).tmdb_id).toBe('string');
    expect(await api(provider, { action: 'get_vod_info', vod_id: '99' })).toEqual({ info: [] });
  });

  it('answers get_series_info with episodes keyed by season, or as a list when seasons are 0..n-1', async () => {
    const keyed = asObject(await api(provider, { action: 'get_series_info', series_id: '5' }));
    expect(Array.isArray(keyed.episodes)).toBe(false);
    expect(Object.keys(asObject(keyed.episodes))[0]).toBe('1');
    // Series index 1 (id 2) has specials and season 1: PHP encodes the keys 0, 1 as a list.
    const listed = asObject(await api(provider, { action: 'get_series_info', series_id: '2' }));
    expect(Array.isArray(listed.episodes)).toBe(true);
    const firstEpisode = asArray((listed.episodes as unknown[])[0])[0];
    expect(firstEpisode.season).toBe(0);
    expect(typeof firstEpisode.episode_num).toBe('number');
    expect(typeof firstEpisode.id).toBe('string');
    // Series id 3 lists no seasons; series id 4 has episodes whose info is PHP's empty array.
    expect(asObject(await api(provider, { action: 'get_series_info', series_id: '3' })).seasons).toEqual([]);
    const withEmptyInfo = asObject(await api(provider, { action: 'get_series_info', series_id: '4' }));
    const episodes = Object.values(asObject(withEmptyInfo.episodes)).flatMap(asArray);
    expect(episodes.some((e) => Array.isArray(e.info) && e.info.length === 0)).toBe(true);
    expect(await api(provider, { action: 'get_series_info', series_id: '99999' })).toEqual([]);
  });

  it('answers get_short_epg with base64 UTF-8 text, Berlin date strings and string timestamps', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId && c.kind === 'german');
    const rows = asArray(
      asObject(await api(provider, { action: 'get_short_epg', stream_id: String(channel?.streamId) })).epg_listings,
    );
    expect(rows).toHaveLength(4);
    const now = Date.now() / 1000;
    expect(Number(rows[0].start_timestamp)).toBeLessThanOrEqual(now);
    expect(Number(rows[0].stop_timestamp)).toBeGreaterThan(now);
    for (const row of rows) {
      const start = Number(row.start_timestamp);
      const stop = Number(row.stop_timestamp);
      expect([1800, 3600, 5400, 7200]).toContain(stop - start);
      expect(start % 1800).toBe(0);
      const berlin = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Berlin',
        dateStyle: 'short',
        timeStyle: 'medium',
      });
      expect(row.start).toBe(berlin.format(new Date(start * 1000)));
      expect(row.end).toBe(berlin.format(new Date(stop * 1000)));
      expect(Buffer.from(String(row.title), 'base64').toString('utf8').length).toBeGreaterThan(0);
      expect(row.lang).toBe('de');
    }
    const limited = asObject(await api(provider, { action: '205', stream_id: String(channel?.streamId), limit: '2' }));
    expect(asArray(limited.epg_listings)).toHaveLength(2);
    const noGuide = provider.catalogue.liveChannels().find((c) => !c.epgChannelId);
    expect(await api(provider, { action: 'get_short_epg', stream_id: String(noGuide?.streamId) })).toEqual({
      epg_listings: [],
    });
  });

  it('answers get_simple_data_table (and its typo alias) with the guide window and archive flags', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId && c.archiveDays > 0);
    const id = String(channel?.streamId);
    const rows = asArray(
      asObject(await api(provider, { action: 'get_simple_data_table', stream_id: id })).epg_listings,
    );
    expect(rows.filter((r) => r.now_playing === 1)).toHaveLength(1);
    expect(rows.some((r) => r.has_archive === 1)).toBe(true);
    const now = Date.now() / 1000;
    expect(Number(rows[0].start_timestamp)).toBeLessThanOrEqual(now - 7 * 86400 + 7200);
    expect(Number(rows[rows.length - 1].stop_timestamp)).toBeGreaterThanOrEqual(now + 3 * 86400);
    const alias = asObject(await api(provider, { action: 'get_simple_date_table', stream_id: id }));
    expect(asArray(alias.epg_listings)).toHaveLength(rows.length);
  });

  it('accepts the numeric action aliases 200-209', async () => {
    expect(asArray(await api(provider, { action: '201' }))).toHaveLength(12);
    expect(asArray(await api(provider, { action: '200' }))).toHaveLength(10);
    expect(asArray(await api(provider, { action: '208' }))).toHaveLength(60);
    expect(asObject(await api(provider, { action: '209', vod_id: '100002' })).movie_data).toBeDefined();
  });

  it('gives identical bytes for the same seed and different ones for another seed', async () => {
    const again = await start({ flavour: 'xc2', seed: 7 });
    const other = await start({ flavour: 'xc2', seed: 8 });
    try {
      const body = async (p: RunningProvider, action: string) =>
        (await (await fetch(apiUrl(p, 'demo', 'demo', { action }))).text())
          .split(p.url.replace(/\//g, '\\/'))
          .join('ORIGIN');
      for (const action of ['get_live_streams', 'get_vod_streams', 'get_series']) {
        expect(await body(again, action)).toBe(await body(provider, action));
      }
      expect(await body(other, 'get_live_streams')).not.toBe(await body(provider, 'get_live_streams'));
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});

describe('provider actions, XUI flavour', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start({ flavour: 'xui', seed: 7 });
  });
  afterAll(() => provider.close());

  it('sends numeric ratings, category_ids arrays of numbers and unescaped slashes', async () => {
    const response = await fetch(apiUrl(provider, 'demo', 'demo', { action: 'get_vod_streams' }));
    const text = await response.text();
    expect(text).not.toContain('\\/');
    const movies = asArray(JSON.parse(text));
    expect(movies.every((m) => typeof m.rating === 'number')).toBe(true);
    expect(
      movies.every((m) => Array.isArray(m.category_ids) && m.category_ids.every((id) => typeof id === 'number')),
    ).toBe(true);
    expect(String(movies[0].name)).toMatch(/ \(\d{4}\)$/);
    const series = asArray(await api(provider, { action: 'get_series' }));
    expect(series.every((s) => s.stream_type === 'series')).toBe(true);
  });

  it('filters by any of category_ids and marks adult channels', async () => {
    const multi = provider.catalogue.liveChannels().find((c) => c.categoryIds.length > 1);
    const second = String(multi?.categoryIds[1]);
    const rows = asArray(await api(provider, { action: 'get_live_streams', category_id: second }));
    expect(rows.map((r) => r.stream_id)).toContain(multi?.streamId);
    expect(rows.every((r) => (r.category_ids as number[]).includes(Number(second)))).toBe(true);
    const all = asArray(await api(provider, { action: 'get_live_streams' }));
    expect(all.filter((r) => r.is_adult === 1).length).toBeGreaterThanOrEqual(2);
  });

  it('answers XUI short EPG rows with end as unix time and a stop date string', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId);
    const rows = asArray(
      asObject(await api(provider, { action: 'get_short_epg', stream_id: String(channel?.streamId) })).epg_listings,
    );
    expect(rows[0].end).toBe(rows[0].stop_timestamp);
    expect(String(rows[0].stop)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const table = asArray(
      asObject(await api(provider, { action: 'get_simple_data_table', stream_id: String(channel?.streamId) }))
        .epg_listings,
    );
    expect(String(table[0].end)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(table[0].stop).toBeUndefined();
  });

  it('answers an unknown series with the all-null info shape', async () => {
    const answer = asObject(await api(provider, { action: 'get_series_info', series_id: '99999' }));
    expect(answer.seasons).toEqual([]);
    expect(asObject(answer.info)).toMatchObject({ name: null, rating: '0', category_id: '', category_ids: null });
    expect(answer.episodes).toBeUndefined();
  });
});
