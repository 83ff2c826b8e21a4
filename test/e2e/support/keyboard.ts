/**
 * Typing on the app's on-screen keyboard the way a viewer does: arrows and OK only. Paths are planned on the same
 * layout the app draws (`src/ui/components/keyboardLayout.ts`), and before each OK the test hook must report the
 * intended key focused, so a path that went wrong fails at the key it missed.
 */
import type { Page } from 'playwright-core';
import { nearestColumn, type KeyDef } from '../../../src/ui/components/keyboardLayout';
import { focused, press, waitUntil } from './app';

/** Where the keyboard's focus is (row and column of `rows`). */
export interface KeyPosition {
  row: number;
  col: number;
}

/** Types `text` on the keyboard laid out as `rows`, starting with the focus at `start`; resolves where it ends. */
export async function typeOnKeyboard(
  page: Page,
  rows: readonly KeyDef[][],
  text: string,
  start: KeyPosition,
): Promise<KeyPosition> {
  let at = { ...start };
  for (const char of text) {
    const row = rows.findIndex((keys) => keys.some((k) => k.label === char));
    if (row < 0) throw new Error(`"${char}" is not on this keyboard`);
    const col = rows[row].findIndex((k) => k.label === char);
    while (at.row !== row) {
      const next = at.row < row ? at.row + 1 : at.row - 1;
      await press(page, at.row < row ? 'ArrowDown' : 'ArrowUp');
      at = { row: next, col: nearestColumn(rows[at.row], at.col, rows[next]) };
    }
    while (at.col !== col) {
      await press(page, at.col < col ? 'ArrowRight' : 'ArrowLeft');
      at = { row: at.row, col: at.col + (at.col < col ? 1 : -1) };
    }
    await waitUntil(
      () => focused(page),
      (f) => f.endsWith(`:${char}`),
      `the "${char}" key to have the focus`,
      5000,
    );
    await press(page, 'Enter');
  }
  return at;
}
