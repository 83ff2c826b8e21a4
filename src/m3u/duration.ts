/** The duration that opens an `#EXTINF` line (`#EXTINF:-1 …`, `#EXTINF:245.5,…`, sometimes missing). */
import { skipBlanks } from './text';

const MINUS = 45;
const DOT = 46;
const COLON = 58;

/** Where the duration token ends; `start` is just after `#EXTINF` (the `:` and blanks are skipped). */
export function durationEnd(text: string, start: number, end: number): number {
  let pos = skipBlanks(text, start, end);
  if (pos < end && text.charCodeAt(pos) === COLON) pos = skipBlanks(text, pos + 1, end);
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if (!((code >= 48 && code <= 57) || code === MINUS || code === 43 /* + */ || code === DOT)) break;
    pos++;
  }
  return pos;
}

/** The duration in seconds written just before `tokenEnd`; -1 (live, unknown) when absent or unreadable. */
export function readDuration(text: string, start: number, tokenEnd: number): number {
  let pos = tokenEnd;
  while (pos > start) {
    const code = text.charCodeAt(pos - 1);
    if (!((code >= 48 && code <= 57) || code === MINUS || code === 43 || code === DOT)) break;
    pos--;
  }
  if (pos === tokenEnd) return -1;
  // The usual "-1" needs no conversion.
  if (tokenEnd - pos === 2 && text.charCodeAt(pos) === MINUS && text.charCodeAt(pos + 1) === 49) return -1;
  const value = Number(text.slice(pos, tokenEnd));
  return Number.isFinite(value) ? value : -1;
}
