/** M3U / M3U8 playlist parsing: `parsePlaylist` for a whole text, `PlaylistParser` for text arriving in chunks. */
export { parsePlaylist, type ParsePlaylistOptions } from './parse-playlist';
export { PlaylistParser, type PlaylistParserOptions } from './parser';
export { PlaylistError, isPlaylistError, type NotAPlaylistKind, type PlaylistErrorCode } from './errors';
export type {
  ParseResult,
  Playlist,
  PlaylistCatchup,
  PlaylistEntry,
  PlaylistEntryKind,
  PlaylistHeader,
  PlaylistWarning,
  PlaylistWarningCode,
  XtreamStreamRef,
} from './models';
