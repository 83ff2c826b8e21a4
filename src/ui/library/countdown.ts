/**
 * The countdown before the next episode: whole seconds down to 0, then `done` once. OK skips it (done at once), Back
 * cancels it (never done). The timer is injectable so tests drive it without waiting.
 */

/** The clock functions a countdown uses (the browser's timers by default). */
export interface CountdownTimers {
  setInterval(handler: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const BROWSER_TIMERS: CountdownTimers = {
  setInterval: (handler, ms) => setInterval(handler, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** How a countdown ended. */
export type CountdownEnd = 'elapsed' | 'skipped' | 'cancelled';

/** See the file comment. */
export class Countdown {
  private left = 0;
  private handle: unknown;
  private running = false;

  constructor(
    private readonly onTick: (secondsLeft: number) => void,
    private readonly onEnd: (how: CountdownEnd) => void,
    private readonly timers: CountdownTimers = BROWSER_TIMERS,
  ) {}

  /** Seconds left (0 when not running). */
  get secondsLeft(): number {
    return this.running ? this.left : 0;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts from `seconds` (restarting a running countdown); ticks once at once with the full count. */
  start(seconds: number): void {
    this.stopTimer();
    this.running = true;
    this.left = Math.max(0, Math.floor(seconds));
    this.onTick(this.left);
    if (this.left === 0) return this.end('elapsed');
    this.handle = this.timers.setInterval(() => this.tick(), 1000);
  }

  /** OK: ends now as if it had elapsed. */
  skip(): void {
    if (this.running) this.end('skipped');
  }

  /** Back (or leaving the page): ends without going on. */
  cancel(): void {
    if (this.running) this.end('cancelled');
  }

  private tick(): void {
    if (!this.running) return;
    this.left = Math.max(0, this.left - 1);
    this.onTick(this.left);
    if (this.left === 0) this.end('elapsed');
  }

  private end(how: CountdownEnd): void {
    this.stopTimer();
    this.running = false;
    this.left = 0;
    this.onEnd(how);
  }

  private stopTimer(): void {
    if (this.handle !== undefined) this.timers.clearInterval(this.handle);
    this.handle = undefined;
  }
}
