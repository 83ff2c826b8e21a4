/**
 * Stable codes of {@link PlayerError}:
 * - `STREAM_FORBIDDEN`: the provider refused the stream (HTTP 401/403/405/406, or a connection-limit status); often
 *   the account is in use on another device.
 * - `STREAM_NOT_FOUND`: the stream does not exist right now (HTTP 404/410).
 * - `UNSUPPORTED_FORMAT`: this device cannot play this stream's format or codecs with any engine it has.
 * - `NETWORK`: the stream could not be downloaded, even after reconnecting.
 * - `DECODE`: the stream arrived but could not be decoded, even after recovery attempts.
 * - `TIMEOUT`: the stream did not start (or resume) in time.
 */
export type PlayerErrorCode =
  'STREAM_FORBIDDEN' | 'STREAM_NOT_FOUND' | 'UNSUPPORTED_FORMAT' | 'NETWORK' | 'DECODE' | 'TIMEOUT';

/** Every code, for exhaustive tests and UI tables. */
export const PLAYER_ERROR_CODES: readonly PlayerErrorCode[] = [
  'STREAM_FORBIDDEN',
  'STREAM_NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'NETWORK',
  'DECODE',
  'TIMEOUT',
];

const DEFAULT_MESSAGES: Record<PlayerErrorCode, string> = {
  STREAM_FORBIDDEN: 'The provider refused this stream. Your account may be in use on another device.',
  STREAM_NOT_FOUND: 'This stream is not available right now.',
  UNSUPPORTED_FORMAT: 'This device cannot play this stream.',
  NETWORK: 'The stream could not be loaded.',
  DECODE: 'The picture of this stream could not be decoded.',
  TIMEOUT: 'The stream did not start in time.',
};

const DEFAULT_HINTS: Record<PlayerErrorCode, string> = {
  STREAM_FORBIDDEN: 'Stop watching on other devices, wait a minute, then try again.',
  STREAM_NOT_FOUND: 'The channel may be off the air. Try again later or pick another channel.',
  UNSUPPORTED_FORMAT: 'Try another channel, or ask your provider for an HLS (m3u8) version.',
  NETWORK: 'Check the internet connection, then try the channel again.',
  DECODE: 'This stream sends a picture this device cannot show. Try another channel.',
  TIMEOUT: 'The provider may be busy. Try again in a moment.',
};

/** Extra fields of a {@link PlayerError}. */
export interface PlayerErrorOptions {
  /** What the viewer can do; a default per code otherwise. */
  hint?: string;
  /** The HTTP status that refused the stream, when there was one. */
  status?: number;
  /** The engine that failed. */
  engine?: string;
  /** The engine's own error name, for logs (e.g. `fragLoadError`, `PLAYER_ERROR_CONNECTION_FAILED`). */
  detail?: string;
  cause?: unknown;
}

/** Why playback failed, in words a viewer can read (`message`) and act on (`hint`), with a stable `code`. */
export class PlayerError extends Error {
  override readonly name = 'PlayerError' as const;
  readonly code: PlayerErrorCode;
  readonly hint: string;
  readonly status?: number;
  readonly engine?: string;
  readonly detail?: string;
  readonly cause?: unknown;

  constructor(code: PlayerErrorCode, message?: string, options: PlayerErrorOptions = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    // Keeps instanceof working when classes are compiled down to ES5 functions.
    Object.setPrototypeOf(this, PlayerError.prototype);
    this.code = code;
    this.hint = options.hint ?? DEFAULT_HINTS[code];
    if (options.status !== undefined) this.status = options.status;
    if (options.engine !== undefined) this.engine = options.engine;
    if (options.detail !== undefined) this.detail = options.detail;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** Whether `error` is a {@link PlayerError}; matches on `name` too, so it works across realms. */
export function isPlayerError(error: unknown): error is PlayerError {
  return (
    error instanceof PlayerError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PlayerError')
  );
}
