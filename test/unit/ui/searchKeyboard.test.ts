import {
  HOME_KEY,
  keyboardRows,
  keyStart,
  LAYOUT_UNITS,
  nearestColumn,
  searchKeyboardRows,
  type KeyDef,
} from '../../../src/ui/components/keyboardLayout';

const labels = { space: 'Leer', delete: 'Löschen', clear: 'Leeren' };
const width = (row: readonly KeyDef[]): number => keyStart(row, row.length - 1) + row[row.length - 1].units;
const inserted = (rows: KeyDef[][]): string[] =>
  rows.flat().flatMap((key) => (key.action.kind === 'insert' ? [key.action.text] : []));

describe('the search keyboard', () => {
  it('has every letter in order, every digit, space, delete and clear, in rows 7 units wide', () => {
    const rows = searchKeyboardRows(labels);
    rows.forEach((row) => expect(width(row)).toBe(LAYOUT_UNITS.search));
    const typed = inserted(rows);
    expect(typed.filter((c) => /[a-z]/.test(c)).join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(
      typed
        .filter((c) => /\d/.test(c))
        .sort()
        .join(''),
    ).toBe('0123456789');
    expect(typed).toContain(' ');
    const actions = rows.flat().map((k) => k.action.kind);
    expect(actions).toContain('delete');
    expect(actions).toContain('clear');
    expect(actions).not.toContain('shift');
    // The editing keys carry the labels they are given (the viewer's language).
    expect(rows.flat().map((k) => k.label)).toEqual(expect.arrayContaining(['Leer', 'Löschen', 'Leeren']));
    expect(rows[HOME_KEY.search.row][HOME_KEY.search.col].label).toBe('a');
  });

  it('moves Up and Down to the key nearest above or below, wide keys included', () => {
    const rows = searchKeyboardRows(labels);
    // From "z" (row 3, column 4) down to "5"; from Space and from Clear (columns 5–6) to "6" or "7".
    expect(rows[4][nearestColumn(rows[3], 4, rows[4])].label).toBe('5');
    expect(['6', '7']).toContain(rows[4][nearestColumn(rows[3], 5, rows[4])].label);
    const clear = rows[5].findIndex((k) => k.action.kind === 'clear');
    expect(['6', '7']).toContain(rows[4][nearestColumn(rows[5], clear, rows[4])].label);
    expect(rows[5][nearestColumn(rows[4], 0, rows[5])].label).toBe('8');
  });

  it('leaves the sign-in keyboard as it was', () => {
    const rows = keyboardRows('lower');
    rows.forEach((row) => expect(width(row)).toBe(LAYOUT_UNITS.login));
    expect(rows[1].map((k) => k.label).join('')).toBe('qwertyuiop');
    expect(rows[HOME_KEY.login.row][HOME_KEY.login.col].label).toBe('q');
    expect(rows[5].map((k) => k.label)).toEqual(['Space', 'Delete', 'Clear']);
  });
});
