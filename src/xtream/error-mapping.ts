import type { NetworkError } from '../net/errors';
import { XtreamError } from './errors';
import type { Account } from './models';

/** Where a failure happened: the login call, or an action once signed in. */
export type CallPhase = 'login' | 'action';

/** A date as YYYY-MM-DD (UTC): unambiguous in every language. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The error for an account whose status is not Active (or whose end date has passed). */
export function accountStatusError(status: string, expiresAt?: number): XtreamError {
  const details = { status, expiresAt };
  switch (status.toLowerCase()) {
    case 'expired':
      return new XtreamError(
        'ACCOUNT_EXPIRED',
        expiresAt === undefined
          ? 'Your subscription has expired.'
          : `Your subscription expired on ${formatDate(expiresAt)}.`,
        { details },
      );
    case 'banned':
      return new XtreamError('ACCOUNT_BANNED', 'Your provider has banned this account.', { details });
    default:
      return new XtreamError(
        'ACCOUNT_DISABLED',
        status.toLowerCase() === 'disabled'
          ? 'This account is disabled.'
          : `This account cannot be used (status: ${status || 'unknown'}).`,
        { details },
      );
  }
}

/**
 * Why a signed-in account cannot watch, or undefined when it can. An "Active" account whose
 * end date is already past by the server's own clock counts as expired (some emulators never
 * change the status).
 */
export function accountRejection(account: Account): XtreamError | undefined {
  if (account.status.toLowerCase() !== 'active') return accountStatusError(account.status, account.expiresAt);
  const now = account.server.serverTime;
  if (account.expiresAt !== undefined && now !== undefined && account.expiresAt <= now) {
    return accountStatusError('Expired', account.expiresAt);
  }
  return undefined;
}

/** The error for credentials the panel rejected with `auth: 0` (XC2) or a 401/403/404 answer. */
export function authFailedError(status?: number, cause?: unknown): XtreamError {
  if (status === 404) {
    // XUI answers wrong credentials (and expired lines) with a 404 page; so does a wrong base URL.
    return new XtreamError('AUTH_FAILED', 'The server did not accept this address or these credentials.', {
      hint: 'Check the server address exactly as your provider sent it (with the port), then the username and password.',
      details: { status },
      cause,
    });
  }
  return new XtreamError('AUTH_FAILED', 'The username or password was not accepted.', {
    details: status === undefined ? undefined : { status },
    cause,
  });
}

/** Whether `status` refuses a request because every connection of the account is in use. */
function isConnectionLimitRefusal(status: number, account: Account | undefined): boolean {
  if (status === 458 || status === 509) return true;
  return (status === 403 || status === 429) && atLimit(account);
}

function atLimit(account: Account | undefined): account is Account & { maxConnections: number } {
  return (
    account !== undefined &&
    account.maxConnections !== undefined &&
    account.maxConnections > 0 &&
    (account.activeConnections ?? 0) >= account.maxConnections
  );
}

function tooManyConnections(status: number, account: Account | undefined): XtreamError {
  const active = account?.activeConnections;
  const max = account?.maxConnections;
  const counts = active !== undefined && max !== undefined ? ` (${active} of ${max} in use)` : '';
  return new XtreamError('TOO_MANY_CONNECTIONS', `Too many devices are watching on this account${counts}.`, {
    details: { status, active, max },
  });
}

const STREAM_REFUSALS: Record<number, string> = {
  401: 'The provider refused this stream for your connection or location.',
  403: 'The provider refused this stream.',
  404: 'This stream is not available right now.',
  405: 'Your account is not allowed to use this stream format.',
  406: 'This channel is not part of your subscription.',
};

/**
 * What a refused stream URL (or API call) means. 458 and 509 come from proxies in front of
 * panels that count connections; 403 and 429 mean the same when the last known account is at
 * its connection limit (XC2 answers 403 to the older of two HLS sessions).
 */
export function classifyStreamRefusal(status: number, account?: Account): XtreamError {
  if (isConnectionLimitRefusal(status, account)) return tooManyConnections(status, account);
  const message = STREAM_REFUSALS[status] ?? `The provider refused this stream (HTTP ${status}).`;
  return new XtreamError('HTTP_ERROR', message, { details: { status } });
}

function badResponse(error: NetworkError): XtreamError {
  const empty = (error.bodySnippet ?? '').trim() === '';
  return new XtreamError(
    'BAD_RESPONSE',
    empty ? 'The server sent an empty answer.' : 'The server sent an answer the app cannot read.',
    { cause: error, details: { status: error.status, bodySnippet: error.bodySnippet } },
  );
}

function httpStatus(error: NetworkError, phase: CallPhase, account: Account | undefined): XtreamError {
  const status = error.status ?? 0;
  if (isConnectionLimitRefusal(status, account)) return tooManyConnections(status, account);
  if (status === 401 || status === 403 || status === 404) return authFailedError(status, error);
  const message =
    status >= 500 ? `The server has a problem (HTTP ${status}).` : `The server refused the request (HTTP ${status}).`;
  return new XtreamError('HTTP_ERROR', message, {
    cause: error,
    details: { status, phase, bodySnippet: error.bodySnippet },
  });
}

/**
 * Maps a NetworkError to the XtreamError a viewer sees. `ABORTED` is not mapped: the caller
 * cancelled on purpose, so the NetworkError is rethrown as is.
 */
export function errorFromNetwork(error: NetworkError, phase: CallPhase, account?: Account): XtreamError | NetworkError {
  switch (error.kind) {
    case 'ABORTED':
      return error;
    case 'DNS_FAILURE':
      return new XtreamError('SERVER_UNREACHABLE', 'The server address could not be found.', { cause: error });
    case 'NETWORK':
      return new XtreamError('SERVER_UNREACHABLE', 'The server could not be reached.', { cause: error });
    case 'CONNECTION_REFUSED':
      return new XtreamError('CONNECTION_REFUSED', 'The server refused the connection.', { cause: error });
    case 'TIMEOUT':
      return new XtreamError('TIMEOUT', 'The server did not answer in time.', { cause: error });
    case 'TLS_FAILURE':
      return new XtreamError('TLS_ERROR', 'A secure (https) connection to the server failed.', { cause: error });
    case 'NOT_JSON':
      return badResponse(error);
    case 'HTTP_STATUS':
      return httpStatus(error, phase, account);
  }
}
