/**
 * Stable codes of {@link SourceError}:
 * - `NOT_A_PLAYLIST`: the playlist address answered something else (a web page, JSON, a guide...).
 * - `EMPTY_PLAYLIST`: the playlist was read but has no entries.
 * - `NOT_XMLTV`: a guide address answered something that is not an XMLTV guide.
 * - `NO_GUIDE`: no guide address worked (or the account has none); the catalogue is unaffected.
 */
export type SourceErrorCode = 'NOT_A_PLAYLIST' | 'EMPTY_PLAYLIST' | 'NOT_XMLTV' | 'NO_GUIDE';

const HINTS: Record<SourceErrorCode, string> = {
  NOT_A_PLAYLIST: 'Check the playlist link: it may be mistyped, expired, or point to a login page.',
  EMPTY_PLAYLIST: 'Check the playlist link with your provider: the list it sends is empty.',
  NOT_XMLTV: 'Check the guide link: it should point to an XMLTV file (.xml or .xml.gz).',
  NO_GUIDE: 'Channels still play; programme information appears when the guide can be loaded.',
};

/**
 * A problem with what a source downloaded (as opposed to reaching it, which is a NetworkError or an
 * XtreamError): a stable `code`, a message a viewer can read, a hint, and the cause.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError' as const;
  readonly code: SourceErrorCode;
  readonly hint: string;
  readonly cause?: unknown;

  constructor(code: SourceErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message);
    // Keeps instanceof working when TypeScript compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, SourceError.prototype);
    this.code = code;
    this.hint = options.hint ?? HINTS[code];
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** Whether `error` is a {@link SourceError}; matches on `name` too, so it works across realms. */
export function isSourceError(error: unknown): error is SourceError {
  return (
    error instanceof SourceError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SourceError')
  );
}
