/**
 * Tells a short Back from a long one. A remote repeats keydown while a key is held; Back held longer than
 * {@link LONG_BACK_MS} means "previous channel", a short press (released before that) means "back". The decision
 * waits for the release, so a long press never does both.
 */

/** How long Back must be held to count as a long press. */
export const LONG_BACK_MS = 800;

/** What a Back key event means. */
export type BackMeaning = 'none' | 'short' | 'long';

/** See the file comment. Times are passed in (milliseconds), so tests need no clock. */
export class BackPress {
  private downAt: number | undefined;

  constructor(private readonly longMs: number = LONG_BACK_MS) {}

  /**
   * A keydown of Back at `now`; `repeat` marks the remote's auto-repeat. Returns `long` once the key has been held
   * long enough (then the release means nothing), else `none`.
   */
  down(now: number, repeat: boolean): BackMeaning {
    if (!repeat) {
      this.downAt = now;
      return 'none';
    }
    // A repeat after the press was taken as long (or whose first keydown went elsewhere) means nothing.
    if (this.downAt === undefined || now - this.downAt < this.longMs) return 'none';
    this.downAt = undefined;
    return 'long';
  }

  /** The release of Back: `short` when the press was not already taken as long. */
  up(): BackMeaning {
    if (this.downAt === undefined) return 'none';
    this.downAt = undefined;
    return 'short';
  }

  /** Forgets a press under way (the page closed). */
  reset(): void {
    this.downAt = undefined;
  }
}
