import {
  columnOf,
  indexAt,
  moveFocus,
  poolSize,
  rowCount,
  rowOf,
  rowWindow,
  scrollTop,
  slotOf,
  type GridShape,
} from '../../../../src/ui/library/gridMath';

const SHAPE: GridShape = { columns: 6, visibleRows: 2, marginRows: 1 };

describe('poster grid arithmetic', () => {
  it('maps positions to rows and columns and back', () => {
    expect([rowOf(0, 6), columnOf(0, 6)]).toEqual([0, 0]);
    expect([rowOf(5, 6), columnOf(5, 6)]).toEqual([0, 5]);
    expect([rowOf(6, 6), columnOf(6, 6)]).toEqual([1, 0]);
    expect([rowOf(149999, 6), columnOf(149999, 6)]).toEqual([24999, 5]);
    for (const index of [0, 7, 13, 149999]) expect(indexAt(rowOf(index, 6), columnOf(index, 6), 6)).toBe(index);
    expect(rowCount(150000, 6)).toBe(25000);
    expect(rowCount(7, 6)).toBe(2);
    expect(rowCount(0, 6)).toBe(0);
  });

  it('creates the visible rows, a partly visible one and one margin row on each side, whatever the length', () => {
    expect(poolSize(SHAPE)).toBe(30);
  });

  it('moves the focus inside the grid and reports moves that leave it', () => {
    expect(moveFocus(0, 'left', 100, SHAPE)).toBe(-1);
    expect(moveFocus(0, 'up', 100, SHAPE)).toBe(-1);
    expect(moveFocus(0, 'right', 100, SHAPE)).toBe(1);
    expect(moveFocus(5, 'right', 100, SHAPE)).toBe(-1);
    expect(moveFocus(7, 'left', 100, SHAPE)).toBe(6);
    expect(moveFocus(7, 'up', 100, SHAPE)).toBe(1);
    expect(moveFocus(1, 'down', 100, SHAPE)).toBe(7);
    // The last row holds 4 of 6 (items 96..99): Down from above an empty cell lands on the last item.
    expect(moveFocus(95, 'down', 100, SHAPE)).toBe(99);
    expect(moveFocus(98, 'down', 100, SHAPE)).toBe(-1);
    expect(moveFocus(99, 'right', 100, SHAPE)).toBe(-1);
    expect(moveFocus(0, 'down', 0, SHAPE)).toBe(-1);
  });

  it('pages by the visible rows, keeping the column, and stops at the ends', () => {
    expect(moveFocus(2, 'pageDown', 100, SHAPE)).toBe(14);
    expect(moveFocus(14, 'pageUp', 100, SHAPE)).toBe(2);
    expect(moveFocus(8, 'pageUp', 100, SHAPE)).toBe(2);
    expect(moveFocus(2, 'pageUp', 100, SHAPE)).toBe(2);
    expect(moveFocus(91, 'pageDown', 100, SHAPE)).toBe(97);
    expect(moveFocus(95, 'pageDown', 100, SHAPE)).toBe(99);
    expect(moveFocus(97, 'pageDown', 100, SHAPE)).toBe(97);
  });

  it('scrolls only as far as needed to bring the focused row into view', () => {
    const rows = 100;
    expect(scrollTop(0, 0, SHAPE, rows)).toBe(0);
    expect(scrollTop(0, 1, SHAPE, rows)).toBe(0);
    expect(scrollTop(0, 2, SHAPE, rows)).toBe(1);
    expect(scrollTop(5, 6, SHAPE, rows)).toBe(5);
    expect(scrollTop(5, 4, SHAPE, rows)).toBe(4);
    expect(scrollTop(0, 99, SHAPE, rows)).toBe(98);
    expect(scrollTop(0, 0, SHAPE, 1)).toBe(0);
  });

  it('keeps cards for the window of rows around the visible ones', () => {
    expect(rowWindow(0, SHAPE, 100)).toEqual({ first: 0, last: 4 });
    expect(rowWindow(10, SHAPE, 100)).toEqual({ first: 9, last: 13 });
    expect(rowWindow(98, SHAPE, 100)).toEqual({ first: 97, last: 99 });
    expect(rowWindow(0, SHAPE, 0).last).toBeLessThan(rowWindow(0, SHAPE, 0).first);
  });

  it('binds every position of a window to a distinct card, and a card keeps its item while its row stays', () => {
    for (const top of [0, 1, 57, 24998]) {
      const { first, last } = rowWindow(top, SHAPE, 25000);
      const slots = new Set<number>();
      for (let index = first * 6; index < (last + 1) * 6; index++) slots.add(slotOf(index, SHAPE));
      expect(slots.size).toBe((last - first + 1) * 6);
      for (const slot of slots) expect(slot).toBeLessThan(poolSize(SHAPE));
    }
    // Scrolling one row down: the rows both windows share keep their cards.
    expect(slotOf(60, SHAPE)).toBe(slotOf(60, SHAPE));
    expect(slotOf(6 * 11, SHAPE)).not.toBe(slotOf(6 * 12, SHAPE));
  });
});
