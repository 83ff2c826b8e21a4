/**
 * The on-screen keyboard's keys, as plain data (no Lightning), so the browser test can plan arrow-key paths with the
 * same layout the app draws.
 */

/** What pressing a key does. `shift` and `symbols` only change the keyboard itself. */
export type KeyAction =
  { kind: 'insert'; text: string } | { kind: 'delete' } | { kind: 'clear' } | { kind: 'shift' } | { kind: 'symbols' };

export interface KeyDef {
  label: string;
  /** Width in key units (a row is 10 units wide). */
  units: number;
  action: KeyAction;
}

/** Which characters the letter rows show. */
export type KeyboardMode = 'lower' | 'upper' | 'symbols';

/**
 * Which keyboard: `login` types server addresses and credentials (10 units wide, with shift, symbols and address
 * shortcuts); `search` types names (7 units wide, letters in alphabetical order, digits, space, delete and clear).
 */
export type KeyboardLayout = 'login' | 'search';

/** The labels of the editing keys, in the viewer's language (the sign-in keyboard keeps its English ones). */
export interface EditKeyLabels {
  space: string;
  delete: string;
  clear: string;
}

/** Width of every row of a layout, in key units. */
export const LAYOUT_UNITS: Record<KeyboardLayout, number> = { login: 10, search: 7 };

/** The row and column the focus starts on (the first letter). */
export const HOME_KEY: Record<KeyboardLayout, { row: number; col: number }> = {
  login: { row: 1, col: 0 },
  search: { row: 0, col: 0 },
};

const insert = (text: string, units = 1, label = text): KeyDef => ({ label, units, action: { kind: 'insert', text } });

function charRow(chars: string): KeyDef[] {
  return chars.split('').map((c) => insert(c));
}

/** The rows of the keyboard in a mode; every row is 10 units wide. */
export function keyboardRows(mode: KeyboardMode): KeyDef[][] {
  const symbols = mode === 'symbols';
  const letters = (s: string): string => (mode === 'upper' ? s.toUpperCase() : s);
  return [
    charRow('1234567890'),
    charRow(symbols ? '!#$%&*+=?~' : letters('qwertyuiop')),
    charRow(symbols ? '()[]{}<>;@' : letters('asdfghjkl') + '@'),
    [
      { label: 'Aa', units: 1, action: { kind: 'shift' } },
      ...charRow(symbols ? '\'",|^\\`' : letters('zxcvbnm')),
      insert('.'),
      insert('-'),
    ],
    [
      { label: symbols ? 'abc' : '#+=', units: 2, action: { kind: 'symbols' } },
      insert(':'),
      insert('/'),
      insert('_'),
      insert('http://', 3),
      insert('.com', 2),
    ],
    [
      insert(' ', 4, 'Space'),
      { label: 'Delete', units: 3, action: { kind: 'delete' } },
      { label: 'Clear', units: 3, action: { kind: 'clear' } },
    ],
  ];
}

/**
 * The rows of the search keyboard; every row is 7 units wide. Search folds case and ignores punctuation, so there
 * is no shift and no symbol page: letters a–z in order (easy to find with arrows), then digits and the editing keys.
 */
export function searchKeyboardRows(labels: EditKeyLabels): KeyDef[][] {
  return [
    charRow('abcdefg'),
    charRow('hijklmn'),
    charRow('opqrstu'),
    [...charRow('vwxyz'), insert(' ', 2, labels.space)],
    charRow('1234567'),
    [
      ...charRow('890'),
      { label: labels.delete, units: 2, action: { kind: 'delete' } },
      { label: labels.clear, units: 2, action: { kind: 'clear' } },
    ],
  ];
}

/** Left edge of a key, in units from the start of its row. */
export function keyStart(row: readonly KeyDef[], col: number): number {
  let units = 0;
  for (let i = 0; i < col; i++) units += row[i].units;
  return units;
}

/** The column in `to` whose key centre is closest to the centre of key `col` in `from` (how Up/Down move). */
export function nearestColumn(from: readonly KeyDef[], col: number, to: readonly KeyDef[]): number {
  const centre = keyStart(from, col) + from[col].units / 2;
  let best = 0;
  let bestDistance = Infinity;
  to.forEach((key, i) => {
    const distance = Math.abs(keyStart(to, i) + key.units / 2 - centre);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
