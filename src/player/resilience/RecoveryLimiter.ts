/**
 * Rate-limits in-place media-error recovery: at most `max` per stream and never two within `windowMs`, so a stream
 * that breaks the decoder on every segment ends in a clear error instead of an endless recover loop.
 */
export class RecoveryLimiter {
  private used = 0;
  private lastAt = -Infinity;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a recovery may run now; counts it when it may. */
  take(): boolean {
    const now = this.now();
    if (this.used >= this.max || now - this.lastAt < this.windowMs) return false;
    this.used++;
    this.lastAt = now;
    return true;
  }

  /** Recoveries used so far. */
  get count(): number {
    return this.used;
  }
}
