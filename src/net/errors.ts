/**
 * What went wrong below the application: the kinds a caller can act on.
 *
 * - `DNS_FAILURE`: the host name could not be resolved.
 * - `CONNECTION_REFUSED`: nothing listens on that host and port.
 * - `TIMEOUT`: no (complete) answer within the time limit.
 * - `TLS_FAILURE`: the secure connection could not be set up (bad certificate, https to an http port...).
 * - `HTTP_STATUS`: the server answered with a non-2xx status (`status` is set).
 * - `NOT_JSON`: the body is empty or not JSON (`bodySnippet` is set).
 * - `ABORTED`: the caller aborted the request through its AbortSignal.
 * - `NETWORK`: any other network failure (browsers only say "Failed to fetch").
 */
export type NetworkErrorKind =
  'DNS_FAILURE' | 'CONNECTION_REFUSED' | 'TIMEOUT' | 'TLS_FAILURE' | 'HTTP_STATUS' | 'NOT_JSON' | 'ABORTED' | 'NETWORK';

/** Details a {@link NetworkError} can carry besides its kind. */
export interface NetworkErrorDetails {
  status?: number;
  bodySnippet?: string;
  cause?: unknown;
}

/** The one error type `src/net/` throws: a typed low-level failure of one request. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError' as const;
  readonly kind: NetworkErrorKind;
  /** The URL as the caller asked for it (before any rewriting). */
  readonly url: string;
  /** The HTTP status, for `HTTP_STATUS` (and `NOT_JSON` when known). */
  readonly status?: number;
  /** The first ~200 characters of a body that was not what we expected. */
  readonly bodySnippet?: string;
  readonly cause?: unknown;

  constructor(kind: NetworkErrorKind, url: string, message: string, details: NetworkErrorDetails = {}) {
    super(message);
    // Keeps instanceof working when TypeScript compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, NetworkError.prototype);
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.bodySnippet !== undefined) this.bodySnippet = details.bodySnippet;
    if (details.cause !== undefined) this.cause = details.cause;
  }
}

/**
 * Whether `error` is a {@link NetworkError}. Matches on `name` too, so it also holds for errors
 * that crossed a realm or a bundle boundary.
 *
 * @example
 * ```ts
 * try { await http.getJson(url); } catch (e) { if (isNetworkError(e) && e.kind === 'TIMEOUT') retryLater(); }
 * ```
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return (
    error instanceof NetworkError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'NetworkError' &&
      typeof (error as { kind?: unknown }).kind === 'string')
  );
}

/** The first `max` characters of a body, for error messages and reports. */
export function snippetOf(body: string, max = 200): string {
  return body.length > max ? body.slice(0, max) : body;
}
