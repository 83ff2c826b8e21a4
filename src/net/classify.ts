import { NetworkError, isNetworkError, type NetworkErrorKind } from './errors';

// Node (undici) reports a failed fetch as TypeError('fetch failed') whose cause (or cause.cause,
// or an AggregateError's errors) carries a system or OpenSSL error code.
const DNS_CODES = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'];
const REFUSED_CODES = ['ECONNREFUSED'];
const TIMEOUT_CODES = [
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
];
const TLS_CODES = [
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
  'EPROTO',
];
const TLS_CODE_PREFIXES = ['ERR_SSL_', 'ERR_TLS_', 'ERR_OSSL_', 'CERT_'];
const TLS_MESSAGE = /wrong version number|ssl|tls|certificate|handshake/i;
// Failures worth one more try: the network hiccuped, not the server said no.
const TRANSIENT_CODES = ['EAI_AGAIN', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ENETUNREACH', 'EHOSTUNREACH'];

interface Clues {
  codes: string[];
  messages: string[];
}

/** Walks `cause` chains and AggregateError lists (bounded) and gathers every code and message. */
function gatherClues(error: unknown): Clues {
  const clues: Clues = { codes: [], messages: [] };
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 12; seen++) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null) continue;
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string') clues.codes.push(code);
    if (typeof message === 'string') clues.messages.push(message);
    if (cause !== undefined) pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return clues;
}

function hasCode(clues: Clues, codes: string[]): boolean {
  return clues.codes.some((code) => codes.indexOf(code) !== -1);
}

function looksLikeTls(clues: Clues): boolean {
  if (hasCode(clues, TLS_CODES)) return true;
  if (clues.codes.some((code) => TLS_CODE_PREFIXES.some((prefix) => code.indexOf(prefix) === 0))) return true;
  // The outer TypeError says only "fetch failed"; OpenSSL's reason is in an inner message.
  return clues.messages.slice(1).some((message) => TLS_MESSAGE.test(message));
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
  return match ? match[1].replace(/^[^@]*@/, '') : url;
}

/** Which kind of low-level failure `error` is, judged from its name, codes and messages. */
export function kindOfFailure(error: unknown): NetworkErrorKind {
  if (isNetworkError(error)) return error.kind;
  const name = nameOf(error);
  if (name === 'TimeoutError') return 'TIMEOUT';
  if (name === 'AbortError') return 'ABORTED';
  const clues = gatherClues(error);
  if (hasCode(clues, DNS_CODES)) return 'DNS_FAILURE';
  if (hasCode(clues, REFUSED_CODES)) return 'CONNECTION_REFUSED';
  if (hasCode(clues, TIMEOUT_CODES)) return 'TIMEOUT';
  if (looksLikeTls(clues)) return 'TLS_FAILURE';
  // Browsers give an opaque TypeError ("Failed to fetch", "Load failed", "NetworkError when...").
  return 'NETWORK';
}

const DESCRIPTIONS: Record<NetworkErrorKind, (host: string) => string> = {
  DNS_FAILURE: (host) => `The name of the server ${host} could not be resolved.`,
  CONNECTION_REFUSED: (host) => `The server ${host} refused the connection.`,
  TIMEOUT: (host) => `The server ${host} did not answer in time.`,
  TLS_FAILURE: (host) => `A secure connection to ${host} could not be set up.`,
  HTTP_STATUS: (host) => `The server ${host} answered with an error status.`,
  NOT_JSON: (host) => `The server ${host} did not answer with JSON.`,
  ABORTED: (host) => `The request to ${host} was cancelled.`,
  NETWORK: (host) => `The server ${host} could not be reached.`,
};

/**
 * Turns whatever a failed fetch threw into a {@link NetworkError}.
 * `timedOut` says that our own timer aborted the request, so an AbortError means TIMEOUT.
 */
export function classifyFailure(error: unknown, url: string, timedOut = false): NetworkError {
  if (isNetworkError(error)) return error;
  let kind = kindOfFailure(error);
  if (kind === 'ABORTED' && timedOut) kind = 'TIMEOUT';
  return new NetworkError(kind, url, DESCRIPTIONS[kind](hostOf(url)), { cause: error });
}

/** A NetworkError for an answer with a non-2xx status. */
export function httpStatusError(url: string, status: number, bodySnippet: string): NetworkError {
  return new NetworkError('HTTP_STATUS', url, `The server ${hostOf(url)} answered with HTTP ${status}.`, {
    status,
    bodySnippet,
  });
}

/**
 * The browser emulator's CORS proxy answers 502 with the upstream's low-level error code in `X-Proxy-Error`
 * (ECONNREFUSED, ENOTFOUND, EPROTO…); turn that back into the failure the app would have seen without the proxy.
 */
export function proxiedFailure(url: string, code: string, message: string): NetworkError {
  const upstream = Object.assign(new Error(message), { code });
  return classifyFailure(
    Object.assign(new TypeError('fetch failed through the emulator proxy'), { cause: upstream }),
    url,
  );
}

/** A NetworkError for a 2xx body that is empty or not JSON. */
export function notJsonError(url: string, status: number, bodySnippet: string, cause?: unknown): NetworkError {
  const what = bodySnippet.trim() === '' ? 'an empty answer' : 'an answer that is not JSON';
  return new NetworkError('NOT_JSON', url, `The server ${hostOf(url)} sent ${what}.`, {
    status,
    bodySnippet,
    cause,
  });
}

/**
 * Whether a failure is worth retrying: a dropped connection, a temporary DNS failure or an
 * opaque browser network error. A refused connection, an unknown host, a TLS failure, a
 * timeout or an abort would only fail again (and slowly), so they are not retried.
 */
export function isTransientFailure(error: unknown): boolean {
  const kind = kindOfFailure(error);
  if (kind === 'NETWORK') return true;
  return kind === 'DNS_FAILURE' && hasCode(gatherClues(error), TRANSIENT_CODES);
}
