import type { EngineFailure } from './Engine';

/**
 * What an mpegts.js error means for the player. `type` is `NetworkError`, `MediaError` or `OtherError`; `detail`
 * one of mpegts.js's ErrorDetails values; `info.code` the HTTP status for `HttpStatusCodeInvalid`.
 */
export function classifyMpegTsError(
  type: string,
  detail: string,
  info?: { code?: number; msg?: string },
): EngineFailure {
  const cause = { type, detail, info };
  if (type === 'NetworkError') {
    if (detail === 'HttpStatusCodeInvalid' && info && typeof info.code === 'number' && info.code > 0) {
      return { kind: 'http', status: info.code, detail, cause };
    }
    if (detail === 'ConnectingTimeout') return { kind: 'timeout', detail, cause };
    return { kind: 'network', detail, cause };
  }
  // MPEG-2 video or AC-3 audio in the TS: a browser's MSE cannot decode them; the TV's native player can.
  if (detail === 'FormatUnsupported' || detail === 'CodecUnsupported') return { kind: 'format', detail, cause };
  return { kind: 'media', detail, cause };
}
