/** What a response that is not a playlist turned out to be. */
export type NotAPlaylistKind = 'html' | 'xml' | 'json' | 'binary' | 'text';

/** Stable codes of {@link PlaylistError}; only `NOT_A_PLAYLIST` for now (everything else is a warning). */
export type PlaylistErrorCode = 'NOT_A_PLAYLIST';

const MESSAGES: Record<NotAPlaylistKind, string> = {
  html: 'The server answered a web page, not a playlist.',
  xml: 'The server answered an XML document (perhaps a TV guide), not a playlist.',
  json: 'The server answered JSON data, not a playlist.',
  binary: 'The server answered binary data (perhaps a compressed file), not a playlist.',
  text: 'The server answered text that is not a playlist.',
};

const HINT = 'Check the playlist link: it may be mistyped, expired, or point to a login page.';

/**
 * Thrown only when the input is not a playlist at all; recoverable problems are warnings instead.
 * `found` says what the input looked like; `excerpt` is the start of it, for a log.
 */
export class PlaylistError extends Error {
  override readonly name = 'PlaylistError' as const;
  readonly code: PlaylistErrorCode;
  readonly found: NotAPlaylistKind;
  readonly hint: string;
  readonly excerpt: string;

  constructor(found: NotAPlaylistKind, excerpt: string) {
    super(MESSAGES[found]);
    // Keeps instanceof working when TypeScript compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, PlaylistError.prototype);
    this.code = 'NOT_A_PLAYLIST';
    this.found = found;
    this.hint = HINT;
    this.excerpt = excerpt;
  }
}

/** Whether `error` is a {@link PlaylistError}; matches on `name` too, so it works across realms. */
export function isPlaylistError(error: unknown): error is PlaylistError {
  return (
    error instanceof PlaylistError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PlaylistError')
  );
}
