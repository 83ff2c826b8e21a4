import type { EngineFailure } from './Engine';

/** The parts of an hls.js `ErrorData` the engine decides on (structural, so the mapping is testable without MSE). */
export interface HlsErrorLike {
  /** `networkError`, `mediaError`, `keySystemError`, `muxError` or `otherError`. */
  type: string;
  /** e.g. `manifestLoadError`, `fragLoadError`, `bufferStalledError`. */
  details: string;
  fatal: boolean;
  response?: { code?: number };
  networkDetails?: unknown;
}

/** The HTTP status in an hls.js error, from the response or, failing that, the XHR. */
export function hlsErrorStatus(data: HlsErrorLike): number | undefined {
  if (data.response && typeof data.response.code === 'number' && data.response.code > 0) return data.response.code;
  const xhr = data.networkDetails as { status?: unknown } | null | undefined;
  if (xhr && typeof xhr.status === 'number' && xhr.status > 0) return xhr.status;
  return undefined;
}

const FORMAT_DETAILS = [
  'manifestParsingError',
  'manifestIncompatibleCodecsError',
  'bufferIncompatibleCodecsError',
  'bufferAddCodecError',
  'levelEmptyError',
];

/**
 * What an hls.js error means for the player, or undefined when hls.js handles it itself (every non-fatal error: it
 * retries loads and nudges stalls on its own). A fatal media error is recoverable in place (`recoverMediaError()`);
 * a fatal network error means hls.js already used up its retries.
 */
export function classifyHlsError(data: HlsErrorLike): EngineFailure | undefined {
  if (!data.fatal) return undefined;
  const detail = data.details;
  if (FORMAT_DETAILS.indexOf(detail) !== -1 || data.type === 'keySystemError') {
    return { kind: 'format', detail, cause: data };
  }
  if (data.type === 'mediaError') return { kind: 'media', detail, recoverable: true, cause: data };
  if (data.type === 'networkError') {
    const status = hlsErrorStatus(data);
    if (status !== undefined && status >= 400) return { kind: 'http', status, detail, cause: data };
    if (/timeout/i.test(detail)) return { kind: 'timeout', detail, cause: data };
    return { kind: 'network', detail, cause: data };
  }
  // A frozen live playlist (playlistUnchangedError) and any other fatal error: the stream is gone, reconnect.
  if (detail === 'playlistUnchangedError') return { kind: 'network', detail, cause: data };
  return { kind: 'media', detail, cause: data };
}
