// The app's view of an Xtream account. Times are epoch milliseconds, ids are strings,
// anything the provider did not send (or sent as "", null, [] or "n/A") is undefined.

/** What the provider's server says about itself in the login answer. */
export interface ServerInfo {
  /** Host the panel names (may be internal): never used to build URLs. */
  url?: string;
  port?: number;
  httpsPort?: number;
  protocol?: 'http' | 'https';
  /** IANA name of the panel's timezone; EPG date strings and catch-up starts use it. */
  timezone?: string;
  /** The server's clock when it answered. */
  serverTime?: number;
  /** Server clock minus local clock, when the login answered. */
  clockOffsetMs?: number;
  /** The panel's UTC offset, derived from `time_now` (local) against `timestamp_now` (UTC). */
  utcOffsetMinutes?: number;
  /** XUI.one (or XC_VM) panel rather than Xtream Codes 2. */
  isXui: boolean;
  version?: string;
}

/** The signed-in subscription. */
export interface Account {
  username: string;
  password: string;
  status: 'Active' | 'Expired' | 'Banned' | 'Disabled' | string;
  /** Undefined when the account never expires. */
  expiresAt?: number;
  isTrial: boolean;
  activeConnections?: number;
  maxConnections?: number;
  /** Lower-case stream extensions the account may use, e.g. ['m3u8', 'ts']. */
  allowedOutputFormats: string[];
  createdAt?: number;
  /** The provider's message of the day. */
  message?: string;
  server: ServerInfo;
}

export interface Category {
  id: string;
  name: string;
  parentId?: string;
}

export interface LiveStream {
  id: string;
  /** Position in the provider's list; changes with filters, so not a channel number to keep. */
  num?: number;
  name: string;
  logo?: string;
  categoryId?: string;
  categoryIds: string[];
  /** The XMLTV channel id. */
  epgChannelId?: string;
  type: 'live' | 'radio';
  hasArchive: boolean;
  /** Days of catch-up kept (0 without archive). */
  archiveDays: number;
  isAdult: boolean;
  added?: number;
  /** The provider's upstream URL; only a fallback when the stream URL fails. */
  directSource?: string;
}

export interface Movie {
  id: string;
  num?: number;
  name: string;
  title?: string;
  year?: number;
  poster?: string;
  categoryId?: string;
  categoryIds: string[];
  /** Out of 10. */
  rating?: number;
  /** Out of 5. */
  rating5?: number;
  added?: number;
  containerExtension: string;
  isAdult: boolean;
  plot?: string;
  cast?: string;
  director?: string;
  genre?: string;
  releaseDate?: string;
  trailer?: string;
  runtimeMinutes?: number;
  directSource?: string;
}

export interface Series {
  id: string;
  num?: number;
  name: string;
  title?: string;
  year?: number;
  cover?: string;
  categoryId?: string;
  categoryIds: string[];
  plot?: string;
  cast?: string;
  director?: string;
  genre?: string;
  releaseDate?: string;
  rating?: number;
  rating5?: number;
  backdrops: string[];
  lastModified?: number;
  trailer?: string;
  episodeRunMinutes?: number;
}

export interface MovieDetails {
  id: string;
  name: string;
  title?: string;
  originalName?: string;
  year?: number;
  poster?: string;
  backdrops: string[];
  plot?: string;
  cast?: string;
  director?: string;
  genre?: string;
  country?: string;
  releaseDate?: string;
  rating?: number;
  ageRating?: string;
  durationSecs?: number;
  trailer?: string;
  tmdbId?: string;
  containerExtension: string;
  categoryId?: string;
  categoryIds: string[];
  added?: number;
  directSource?: string;
  /** Subtitle languages or titles the panel lists. */
  subtitles: string[];
}

export interface Season {
  number: number;
  name?: string;
  episodeCount: number;
  cover?: string;
  overview?: string;
  airDate?: string;
  rating?: number;
}

export interface Episode {
  /** Stream id of the episode (not the series id): used in the /series/ URL. */
  id: string;
  season: number;
  /** As the panel numbers it (XC2: a running counter in panel order). */
  episodeNum: number;
  title: string;
  containerExtension: string;
  plot?: string;
  durationSecs?: number;
  image?: string;
  added?: number;
  rating?: number;
  releaseDate?: string;
  directSource?: string;
}

export interface SeriesDetails {
  info: Series;
  /** Every season that has episodes or that the panel lists, by number. */
  seasons: Season[];
  /** Flat, ordered by season then episode number. */
  episodes: Episode[];
}

export interface EpgEntry {
  id?: string;
  title: string;
  description?: string;
  start: number;
  end: number;
  channelId?: string;
  lang?: string;
  hasArchive?: boolean;
  nowPlaying?: boolean;
}
