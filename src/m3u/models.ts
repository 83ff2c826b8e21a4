/**
 * What the M3U parser produces. Missing values are `undefined`, never `""`; `attributes` keeps every attribute
 * exactly as written (including empty ones) for callers that need something the typed fields leave out.
 */

/** The `#EXTM3U` line: guide URLs and playlist-wide defaults. */
export interface PlaylistHeader {
  /** Every XMLTV URL from `url-tvg`, `x-tvg-url` and `tvg-url`, split on commas, in order, without repeats. */
  tvgUrls: string[];
  /** `tvg-shift`: hours to add to guide times; the default for entries without their own. */
  tvgShiftHours?: number;
  /** `catchup`: the default catch-up mode of every entry (`default`, `append`, `shift`, `flussonic`, `xc`…). */
  catchup?: string;
  /** `catchup-days`: the default archive depth in days. */
  catchupDays?: number;
  /** `catchup-source`: the default URL template for catch-up (`{utc}`, `{start}`, `{duration}`… placeholders). */
  catchupSource?: string;
  /** Every header attribute as written. */
  attributes: Readonly<Record<string, string>>;
}

/** Catch-up as the playlist describes it; building the archive URL is the player's job. */
export interface PlaylistCatchup {
  mode: string;
  days?: number;
  source?: string;
}

/** What kind of content an entry is; `movie` and `episode` are only recognised from Xtream URLs. */
export type PlaylistEntryKind = 'live' | 'movie' | 'episode';

/** The parts of an Xtream Codes stream URL (`/live/U/P/ID.ext`, `/U/P/ID`, `/movie/…`, `/series/…`). */
export interface XtreamStreamRef {
  kind: PlaylistEntryKind;
  /** As written in the URL (percent-encoding kept), so URLs built from it match the provider's. */
  username: string;
  password: string;
  /** The stream id (for an episode, the episode id); digits. */
  streamId: string;
  /** `ts`, `m3u8`, `mkv`…; `undefined` for the short live form without one. */
  extension?: string;
}

/** One playable item of the playlist. */
export interface PlaylistEntry {
  /** The display name: the text after the attributes, else `tvg-name`, else one derived from the URL. */
  name: string;
  url: string;
  kind: PlaylistEntryKind;
  tvgId?: string;
  tvgName?: string;
  logo?: string;
  /** `group-title`, else `#EXTGRP`. */
  group?: string;
  /** `tvg-chno`. */
  channelNumber?: number;
  /** The `#EXTINF` duration in seconds; -1 for live streams and when absent. */
  duration: number;
  /** The entry's `catchup*` attributes, completed by the header's defaults. */
  catchup?: PlaylistCatchup;
  /** `tvg-shift`, else the header's. */
  tvgShiftHours?: number;
  /** From `#EXTVLCOPT:http-user-agent` (or a `user-agent` attribute). */
  userAgent?: string;
  /** From `#EXTVLCOPT:http-referrer` / `http-referer` (or such an attribute). */
  referrer?: string;
  /** `#KODIPROP:key=value` lines (inputstream, DRM licence…). Shared and frozen when there are none. */
  kodiProps: Readonly<Record<string, string>>;
  /** Every `#EXTINF` attribute as written. Shared and frozen when there are none. */
  attributes: Readonly<Record<string, string>>;
  /** Present when the URL is an Xtream Codes stream URL. */
  xtream?: XtreamStreamRef;
  /** 1-based line of the entry's `#EXTINF` (or of its URL when it had none). */
  line: number;
}

/** Stable codes of {@link PlaylistWarning}. */
export type PlaylistWarningCode =
  | 'MISSING_HEADER'
  | 'DAMAGED_HEADER'
  | 'ENTRY_WITHOUT_URL'
  | 'URL_WITHOUT_EXTINF'
  | 'UNTERMINATED_QUOTE'
  | 'EMPTY_PLAYLIST'
  | 'MORE_WARNINGS';

/** Something the parser recovered from or skipped. */
export interface PlaylistWarning {
  code: PlaylistWarningCode;
  /** 1-based line the warning is about. */
  line: number;
  message: string;
}

/** A parsed playlist. */
export interface Playlist {
  header: PlaylistHeader;
  entries: PlaylistEntry[];
}

/** A result that may carry warnings about recovered problems. */
export interface ParseResult<T> {
  value: T;
  warnings: PlaylistWarning[];
}
