import type { EngineAttempt } from './engineChoice';
import type { PlayerError } from './PlayerError';

/**
 * The engine attempts of one session, in order, with the one in use, and the most telling error of the attempts
 * that failed to start: a 404 on the main URL says more than "unsupported" on its fallback.
 */
export class AttemptPlan {
  private index = 0;
  private firstError: PlayerError | undefined;

  constructor(private readonly attempts: readonly EngineAttempt[]) {}

  /** Whether there is anything to try at all. */
  get empty(): boolean {
    return this.attempts.length === 0;
  }

  /** The index of the attempt in use. */
  get position(): number {
    return this.index;
  }

  /** The attempt in use. */
  get current(): EngineAttempt {
    return this.attempts[this.index];
  }

  /** Makes attempt `index` the one in use and returns it. */
  use(index: number): EngineAttempt {
    this.index = index;
    return this.attempts[index];
  }

  /** Whether an attempt follows the current one. */
  hasNext(): boolean {
    return this.index + 1 < this.attempts.length;
  }

  /** The first attempt after the current one with another URL, or -1. */
  nextUrl(): number {
    const url = this.attempts[this.index].url;
    for (let i = this.index + 1; i < this.attempts.length; i++) if (this.attempts[i].url !== url) return i;
    return -1;
  }

  /** Remembers why an attempt failed to start, unless an earlier one said more. */
  noteStartupError(error: PlayerError): void {
    if (!this.firstError || this.firstError.code === 'UNSUPPORTED_FORMAT') this.firstError = error;
  }

  /** The error to show when nothing plays: the first telling one rather than a late "unsupported". */
  finalError(last: PlayerError): PlayerError {
    const first = this.firstError;
    return first && first.code !== 'UNSUPPORTED_FORMAT' && last.code === 'UNSUPPORTED_FORMAT' ? first : last;
  }
}
