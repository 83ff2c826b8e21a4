import { classifyStreamRefusal, type Account } from '../xtream';
import { PlayerError } from './PlayerError';

/** The parts of an hls.js `ErrorData` the app decides on (kept structural so the mapping is testable without MSE). */
export interface HlsErrorLike {
  /** `networkError`, `mediaError`, `keySystemError`, `muxError` or `otherError`. */
  type: string;
  /** e.g. `manifestLoadError`, `fragLoadError`, `bufferStalledError`. */
  details: string;
  fatal: boolean;
  response?: { code?: number };
  networkDetails?: unknown;
}

/** What the player does about an hls.js error. */
export type HlsErrorDecision =
  { action: 'ignore' } | { action: 'recoverMedia' } | { action: 'fail'; error: PlayerError };

function statusOf(data: HlsErrorLike): number | undefined {
  if (data.response && typeof data.response.code === 'number' && data.response.code > 0) return data.response.code;
  const xhr = data.networkDetails as { status?: unknown } | null | undefined;
  if (xhr && typeof xhr.status === 'number' && xhr.status > 0) return xhr.status;
  return undefined;
}

/**
 * The error for a stream URL the server refused with an HTTP status. The Xtream rules decide what a refusal means,
 * so a one-connection account whose stream is refused says "too many connections", not "forbidden".
 */
export function playerErrorFromStatus(status: number, account?: Account): PlayerError {
  const refusal = classifyStreamRefusal(status, account);
  if (refusal.code === 'TOO_MANY_CONNECTIONS') {
    return new PlayerError('TOO_MANY_CONNECTIONS', refusal.message, { hint: refusal.hint, status, cause: refusal });
  }
  if (status === 404 || status === 410) {
    return new PlayerError('NOT_FOUND', refusal.message, { status, cause: refusal });
  }
  if (status === 401 || status === 403 || status === 405 || status === 406) {
    return new PlayerError('FORBIDDEN', refusal.message, { status, cause: refusal });
  }
  if (status >= 500) {
    return new PlayerError('NETWORK', `The stream server has a problem (HTTP ${status}).`, { status, cause: refusal });
  }
  return new PlayerError('FORBIDDEN', refusal.message, { hint: refusal.hint, status, cause: refusal });
}

/**
 * Decides what to do about an hls.js error: non-fatal ones are retried by hls.js itself and ignored here; a fatal
 * media error gets one `recoverMediaError()` (the caller counts); a fatal network error becomes a PlayerError.
 */
export function decideHlsError(data: HlsErrorLike, mediaRecoveryUsed: boolean, account?: Account): HlsErrorDecision {
  if (!data.fatal) return { action: 'ignore' };
  if (data.type === 'mediaError') {
    if (!mediaRecoveryUsed) return { action: 'recoverMedia' };
    return {
      action: 'fail',
      error: new PlayerError('MEDIA', 'The picture of this channel could not be decoded.', { cause: data }),
    };
  }
  if (data.details === 'manifestParsingError') {
    return {
      action: 'fail',
      error: new PlayerError('UNSUPPORTED', 'This stream is not in a format this player can show.', { cause: data }),
    };
  }
  if (data.type === 'networkError') {
    const status = statusOf(data);
    if (status !== undefined && status >= 400) return { action: 'fail', error: playerErrorFromStatus(status, account) };
    const timedOut = /timeout/i.test(data.details);
    return {
      action: 'fail',
      error: new PlayerError(
        'NETWORK',
        timedOut ? 'The stream server did not answer in time.' : 'The stream could not be loaded.',
        { cause: data },
      ),
    };
  }
  if (data.type === 'keySystemError') {
    return {
      action: 'fail',
      error: new PlayerError('UNSUPPORTED', 'This channel is protected and cannot be played here.', { cause: data }),
    };
  }
  return { action: 'fail', error: new PlayerError('MEDIA', 'This channel could not be played.', { cause: data }) };
}
