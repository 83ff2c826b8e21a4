/**
 * Stable codes of {@link XtreamError}, each with what it carries in `details`:
 * - `INVALID_INPUT`: what the user typed cannot be a server or account (`field`, `problems`).
 * - `AUTH_FAILED`: username or password rejected, or (XUI 404) a wrong URL (`status` when from HTTP).
 * - `ACCOUNT_EXPIRED`: the subscription ended (`expiresAt`, epoch ms, when known).
 * - `ACCOUNT_BANNED`, `ACCOUNT_DISABLED`: the provider switched the account off.
 * - `TOO_MANY_CONNECTIONS`: refused because every connection is in use (`status`, `active`, `max`).
 * - `SERVER_UNREACHABLE`: the server name is unknown or the network is down.
 * - `CONNECTION_REFUSED`: nothing answers on that port.
 * - `TIMEOUT`: the server did not answer in time.
 * - `TLS_ERROR`: the https connection failed.
 * - `HTTP_ERROR`: any other HTTP status (`status`).
 * - `BAD_RESPONSE`: an answer we cannot use: HTML, empty, broken JSON, wrong shape;
 *   `notFound: true` when the movie or series no longer exists.
 */
export type XtreamErrorCode =
  | 'INVALID_INPUT'
  | 'AUTH_FAILED'
  | 'ACCOUNT_EXPIRED'
  | 'ACCOUNT_BANNED'
  | 'ACCOUNT_DISABLED'
  | 'TOO_MANY_CONNECTIONS'
  | 'SERVER_UNREACHABLE'
  | 'CONNECTION_REFUSED'
  | 'TIMEOUT'
  | 'TLS_ERROR'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE';

/** What to do about each code, used when a more specific hint is not given. */
export const DEFAULT_HINTS: Record<XtreamErrorCode, string> = {
  INVALID_INPUT: 'Check the server address, username and password your provider sent you.',
  AUTH_FAILED: 'Check the username and password (they are case-sensitive) and the server address.',
  ACCOUNT_EXPIRED: 'Renew your subscription with your provider, then sign in again.',
  ACCOUNT_BANNED: 'Contact your provider: they have blocked this account.',
  ACCOUNT_DISABLED: 'Contact your provider to enable this account.',
  TOO_MANY_CONNECTIONS: 'Stop watching on another device, or wait a minute, then try again.',
  SERVER_UNREACHABLE: 'Check the server address for typos and check that the TV is connected to the internet.',
  CONNECTION_REFUSED: 'Check the port number in the server address (for example :8080).',
  TIMEOUT: 'Try again in a moment. If it keeps happening, the server may be down or overloaded.',
  TLS_ERROR: 'Try the server address with http:// instead of https://.',
  HTTP_ERROR: 'Try again later. If it keeps happening, contact your provider.',
  BAD_RESPONSE: 'Check the server address: it may not be an Xtream Codes server, or the server has a problem.',
};

/** Extra fields of an {@link XtreamError}. */
export interface XtreamErrorOptions {
  hint?: string;
  cause?: unknown;
  details?: Record<string, unknown>;
}

/**
 * The error every Xtream operation throws (except a caller's own abort, which stays a
 * NetworkError of kind `ABORTED`). `message` is one short sentence a viewer can read;
 * `hint` says what to do about it.
 */
export class XtreamError extends Error {
  override readonly name = 'XtreamError' as const;
  readonly code: XtreamErrorCode;
  readonly hint: string;
  readonly cause?: unknown;
  readonly details?: Record<string, unknown>;

  constructor(code: XtreamErrorCode, message: string, options: XtreamErrorOptions = {}) {
    super(message);
    // Keeps instanceof working when TypeScript compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, XtreamError.prototype);
    this.code = code;
    this.hint = options.hint ?? DEFAULT_HINTS[code];
    if (options.cause !== undefined) this.cause = options.cause;
    if (options.details !== undefined) this.details = options.details;
  }
}

/** Whether `error` is an {@link XtreamError}; matches on `name` too, so it works across realms. */
export function isXtreamError(error: unknown): error is XtreamError {
  return (
    error instanceof XtreamError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'XtreamError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}
