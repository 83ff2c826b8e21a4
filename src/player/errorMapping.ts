import { classifyStreamRefusal, type Account } from '../xtream';
import type { EngineFailure } from './engines/Engine';
import { PlayerError } from './PlayerError';

/** Statuses that mean "this stream is refused to you", where reconnecting would not help (and could cut others). */
export function isRefusalStatus(status: number): boolean {
  return (
    status === 401 ||
    status === 403 ||
    status === 405 ||
    status === 406 ||
    status === 429 ||
    status === 458 ||
    status === 509
  );
}

/** Statuses that mean "this stream does not exist". */
export function isMissingStatus(status: number): boolean {
  return status === 404 || status === 410;
}

/**
 * The PlayerError for an HTTP status that refused a stream. The Xtream rules decide what a refusal means, so a
 * one-connection account refused with 403 says "too many devices", not just "forbidden".
 */
export function playerErrorFromStatus(status: number, account?: Account, engine?: string): PlayerError {
  const refusal = classifyStreamRefusal(status, account);
  const common = { status, engine, cause: refusal };
  if (isMissingStatus(status)) return new PlayerError('STREAM_NOT_FOUND', undefined, common);
  if (refusal.code === 'TOO_MANY_CONNECTIONS') {
    return new PlayerError('STREAM_FORBIDDEN', refusal.message, { ...common, hint: refusal.hint });
  }
  if (status === 405 || status === 406) return new PlayerError('STREAM_FORBIDDEN', refusal.message, common);
  if (isRefusalStatus(status)) return new PlayerError('STREAM_FORBIDDEN', undefined, common);
  if (status >= 500) return new PlayerError('NETWORK', `The stream server has a problem (HTTP ${status}).`, common);
  return new PlayerError('NETWORK', `The stream server refused the request (HTTP ${status}).`, common);
}

/** The PlayerError for an engine's final failure. */
export function playerErrorFromFailure(failure: EngineFailure, engine: string, account?: Account): PlayerError {
  const options = { engine, detail: failure.detail, cause: failure.cause };
  switch (failure.kind) {
    case 'http':
      if (failure.status !== undefined) {
        const error = playerErrorFromStatus(failure.status, account, engine);
        return new PlayerError(error.code, error.message, { ...options, status: failure.status, hint: error.hint });
      }
      return new PlayerError('NETWORK', undefined, options);
    case 'timeout':
      return new PlayerError('TIMEOUT', undefined, options);
    case 'media':
      return new PlayerError('DECODE', undefined, options);
    case 'format':
      return new PlayerError('UNSUPPORTED_FORMAT', undefined, options);
    default:
      return new PlayerError('NETWORK', undefined, options);
  }
}
