/**
 * Recognises Xtream Codes stream URLs, as panels write them in `get.php` playlists:
 * `{server}/live/U/P/ID.ext`, the short live form `{server}/U/P/ID[.ext]`, `{server}/movie/U/P/ID.ext` and
 * `{server}/series/U/P/ID.ext` (ID is digits). Any other URL is not an Xtream one. The URL is read backwards, in
 * place in the line it came from, with no regular expression: this runs once per entry of a 200,000-entry playlist.
 */
import type { PlaylistEntryKind, XtreamStreamRef } from './models';

const SLASH = 47;
const DOT = 46;

/** Reads stream URLs; keeps the last username, password and extension so a whole playlist shares one copy of each. */
export class XtreamUrlReader {
  private username = '';
  private password = '';
  private extension = '';

  /**
   * The Xtream parts of `url`, or `undefined` when it is not an Xtream stream URL. `url` is `[start, end)` of
   * `text`, which is read in place.
   */
  read(url: string, text: string, start: number, end: number): XtreamStreamRef | undefined {
    const scheme = url.indexOf('://');
    if (scheme === -1) return undefined;
    const slash = url.indexOf('/', scheme + 3);
    if (slash === -1) return undefined;
    const pathStart = start + slash;
    const ref = this.readPath(text, pathStart, end);
    if (ref !== undefined) return ref;
    // Most URLs have no query or fragment, so their path is only looked for when the whole URL did not fit.
    const pathEnd = pathEndOf(url, start, end);
    return pathEnd === end ? undefined : this.readPath(text, pathStart, pathEnd);
  }

  /** Reads the path `[pathStart, pathEnd)` backwards: "…/ID.ext" or "…/ID", then password, username, type. */
  private readPath(text: string, pathStart: number, pathEnd: number): XtreamStreamRef | undefined {
    const start = pathStart;
    let pos = pathEnd - 1;
    while (pos >= start && isAlphanumeric(text.charCodeAt(pos))) pos--;
    if (pos < start) return undefined;
    let idEnd = pathEnd;
    let extensionStart = -1;
    if (text.charCodeAt(pos) === DOT) {
      if (pos + 1 === pathEnd) return undefined;
      extensionStart = pos + 1;
      idEnd = pos;
      pos--;
      while (pos >= start && isDigit(text.charCodeAt(pos))) pos--;
    } else {
      for (let i = pos + 1; i < pathEnd; i++) if (!isDigit(text.charCodeAt(i))) return undefined;
    }
    const idSlash = pos;
    if (idSlash < start || text.charCodeAt(idSlash) !== SLASH || idSlash + 1 === idEnd) return undefined;

    const passwordSlash = previousSlash(text, start, idSlash);
    if (passwordSlash === -1 || passwordSlash + 1 === idSlash) return undefined;
    const userSlash = previousSlash(text, start, passwordSlash);
    if (userSlash === -1 || userSlash + 1 === passwordSlash) return undefined;

    let kind: PlaylistEntryKind;
    if (userSlash === pathStart) {
      // Short live form; "/live/{token}/{id}" (a token, not credentials) is left out.
      if (kindOfSegment(text, userSlash + 1, passwordSlash) !== undefined) return undefined;
      kind = 'live';
    } else {
      const typeSlash = previousSlash(text, pathStart, userSlash);
      if (typeSlash !== pathStart) return undefined;
      const segmentKind = kindOfSegment(text, typeSlash + 1, userSlash);
      if (segmentKind === undefined) return undefined;
      kind = segmentKind;
    }

    return {
      kind,
      username: (this.username = shared(this.username, text, userSlash + 1, passwordSlash)),
      password: (this.password = shared(this.password, text, passwordSlash + 1, idSlash)),
      streamId: text.slice(idSlash + 1, idEnd),
      extension:
        extensionStart === -1 ? undefined : (this.extension = shared(this.extension, text, extensionStart, pathEnd)),
    };
  }
}

/** Where the path of `url` (at `start` in the text) ends: at its query or fragment, else at `end`. */
function pathEndOf(url: string, start: number, end: number): number {
  let pathEnd = end;
  const query = url.indexOf('?');
  if (query !== -1) pathEnd = start + query;
  const fragment = url.indexOf('#');
  if (fragment !== -1 && start + fragment < pathEnd) pathEnd = start + fragment;
  return pathEnd;
}

/** `previous` when `[start, end)` of `text` spells it (so a whole playlist shares one copy), else a new copy. */
function shared(previous: string, text: string, start: number, end: number): string {
  if (end - start === previous.length) {
    let same = true;
    for (let i = 0; i < previous.length; i++) {
      if (text.charCodeAt(start + i) !== previous.charCodeAt(i)) {
        same = false;
        break;
      }
    }
    if (same) return previous;
  }
  return text.slice(start, end);
}

/** The slash before position `before`, or -1 when there is none from `start` on. */
function previousSlash(text: string, start: number, before: number): number {
  for (let i = before - 1; i >= start; i--) if (text.charCodeAt(i) === SLASH) return i;
  return -1;
}

function kindOfSegment(text: string, start: number, end: number): PlaylistEntryKind | undefined {
  if (spells(text, start, end, 'live')) return 'live';
  if (spells(text, start, end, 'movie')) return 'movie';
  if (spells(text, start, end, 'series')) return 'episode';
  return undefined;
}

function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
