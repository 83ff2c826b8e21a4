import type { ParseResult, Playlist, PlaylistEntry } from './models';
import { PlaylistParser } from './parser';

/** Options of {@link parsePlaylist}. */
export interface ParsePlaylistOptions {
  /** How many warnings to list before only counting the rest (default 100). */
  maxWarnings?: number;
}

/**
 * Parses a whole M3U/M3U8 playlist. Recoverable problems (missing or damaged header, entries without a URL…) come
 * back as `warnings` with line numbers; throws `PlaylistError` (code `NOT_A_PLAYLIST`) only when the text is not a
 * playlist at all, such as a web page.
 *
 * @example
 * const { value, warnings } = parsePlaylist(text);
 * value.entries.filter((entry) => entry.kind === 'movie');
 */
export function parsePlaylist(text: string, options: ParsePlaylistOptions = {}): ParseResult<Playlist> {
  const entries: PlaylistEntry[] = [];
  const parser = new PlaylistParser({ maxWarnings: options.maxWarnings, onEntry: (entry) => entries.push(entry) });
  parser.push(text);
  parser.end();
  return { value: { header: parser.header, entries }, warnings: parser.warnings.slice() };
}
