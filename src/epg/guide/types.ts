/** What the guide index answers with. Times are milliseconds since the Unix epoch, offsets already applied. */

/** A programme read back from the index. */
export interface GuideProgramme {
  /** The guide's channel id. */
  channelId: string;
  start: number;
  stop: number;
  title: string;
  subTitle: string | undefined;
  description: string | undefined;
  categories: readonly string[];
  icon: string | undefined;
  season: number | undefined;
  episode: number | undefined;
  /** The episode as the guide shows it (`S02E05`), when it says. */
  onscreen: string | undefined;
}

/** A channel of the index. */
export interface GuideChannel {
  id: string;
  /** The display name the parser chose (preferred language), else the first one. */
  name: string | undefined;
  displayNames: readonly string[];
  icon: string | undefined;
  programmeCount: number;
}

/** The programme on air and the one after it, for one channel. */
export interface NowAndNext {
  channelId: string;
  now: GuideProgramme | undefined;
  next: GuideProgramme | undefined;
}

/**
 * How a playlist entry names its channel: an Xtream stream's `epg_channel_id`, an M3U `tvg-id`, and its display
 * name. Ids are tried first, then the name.
 */
export interface ChannelRef {
  epgChannelId?: string;
  tvgId?: string;
  name?: string;
}

/** Which programmes the index keeps, relative to `now`. */
export interface GuideWindowOptions {
  /** The moment the window is centred on (default `Date.now()` when the builder is created). */
  now?: number;
  /** Days kept before `now`, for catch-up (default 3). */
  daysBack?: number;
  /** Days kept after `now` (default 7). */
  daysAhead?: number;
}

/** What building the index dropped or noticed. */
export interface GuideBuildReport {
  channels: number;
  programmes: number;
  /** Programmes entirely outside the window (not stored). */
  outsideWindow: number;
  /** Programmes with the same channel, start and title as one already kept (not stored). */
  duplicatesDropped: number;
  /** Zero-length programmes (stop equal to start), which some guides emit as markers (not stored). */
  emptyDropped: number;
  /** Programmes starting before the previous one on their channel ends (stored). */
  overlapping: number;
}
