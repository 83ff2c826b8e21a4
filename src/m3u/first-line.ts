/**
 * Decides what the first non-blank line says about the input: a playlist header, a damaged one, a playlist
 * without one, or something that is not a playlist at all (then it throws {@link PlaylistError}).
 */
import { PlaylistError, type NotAPlaylistKind } from './errors';
import { equalsAt, equalsAtIgnoringCase } from './text';

export type FirstLineKind = 'header' | 'damaged-header' | 'no-header';

const SPACE = 32;
const HASH = 35;
const EXCERPT_LENGTH = 120;

/** Classifies the trimmed first line `[start, end)`; throws when the input is not a playlist. */
export function classifyFirstLine(text: string, start: number, end: number): FirstLineKind {
  const notAPlaylist = findNotAPlaylist(text, start, end);
  if (notAPlaylist !== undefined) {
    throw new PlaylistError(notAPlaylist, text.slice(start, Math.min(end, start + EXCERPT_LENGTH)));
  }
  if (equalsAt(text, start, '#EXTM3U') && (start + 7 === end || text.charCodeAt(start + 7) <= SPACE)) return 'header';
  if (headerTokenAt(text, start, end) !== -1) return 'damaged-header';
  if (text.charCodeAt(start) === HASH || looksLikeLocation(text.slice(start, end))) return 'no-header';
  throw new PlaylistError('text', text.slice(start, Math.min(end, start + EXCERPT_LENGTH)));
}

/**
 * Where the attributes of a header-like line start, or -1 when the line is not one. Accepts damaged tokens
 * (`#extm3u`, `EXTM3U`, `# EXTM3U`, `#EXTM3`, `#EXTM3Ux-tvg-url=…`); not `#EXTINF`.
 */
export function headerTokenAt(text: string, start: number, end: number): number {
  let pos = start;
  while (pos < end && (text.charCodeAt(pos) === HASH || text.charCodeAt(pos) <= SPACE)) pos++;
  if (!equalsAtIgnoringCase(text, pos, 'extm')) return -1;
  pos += 4;
  if (equalsAtIgnoringCase(text, pos, '3u')) pos += 2;
  else if (equalsAtIgnoringCase(text, pos, '3')) pos += 1;
  if (pos < end && text.charCodeAt(pos) === 58 /* : */) pos++;
  return Math.min(pos, end);
}

function findNotAPlaylist(text: string, start: number, end: number): NotAPlaylistKind | undefined {
  const first = text.charCodeAt(start);
  if (first === 60 /* < */) {
    const opening = text.slice(start, Math.min(end, start + 300)).toLowerCase();
    if (opening.indexOf('html') !== -1) return 'html';
    return opening.startsWith('<?xml') || opening.startsWith('<tv') || opening.startsWith('<!doctype tv')
      ? 'xml'
      : 'html';
  }
  if (first === 123 /* { */) return 'json';
  if (first === 91 /* [ */) {
    let pos = start + 1;
    while (pos < end && text.charCodeAt(pos) <= SPACE) pos++;
    const next = pos < end ? text.charCodeAt(pos) : 93;
    // "[" then "{", '"', "]" or a digit is JSON; "[playlist]" (a PLS file) is text.
    if (next === 123 || next === 34 || next === 93 || (next >= 48 && next <= 57)) return 'json';
  }
  return undefined;
}

/**
 * Whether the first line `[start, end)`, before any trimming, looks like binary data: control characters or
 * U+FFFD (bytes that were not text) mean a compressed or binary body.
 */
export function looksBinary(text: string, start: number, end: number): boolean {
  const probeEnd = Math.min(end, start + 64);
  for (let pos = start; pos < probeEnd; pos++) {
    const code = text.charCodeAt(pos);
    if ((code < SPACE && code !== 9 && code !== 13) || (code >= 0x80 && code <= 0x9f) || code === 0xfffd) return true;
  }
  return false;
}

/** Whether a line without a header could be an entry's location (a URL or a file path), not prose. */
function looksLikeLocation(line: string): boolean {
  if (line.indexOf('://') !== -1) return true;
  if (/^([A-Za-z]:)?[\\/]/.test(line)) return true;
  return !/\s/.test(line) && /[./]/.test(line);
}
