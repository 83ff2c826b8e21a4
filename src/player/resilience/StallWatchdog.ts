import type { ResiliencePolicy } from './policy';

/** What the watchdog reads and calls. */
export interface WatchdogProbe {
  /** The playhead in seconds. */
  position(): number;
  /** Whether the stream is meant to be moving (not paused, not ended, not idle). */
  shouldAdvance(): boolean;
  /** Called once when the playhead has not moved for the timeout; `started` says whether it ever moved. */
  onStall(started: boolean): void;
}

/**
 * Watches the playhead: no progress for `timeoutMs` while playback is meant to move is a stall (a frozen live
 * playlist, a connection that died without an error, a native player that takes 30 s to fail a bad URL). Fires
 * once; the owner starts a new watchdog for the next attempt.
 */
export class StallWatchdog {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastPosition = NaN;
  private lastMoveAt: number;
  private started = false;
  private fired = false;

  constructor(
    private readonly probe: WatchdogProbe,
    private readonly startTimeoutMs: number,
    private readonly stallTimeoutMs: number,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastMoveAt = now();
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.lastMoveAt = this.now();
    this.timer = setInterval(() => this.check(), this.intervalMs);
  }

  /** Counts the playhead as moving when it differs from the last one seen. */
  noteProgress(position: number): void {
    if (position !== this.lastPosition) {
      this.lastPosition = position;
      this.lastMoveAt = this.now();
    }
  }

  /** The stream showed pictures: from now on the (shorter) stall timeout applies instead of the start timeout. */
  markStarted(): void {
    if (this.started) return;
    this.started = true;
    this.lastMoveAt = this.now();
  }

  /** Restarts the clock without counting progress (after a pause, a seek or a resume from the background). */
  rearm(): void {
    this.lastMoveAt = this.now();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    if (this.fired) return;
    if (!this.probe.shouldAdvance()) {
      this.lastMoveAt = this.now();
      return;
    }
    this.noteProgress(this.probe.position());
    const limit = this.started ? this.stallTimeoutMs : this.startTimeoutMs;
    if (this.now() - this.lastMoveAt >= limit) {
      this.fired = true;
      this.stop();
      this.probe.onStall(this.started);
    }
  }
}

/** A started watchdog with the policy's timeouts for a live or an on-demand stream. */
export function startWatchdog(
  probe: WatchdogProbe,
  policy: ResiliencePolicy,
  live: boolean,
  now: () => number = Date.now,
): StallWatchdog {
  const stallTimeoutMs = live ? policy.liveStallTimeoutMs : policy.vodStallTimeoutMs;
  const watchdog = new StallWatchdog(probe, policy.startTimeoutMs, stallTimeoutMs, policy.watchdogIntervalMs, now);
  watchdog.start();
  return watchdog;
}
