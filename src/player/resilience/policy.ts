/**
 * How hard the player fights for a stream, as plain data with documented defaults (hls.js style): the watchdogs,
 * the reconnect backoff and the media-error recovery budget.
 */
export interface ResiliencePolicy {
  /** A stream that shows no picture this long after `load()` (or a reconnect) has failed to start. */
  startTimeoutMs: number;
  /** Live: no playhead progress this long while meant to play is a stall; the player reconnects. */
  liveStallTimeoutMs: number;
  /** VOD and catch-up: the same, more patient (seeks and big buffers take longer). */
  vodStallTimeoutMs: number;
  /** Reconnect attempts before giving up with an error. */
  maxReconnects: number;
  /** First reconnect delay; doubles per attempt up to {@link ResiliencePolicy.reconnectMaxDelayMs}. */
  reconnectBaseDelayMs: number;
  reconnectMaxDelayMs: number;
  /** Playing this long without trouble resets the reconnect count, so a long evening is not one budget. */
  stableAfterMs: number;
  /** In-place media-error recoveries allowed per stream... */
  maxMediaRecoveries: number;
  /** ...and never two within this window (hls.js documents one try per 5 s). */
  mediaRecoveryWindowMs: number;
  /** How often the watchdog looks at the playhead. */
  watchdogIntervalMs: number;
}

/** Defaults: a TV on a home connection to an IPTV panel. */
export const DEFAULT_POLICY: ResiliencePolicy = {
  startTimeoutMs: 15000,
  liveStallTimeoutMs: 10000,
  vodStallTimeoutMs: 20000,
  maxReconnects: 5,
  reconnectBaseDelayMs: 500,
  reconnectMaxDelayMs: 8000,
  stableAfterMs: 20000,
  maxMediaRecoveries: 3,
  mediaRecoveryWindowMs: 5000,
  watchdogIntervalMs: 1000,
};

/** Merges overrides onto the defaults. */
export function mergePolicy(overrides: Partial<ResiliencePolicy> = {}): ResiliencePolicy {
  return { ...DEFAULT_POLICY, ...overrides };
}

/** The delay before reconnect attempt `attempt` (1-based): capped exponential backoff. */
export function reconnectDelay(
  attempt: number,
  policy: Pick<ResiliencePolicy, 'reconnectBaseDelayMs' | 'reconnectMaxDelayMs'>,
): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(policy.reconnectMaxDelayMs, policy.reconnectBaseDelayMs * Math.pow(2, exponent));
}
