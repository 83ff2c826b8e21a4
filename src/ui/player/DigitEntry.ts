/**
 * Typing a channel number on the remote: digits collect into a number shown on screen, and after a pause without
 * a digit (or on OK) the number is committed. Timers come in through {@link DigitTimers} so tests drive the pause
 * with a fake clock.
 */

/** Starts and cancels the pause timer (the browser's `setTimeout`/`clearTimeout` by default). */
export interface DigitTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Options of {@link DigitEntry}. */
export interface DigitEntryOptions {
  /** The pause after the last digit that commits the number (default 1500 ms). */
  commitAfterMs?: number;
  /** Digits kept at most; the oldest drops off beyond it (default 4: panels number into the thousands). */
  maxDigits?: number;
  timers?: DigitTimers;
  /** The typed digits changed (`''` once committed or cancelled). */
  onChange: (digits: string) => void;
  /** The viewer finished typing `number`. */
  onCommit: (number: number) => void;
}

const BROWSER_TIMERS: DigitTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** See the file comment. */
export class DigitEntry {
  private digits = '';
  private timer: unknown;
  private readonly commitAfterMs: number;
  private readonly maxDigits: number;
  private readonly timers: DigitTimers;

  constructor(private readonly options: DigitEntryOptions) {
    this.commitAfterMs = options.commitAfterMs ?? 1500;
    this.maxDigits = options.maxDigits ?? 4;
    this.timers = options.timers ?? BROWSER_TIMERS;
  }

  /** The digits typed so far (`''` when no entry is under way). */
  get typed(): string {
    return this.digits;
  }

  /** Whether the viewer is typing a number. */
  get active(): boolean {
    return this.digits !== '';
  }

  /** Adds a digit and restarts the pause. */
  press(digit: number): void {
    this.digits = (this.digits + String(digit)).slice(-this.maxDigits);
    this.stopTimer();
    this.timer = this.timers.set(() => this.commit(), this.commitAfterMs);
    this.options.onChange(this.digits);
  }

  /** Commits at once (OK); does nothing when no digit was typed. */
  commit(): void {
    if (!this.active) return;
    const number = Number(this.digits);
    this.reset();
    this.options.onCommit(number);
  }

  /** Drops the typed digits without tuning (Back, or the page closing). */
  cancel(): void {
    if (this.active) this.reset();
  }

  private reset(): void {
    this.stopTimer();
    this.digits = '';
    this.options.onChange('');
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
