/**
 * Logical keys: what the viewer meant, whatever remote or keyboard sent it. The rest of the app speaks only these
 * names; raw key codes live in the per-platform key maps next to this file.
 */

/** Digits 0–9 as logical keys. */
export type DigitKey =
  'Digit0' | 'Digit1' | 'Digit2' | 'Digit3' | 'Digit4' | 'Digit5' | 'Digit6' | 'Digit7' | 'Digit8' | 'Digit9';

/** Every key the app reacts to. */
export type LogicalKey =
  | 'Up'
  | 'Down'
  | 'Left'
  | 'Right'
  | 'Enter'
  | 'Back'
  | DigitKey
  | 'ChannelUp'
  | 'ChannelDown'
  | 'Red'
  | 'Green'
  | 'Yellow'
  | 'Blue'
  | 'Play'
  | 'Pause'
  | 'PlayPause'
  | 'Stop'
  | 'FastForward'
  | 'Rewind'
  | 'Info'
  | 'Guide'
  | 'ChannelList'
  | 'PreviousChannel';

/** The digit keys in order, so `DIGIT_KEYS[n]` is the key for the number n. */
export const DIGIT_KEYS: readonly DigitKey[] = [
  'Digit0',
  'Digit1',
  'Digit2',
  'Digit3',
  'Digit4',
  'Digit5',
  'Digit6',
  'Digit7',
  'Digit8',
  'Digit9',
];

/** Key code → logical key. Several codes may mean the same key (Backspace and Escape both mean Back). */
export type KeyMap = Readonly<Record<number, LogicalKey>>;

/** The number a digit key stands for, or undefined for any other key. */
export function digitOf(key: LogicalKey): number | undefined {
  const index = DIGIT_KEYS.indexOf(key as DigitKey);
  return index >= 0 ? index : undefined;
}

/** Key codes 48–57 are the digits on every platform we support. */
export function digitCodes(): Record<number, LogicalKey> {
  const map: Record<number, LogicalKey> = {};
  DIGIT_KEYS.forEach((key, n) => {
    map[48 + n] = key;
  });
  return map;
}

/** Arrows and OK share their codes on every platform. */
export const NAVIGATION_CODES: KeyMap = { 37: 'Left', 38: 'Up', 39: 'Right', 40: 'Down', 13: 'Enter' };

/**
 * The `keys` option of a Lightning application (key code → handler name): Lightning then calls `_handleBack`,
 * `_handleChannelUp`... on the focused component.
 */
export function toLightningKeys(map: KeyMap): Record<number, string> {
  const keys: Record<number, string> = {};
  Object.keys(map).forEach((code) => {
    keys[Number(code)] = map[Number(code)];
  });
  return keys;
}
