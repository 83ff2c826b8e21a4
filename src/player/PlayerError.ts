/**
 * Stable codes of {@link PlayerError}:
 * - `NETWORK`: the stream could not be downloaded (server down, timeout, connection lost).
 * - `FORBIDDEN`: the provider refused the stream (HTTP 401/403 without a connection-limit reason).
 * - `NOT_FOUND`: the channel's stream does not exist right now (HTTP 404).
 * - `TOO_MANY_CONNECTIONS`: every connection of the account is in use.
 * - `MEDIA`: the stream arrived but could not be decoded, even after one recovery attempt.
 * - `UNSUPPORTED`: this device cannot play this kind of stream at all.
 */
export type PlayerErrorCode = 'NETWORK' | 'FORBIDDEN' | 'NOT_FOUND' | 'TOO_MANY_CONNECTIONS' | 'MEDIA' | 'UNSUPPORTED';

const DEFAULT_HINTS: Record<PlayerErrorCode, string> = {
  NETWORK: 'Check the internet connection, then try the channel again.',
  FORBIDDEN: 'Try another channel. If every channel fails, contact your provider.',
  NOT_FOUND: 'The channel may be off the air. Try again later or pick another channel.',
  TOO_MANY_CONNECTIONS: 'Stop watching on another device, or wait a minute, then try again.',
  MEDIA: 'This channel sends a picture this device cannot show. Try another channel.',
  UNSUPPORTED: 'This device cannot play this stream. Try another channel.',
};

/** Extra fields of a {@link PlayerError}. */
export interface PlayerErrorOptions {
  hint?: string;
  /** The HTTP status that refused the stream, when there was one. */
  status?: number;
  cause?: unknown;
}

/** Why playback failed, in words a viewer can read (`message`) and act on (`hint`). */
export class PlayerError extends Error {
  override readonly name = 'PlayerError' as const;
  readonly code: PlayerErrorCode;
  readonly hint: string;
  readonly status?: number;
  readonly cause?: unknown;

  constructor(code: PlayerErrorCode, message: string, options: PlayerErrorOptions = {}) {
    super(message);
    // Keeps instanceof working when classes are compiled down to ES5 functions.
    Object.setPrototypeOf(this, PlayerError.prototype);
    this.code = code;
    this.hint = options.hint ?? DEFAULT_HINTS[code];
    if (options.status !== undefined) this.status = options.status;
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
