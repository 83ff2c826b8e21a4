/**
 * Waiting for a list to rest. A held key touches the timer up to 30 times a second; clearing and setting a timeout
 * on every key costs a timer object each and keeps the browser's timer queue busy, so this keeps one timeout and,
 * when it fires too early, sets it again for the time still missing.
 */

/** Calls `onRest` once {@link RestTimer.touch} has not been called for `restMs`. */
export class RestTimer {
  private lastTouch = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly check = (): void => {
    const waited = this.now() - this.lastTouch;
    if (waited < this.restMs) {
      this.timer = setTimeout(this.check, this.restMs - waited);
      return;
    }
    this.timer = undefined;
    this.onRest();
  };

  /**
   * @param restMs how long nothing must happen
   * @param onRest called once per rest
   * @param now the clock (ms), `Date.now` unless a test hands another
   */
  constructor(
    private readonly restMs: number,
    private readonly onRest: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Something moved: the rest starts again from now. */
  touch(): void {
    this.lastTouch = this.now();
    if (this.timer === undefined) this.timer = setTimeout(this.check, this.restMs);
  }

  /** Whether a rest is awaited. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Forgets the awaited rest without calling `onRest`. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
