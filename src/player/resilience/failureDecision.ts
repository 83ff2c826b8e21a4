import type { Account } from '../../xtream';
import type { EngineFailure } from '../engines/Engine';
import { isMissingStatus, isRefusalStatus, playerErrorFromFailure } from '../errorMapping';
import type { PlayerError } from '../PlayerError';

/** What the player does about an engine's final failure. */
export type FailureAction =
  /** Ask the server for the URL's status first (a native player could not tell a 404 from a network error). */
  | { action: 'probe' }
  /**
   * Try the next attempt; `url` when this URL itself was refused (the next attempt with another URL), `engine` when
   * this engine failed (the next attempt, which may be the same URL in another engine). `error` is what to report
   * if nothing else plays.
   */
  | { action: 'fallback'; scope: 'url' | 'engine'; error: PlayerError }
  /** Re-establish the stream after a backoff. */
  | { action: 'reconnect' }
  /** Give up and show `error`. */
  | { action: 'fail'; error: PlayerError };

/** The facts a decision rests on. */
export interface FailureFacts {
  failure: EngineFailure;
  engine: string;
  /** The stream showed pictures in this session (or is already being reconnected). */
  started: boolean;
  /** Another engine is left to try. */
  hasNextAttempt: boolean;
  /** Another URL (an alternate format) is left to try. */
  hasNextUrl: boolean;
  /** The reconnect budget is not used up. */
  reconnectsLeft: boolean;
  /** A status probe is available and was not done yet for this failure. */
  canProbe: boolean;
  account?: Account;
}

/**
 * Decides what to do about a failure (pure, so every rule is tested on its own):
 * - a refusal (401/403, connection limits) or a missing stream (404/410) is never retried: a new session could cut
 *   the viewer's other device, and a missing channel stays missing;
 * - before the first picture, formats, decode failures, timeouts and 404/405/406 fall back to the next engine or
 *   URL; network trouble and server errors (5xx) reconnect;
 * - after the first picture everything else reconnects, until the budget is used up;
 * - a failure the engine could not explain (a native player's "not supported" or "network error") is first
 *   explained by asking the server for the URL's status, before the player gives up on it.
 */
export function decideFailure(facts: FailureFacts): FailureAction {
  const { failure, engine, account } = facts;
  const status = failure.status;
  const refused = failure.kind === 'http' && status !== undefined && isRefusalStatus(status);
  const missing = failure.kind === 'http' && status !== undefined && isMissingStatus(status);
  const vague = status === undefined && (failure.kind === 'network' || failure.uncertain === true);
  const error = playerErrorFromFailure(failure, engine, account);
  if (!facts.started && facts.hasNextUrl && failure.kind === 'http' && (status === 405 || status === 406)) {
    // The account may not use this output format: the other one may be allowed.
    return { action: 'fallback', scope: 'url', error };
  }
  if (refused || missing) {
    // A missing URL may exist in the other format; asking another engine for the same URL would only repeat it.
    if (missing && !facts.started && facts.hasNextUrl) return { action: 'fallback', scope: 'url', error };
    return { action: 'fail', error };
  }
  if (facts.started) {
    if (failure.kind === 'format' && !failure.uncertain) return { action: 'fail', error };
    if (facts.reconnectsLeft) return { action: 'reconnect' };
    return vague && facts.canProbe ? { action: 'probe' } : { action: 'fail', error };
  }
  if (vague && facts.canProbe) return { action: 'probe' };
  const engineTrouble = failure.kind === 'format' || failure.kind === 'timeout' || failure.kind === 'media';
  if (engineTrouble && facts.hasNextAttempt) return { action: 'fallback', scope: 'engine', error };
  const transient = failure.kind === 'network' || (failure.kind === 'http' && status !== undefined && status >= 500);
  if (transient && facts.reconnectsLeft) return { action: 'reconnect' };
  return { action: 'fail', error };
}
