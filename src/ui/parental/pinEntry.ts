/**
 * Typing a PIN with a remote: four places, a digit key fills the current place and moves on, Up/Down step the
 * current place's digit (for remotes without number keys), Left/Right move between places. Plain data, no drawing.
 */

/** Digits in a PIN. */
export const PIN_LENGTH = 4;

/** Where the entry is: the digits typed so far (undefined: empty place) and the place being typed. */
export interface PinEntry {
  digits: ReadonlyArray<number | undefined>;
  cursor: number;
}

/** An empty entry, ready for the first digit. */
export function emptyEntry(): PinEntry {
  return { digits: new Array<number | undefined>(PIN_LENGTH).fill(undefined), cursor: 0 };
}

function withDigit(entry: PinEntry, digit: number): ReadonlyArray<number | undefined> {
  const digits = entry.digits.slice();
  digits[entry.cursor] = digit;
  return digits;
}

/** A number key: fills the current place and moves to the next (it stays on the last). */
export function typeDigit(entry: PinEntry, digit: number): PinEntry {
  return { digits: withDigit(entry, digit), cursor: Math.min(PIN_LENGTH - 1, entry.cursor + 1) };
}

/** Up (+1) or Down (-1): the current place's digit goes round 0–9; an empty place starts at 0 (Up) or 9 (Down). */
export function stepDigit(entry: PinEntry, by: 1 | -1): PinEntry {
  const current = entry.digits[entry.cursor];
  const next = current === undefined ? (by > 0 ? 0 : 9) : (current + by + 10) % 10;
  return { digits: withDigit(entry, next), cursor: entry.cursor };
}

/** Left (-1) or Right (+1) between places; Right never passes the first empty place. */
export function moveCursor(entry: PinEntry, by: 1 | -1): PinEntry {
  let cursor = Math.max(0, Math.min(PIN_LENGTH - 1, entry.cursor + by));
  if (by > 0 && entry.digits[entry.cursor] === undefined) cursor = entry.cursor;
  return { digits: entry.digits, cursor };
}

/** The PIN once every place has a digit, else undefined. */
export function completePin(entry: PinEntry): string | undefined {
  if (entry.digits.some((digit) => digit === undefined)) return undefined;
  return entry.digits.join('');
}
