import type { EngineFailure } from './Engine';

/**
 * What an AVPlay `onerror` name means for the player. HTTP errors arrive as the generic CONNECTION_FAILED; the
 * status, when the TV tells it, came just before in `onevent('PLAYER_MSG_HTTP_ERROR_CODE', …)` (tv-platforms.md §1.7).
 */
export function classifyAvPlayError(name: string, httpStatus: number | undefined): EngineFailure {
  switch (name) {
    case 'PLAYER_ERROR_CONNECTION_FAILED':
      return httpStatus !== undefined && httpStatus >= 400
        ? { kind: 'http', status: httpStatus, detail: name }
        : { kind: 'network', detail: name };
    case 'PLAYER_ERROR_NOT_SUPPORTED_FILE':
    case 'PLAYER_ERROR_NOT_SUPPORTED_FORMAT':
      return { kind: 'format', detail: name };
    case 'PLAYER_ERROR_INVALID_URI':
    case 'PLAYER_ERROR_NO_SUCH_FILE':
      return { kind: 'http', status: httpStatus ?? 404, detail: name };
    default:
      // INVALID_STATE, INVALID_OPERATION, SEEK_FAILED, GENEREIC: the pipeline broke; a fresh open() may work.
      return { kind: 'media', detail: name };
  }
}

/** A synchronous AVPlay call threw (a WebAPIException with a `name`). */
export function failureFromException(error: unknown, during: string): EngineFailure {
  const name =
    error && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : 'Error';
  return { kind: name === 'NotSupportedError' ? 'format' : 'media', detail: `${during}: ${name}`, cause: error };
}
