/**
 * The catalogue's own records: flavour-neutral facts about each item. The player API turns them into the
 * panel-specific JSON shapes (XC2 or XUI); fields named after a quirk say which answer they shape.
 */
import type { LiveKind } from './words';

/** Offsets that keep live, movie and episode stream ids apart (the panel keeps them in one table). */
export const MOVIE_ID_BASE = 100_000;
export const EPISODE_ID_BASE = 1_000_000;
/** Room for episode ids per series: 5 seasons of up to 12 episodes plus specials fit. */
export const EPISODES_PER_SERIES = 100;

/** How an image URL of an item looks: a served SVG, a URL that 404s (real providers have these), or `""`. */
export type ImageKind = 'svg' | 'broken' | 'none';

export interface LiveChannel {
  streamId: number;
  name: string;
  kind: LiveKind;
  /** Primary category id; XC2 sends it as `category_id` unless `categoryMissing`. */
  categoryId: string;
  /** All category ids, primary first (XUI `category_ids`). */
  categoryIds: string[];
  /** XC2 quirk: `category_id: null`. */
  categoryMissing: boolean;
  streamType: 'live' | 'created_live' | 'radio_streams';
  epgChannelId: string | null;
  /** Catch-up days; 0 = no archive. */
  archiveDays: number;
  logo: ImageKind;
  added: number;
  /** XC2 quirk: `custom_sid` `""` or `null`. */
  customSid: string | null;
  isAdult: boolean;
}

/** Which odd rating an XC2 panel sends for a movie (Q10). */
export type RatingQuirk = 'none' | 'empty' | 'n/A';

export interface MovieRecord {
  streamId: number;
  title: string;
  year: number;
  /** XC2 `name`: sometimes the title with its year, sometimes the bare title. */
  xc2Name: string;
  categoryId: string;
  categoryIds: string[];
  categoryMissing: boolean;
  containerExtension: string;
  /** 0..10 with one decimal. */
  rating: number;
  ratingQuirk: RatingQuirk;
  added: number;
  plot: string | null;
  cast: string;
  director: string;
  genre: string;
  country: string;
  age: string;
  releaseDate: string;
  durationSecs: number;
  tmdbId: number;
  youtubeTrailer: string;
  poster: ImageKind;
  backdropCount: number;
  customSid: string | null;
  bitrate: number;
}

/** How `backdrop_path` appears in XC2 answers (Q13). */
export type BackdropShape = 'array' | 'empty-array' | 'empty-string' | 'null';

export interface SeriesRecord {
  seriesId: number;
  index: number;
  title: string;
  year: number;
  categoryId: string;
  categoryIds: string[];
  categoryMissing: boolean;
  plot: string | null;
  cast: string;
  director: string;
  genre: string;
  releaseDate: string;
  lastModified: number;
  /** Whole number 0..10 (panels send it as a string). */
  rating: number;
  backdropShape: BackdropShape;
  backdropCount: number;
  youtubeTrailer: string;
  episodeRunTime: number;
  /** Q16: some panels send `seasons: []` even when there are episodes. */
  seasonsListed: boolean;
  /** Season numbers in order; starting at 0 (specials) gives PHP's list encoding of `episodes` (Q15). */
  seasonNumbers: number[];
  episodeCounts: number[];
  containerExtension: string;
  /** Q14: every n-th episode has `info: []` (0 = never). */
  emptyInfoEvery: number;
  poster: ImageKind;
}

export interface EpisodeRecord {
  id: number;
  seriesId: number;
  season: number;
  episodeNum: number;
  title: string;
  containerExtension: string;
  plot: string;
  durationSecs: number;
  added: number;
  releaseDate: string;
  rating: number;
  emptyInfo: boolean;
}
