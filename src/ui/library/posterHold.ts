/**
 * Telling a held key from separate presses, for the poster grid: a held key's moves bind cards without drawing
 * them. Kept free of Lightning so it runs under jest.
 */

/**
 * Moves closer together than this are a held key (the remote repeats about every 33 ms; a viewer's separate presses
 * come 150 ms or more apart). It is also how long the focus must rest before posters are asked for.
 */
export const REST_MS = 140;

/** What a move's key event tells: whether the browser repeats it, and when it arrived. */
export interface MoveKey {
  repeat?: boolean;
  timeStamp?: number;
}

/**
 * Remembers when the focus last moved. A move continues a hold when its key is a repeat, when it comes less than
 * {@link REST_MS} after the last move, or when its key arrived less than that after the last move's key: keys queued
 * behind a slow frame are handled far apart but arrived close together, and are still a hold.
 */
export class KeyHold {
  private movedAt = -Infinity;
  private keyStamp = -Infinity;

  /** Records a move at `now` (ms) by `key` (none for a move not made by a key); true when it continues a hold. */
  move(key: MoveKey | undefined, now: number = Date.now()): boolean {
    let held = now - this.movedAt < REST_MS;
    this.movedAt = now;
    if (key) {
      const stamp = typeof key.timeStamp === 'number' ? key.timeStamp : -Infinity;
      held = held || key.repeat === true || (stamp >= this.keyStamp && stamp - this.keyStamp < REST_MS);
      this.keyStamp = stamp;
    }
    return held;
  }
}

/** Whether input waits to be handled (Chromium's `navigator.scheduling.isInputPending`; false where missing). */
export function inputPending(): boolean {
  if (typeof navigator === 'undefined') return false;
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  return !!scheduling && typeof scheduling.isInputPending === 'function' && scheduling.isInputPending();
}
