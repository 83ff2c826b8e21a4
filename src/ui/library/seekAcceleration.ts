/**
 * Seeking with Left/Right: each press moves a pending target 10 s; a key held down (presses arriving quickly one
 * after another) moves it further with every few repeats, so crossing a two-hour film takes seconds, not minutes.
 * The target is applied once the keys rest, so a held key does not start a seek per repeat.
 */

/** Presses closer together than this count as one hold. */
export const HOLD_GAP_MS = 400;
/** Seconds per press, by how long the key has been held (in presses). */
const STEPS = [10, 10, 10, 20, 20, 30, 30, 60];

/** The seconds one press moves after `repeats` earlier presses of the same hold. */
export function seekStep(repeats: number): number {
  return STEPS[Math.min(repeats, STEPS.length - 1)];
}

/** See the file comment. */
export class SeekAccelerator {
  private target: number | undefined;
  private repeats = 0;
  private lastPressAt = -Infinity;
  private lastDirection = 0;

  /** The position being sought to, while the keys move it; undefined when none is pending. */
  get pending(): number | undefined {
    return this.target;
  }

  /**
   * A press of Left (`direction` -1) or Right (+1) at `now` (ms) from `position` (seconds) in a stream of
   * `duration` seconds; returns the new target, kept within [0, duration - 1] when the duration is known.
   */
  press(direction: 1 | -1, now: number, position: number, duration: number): number {
    const held = now - this.lastPressAt < HOLD_GAP_MS && direction === this.lastDirection;
    this.repeats = held ? this.repeats + 1 : 0;
    this.lastPressAt = now;
    this.lastDirection = direction;
    const from = this.target !== undefined ? this.target : position;
    let next = from + direction * seekStep(this.repeats);
    if (duration > 0) next = Math.min(next, Math.max(0, duration - 1));
    this.target = Math.max(0, next);
    return this.target;
  }

  /** Takes the pending target (the caller seeks to it) and starts afresh. */
  commit(): number | undefined {
    const target = this.target;
    this.reset();
    return target;
  }

  reset(): void {
    this.target = undefined;
    this.repeats = 0;
    this.lastPressAt = -Infinity;
    this.lastDirection = 0;
  }
}
