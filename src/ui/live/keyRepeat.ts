/**
 * How far a held Up/Down moves in a long list. A remote repeats a held key 10–30 times a second; one row per
 * repeat crawls through a 5,000-channel list, so after a second of holding each key moves two rows, and after
 * 2.5 seconds a page. Every key still moves at least one row: nothing the viewer pressed is lost.
 */

/** Keys closer together than this count as one hold, for remotes whose repeats do not carry `repeat`. */
export const REPEAT_GAP_MS = 120;
/** Holding this long moves two rows per key. */
export const DOUBLE_AFTER_MS = 1000;
/** Holding this long moves a page per key. */
export const PAGE_AFTER_MS = 2500;

/** One Up/Down key as the list receives it. */
export interface RepeatKey {
  /** -1 for Up, +1 for Down. */
  direction: -1 | 1;
  /** When it arrived (ms, any monotonic clock). */
  at: number;
  /** The browser marked it as an automatic repeat. */
  repeat: boolean;
}

/** Tracks the current hold and says how many rows each key moves. */
export class KeyRepeatAccelerator {
  private holdStart = 0;
  private lastAt = -Infinity;
  private lastDirection = 0;
  private continued = false;

  /** Rows the key moves (1, 2 or `pageRows`), in the key's direction. */
  rowsFor(key: RepeatKey, pageRows: number): number {
    const continues = key.direction === this.lastDirection && (key.repeat || key.at - this.lastAt < REPEAT_GAP_MS);
    if (!continues) this.holdStart = key.at;
    this.continued = continues;
    this.lastAt = key.at;
    this.lastDirection = key.direction;
    const held = key.at - this.holdStart;
    if (held >= PAGE_AFTER_MS) return Math.max(1, pageRows);
    if (held >= DOUBLE_AFTER_MS) return 2;
    return 1;
  }

  /** Whether the last key continued a hold (a repeat), as opposed to a press of its own or a hold's first key. */
  get holding(): boolean {
    return this.continued;
  }

  /** Forgets the hold (another key came in between, or the list changed). */
  reset(): void {
    this.lastDirection = 0;
    this.lastAt = -Infinity;
    this.continued = false;
  }
}

/** What {@link KeyHold} reads of a keydown. */
export interface HeldKeyEvent {
  /** The browser marked the key as an automatic repeat. */
  repeat?: boolean;
  /** When the input arrived (ms, the event's own clock). */
  timeStamp: number;
}

/**
 * Whether each key continues a hold, for screens that draw less while a key is held. A key continues a hold when the
 * browser marks it as a repeat or it arrived within {@link REPEAT_GAP_MS} of the last one. The gap is taken from when
 * the keys arrived, not when they are handled: keys queued behind a slow frame are handled back to back, and the
 * first one after the frame would otherwise look like a new press and draw everything the hold put off, making the
 * next frame slow too.
 */
export class KeyHold {
  private lastStamp = -Infinity;

  /** @param now the clock for keys without a timeStamp (ms), `Date.now` unless a test hands another */
  constructor(private readonly now: () => number = Date.now) {}

  /** Notes `event` and says whether it continues a hold; a call without an event (not a key) ends the hold. */
  continues(event: HeldKeyEvent | undefined): boolean {
    if (!event) {
      this.lastStamp = -Infinity;
      return false;
    }
    // Some older engines leave timeStamp at 0: the time the key is handled is the next best thing.
    const stamp = event.timeStamp > 0 ? event.timeStamp : this.now();
    const gap = stamp - this.lastStamp;
    this.lastStamp = stamp;
    return Boolean(event.repeat) || (gap >= 0 && gap < REPEAT_GAP_MS);
  }
}
