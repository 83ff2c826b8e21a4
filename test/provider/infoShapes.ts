/** get_vod_info and get_series_info answers per flavour (xtream-api.md §2.5, §2.6, §5.3). */
import type { Catalogue } from './catalogue';
import type { Flavour } from './flavour';
import { imageUrl } from './images';
import { rating5, seriesFields, titleWithYear, xc2Rating } from './listShapes';
import type { EpisodeRecord, MovieRecord, SeriesRecord } from './records';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` as the panels store `duration`. */
export function clockDuration(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** XC2 keeps ffprobe's stream analysis in the movie properties; XUI removes it. */
const videoAnalysis = {
  index: 0,
  codec_name: 'h264',
  codec_long_name: 'H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10',
  profile: 'Constrained Baseline',
  codec_type: 'video',
  width: 640,
  height: 360,
  pix_fmt: 'yuv420p',
  r_frame_rate: '25/1',
};
const audioAnalysis = {
  index: 1,
  codec_name: 'aac',
  codec_long_name: 'AAC (Advanced Audio Coding)',
  profile: 'LC',
  codec_type: 'audio',
  sample_rate: '44100',
  channels: 2,
  channel_layout: 'stereo',
};

function movieInfo(flavour: Flavour, origin: string, m: MovieRecord) {
  const poster = imageUrl(origin, 'poster', m.streamId, m.poster);
  const backdrops = Array.from({ length: m.backdropCount }, (_, i) =>
    imageUrl(origin, 'backdrop', m.streamId, 'svg', i),
  );
  const common = {
    kinopoisk_url: '',
    name: m.title,
    o_name: m.title,
    cover_big: poster,
    movie_image: poster,
    youtube_trailer: m.youtubeTrailer,
    director: m.director,
    actors: m.cast,
    cast: m.cast,
    description: m.plot ?? '',
    plot: m.plot ?? '',
    age: m.age,
    mpaa_rating: m.age,
    rating_count_kinopoisk: 0,
    country: m.country,
    genre: m.genre,
    duration_secs: m.durationSecs,
    duration: clockDuration(m.durationSecs),
    bitrate: m.bitrate,
  };
  if (flavour === 'xui') {
    return {
      ...common,
      tmdb_id: m.tmdbId,
      release_date: m.releaseDate,
      releasedate: m.releaseDate,
      episode_run_time: Math.round(m.durationSecs / 60),
      backdrop_path: backdrops,
      rating: m.rating,
      subtitles: [],
    };
  }
  return {
    ...common,
    tmdb_id: String(m.tmdbId),
    releasedate: m.releaseDate,
    episode_run_time: String(Math.round(m.durationSecs / 60)),
    // Older XC2 panels store a single backdrop as a bare string.
    backdrop_path: backdrops.length === 1 ? backdrops[0] : backdrops,
    video: videoAnalysis,
    audio: audioAnalysis,
    rating: xc2Rating(m),
  };
}

/** get_vod_info; an unknown id gives `{"info":[]}` in both flavours. */
export function vodInfoAnswer(flavour: Flavour, origin: string, m: MovieRecord | undefined) {
  if (!m) return { info: [] };
  const movieData =
    flavour === 'xui'
      ? {
          stream_id: m.streamId,
          name: titleWithYear(m),
          title: m.title,
          year: String(m.year),
          added: String(m.added),
          category_id: m.categoryId,
          category_ids: m.categoryIds.map(Number),
          container_extension: m.containerExtension,
          custom_sid: m.customSid ?? '',
          direct_source: '',
        }
      : {
          stream_id: m.streamId,
          name: m.xc2Name,
          added: String(m.added),
          category_id: m.categoryMissing ? null : m.categoryId,
          container_extension: m.containerExtension,
          custom_sid: m.customSid,
          direct_source: '',
        };
  return { info: movieInfo(flavour, origin, m), movie_data: movieData };
}

function episodeRow(flavour: Flavour, origin: string, e: EpisodeRecord) {
  const image = imageUrl(origin, 'poster', e.id, 'svg');
  const base = { id: String(e.id), title: e.title, container_extension: e.containerExtension };
  const tail = { custom_sid: '', added: String(e.added), season: e.season, direct_source: '' };
  if (flavour === 'xui') {
    const info = {
      tmdb_id: 1_000_000 + e.id,
      release_date: e.releaseDate,
      plot: e.plot,
      duration_secs: e.durationSecs,
      duration: clockDuration(e.durationSecs),
      movie_image: image,
      bitrate: 1200,
      rating: e.rating,
      season: e.season,
      cover_big: image,
    };
    return { ...base, episode_num: String(e.episodeNum), info, subtitles: [], ...tail };
  }
  const info = e.emptyInfo
    ? [] // Q14: an episode without properties is PHP's empty array.
    : {
        movie_image: image,
        plot: e.plot,
        releasedate: e.releaseDate,
        rating: String(e.rating),
        name: e.title,
        duration_secs: e.durationSecs,
        duration: clockDuration(e.durationSecs),
        video: videoAnalysis,
        audio: audioAnalysis,
        bitrate: 1200,
      };
  return { ...base, episode_num: e.episodeNum, info, ...tail };
}

/** PHP json_encode of an array keyed by season: keys 0..n-1 in order give a list of lists, others an object (Q15). */
export function phpSeasonMap<T>(bySeason: Map<number, T[]>): T[][] | Record<string, T[]> {
  const keys = [...bySeason.keys()];
  if (keys.every((key, i) => key === i)) return keys.map((key) => bySeason.get(key) ?? []);
  return Object.fromEntries(keys.map((key) => [String(key), bySeason.get(key) ?? []]));
}

function seasonRows(flavour: Flavour, origin: string, s: SeriesRecord, episodes: readonly EpisodeRecord[]) {
  return s.seasonNumbers.map((season, i) => {
    const cover = imageUrl(origin, 'poster', s.seriesId, s.poster);
    const first = episodes.find((e) => e.season === season);
    return {
      air_date: first?.releaseDate ?? s.releaseDate,
      episode_count: s.episodeCounts[i],
      id: s.seriesId * 100 + season,
      name: season === 0 ? 'Specials' : `Season ${season}`,
      overview: '',
      season_number: season,
      ...(flavour === 'xui' ? { vote_average: rating5(s.rating) * 2 } : {}),
      cover,
      cover_big: cover,
    };
  });
}

/** The XUI answer for an unknown series: every field null (xtream-api.md §5.3). */
const xuiUnknownSeries = {
  seasons: [],
  info: {
    name: null,
    title: null,
    year: null,
    cover: null,
    plot: null,
    cast: null,
    director: null,
    genre: null,
    release_date: null,
    releaseDate: null,
    last_modified: null,
    rating: '0',
    rating_5based: 0,
    backdrop_path: null,
    youtube_trailer: null,
    episode_run_time: null,
    category_id: '',
    category_ids: null,
  },
};

/** get_series_info; unknown series: XC2 `[]`, XUI the all-null info. */
export function seriesInfoAnswer(flavour: Flavour, origin: string, catalogue: Catalogue, s: SeriesRecord | undefined) {
  if (!s) return flavour === 'xc2' ? [] : xuiUnknownSeries;
  const episodes = catalogue.episodesOf(s);
  const bySeason = new Map<number, ReturnType<typeof episodeRow>[]>();
  for (const episode of episodes) {
    const list = bySeason.get(episode.season) ?? [];
    list.push(episodeRow(flavour, origin, episode));
    bySeason.set(episode.season, list);
  }
  return {
    seasons: s.seasonsListed ? seasonRows(flavour, origin, s, episodes) : [],
    info: seriesFields(flavour, origin, s),
    episodes: phpSeasonMap(bySeason),
  };
}
