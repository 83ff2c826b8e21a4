/**
 * Index arithmetic of a 2-D virtualised grid: positions ↔ rows and columns, focus moves, the scroll position and
 * which rows exist. Everything is O(1) (no search, no per-item work), so a grid of 150,000 posters costs what a
 * grid of 30 costs. Kept free of Lightning so it runs under jest.
 */

/** The fixed shape of a grid. */
export interface GridShape {
  columns: number;
  /** Rows that fit fully in the visible area. */
  visibleRows: number;
  /** Rows created beyond the visible ones, above and below (so the next row is ready before it scrolls in). */
  marginRows: number;
}

/** A direction the D-pad moves the focus. */
export type GridMove = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown';

/** The row of a position. */
export function rowOf(index: number, columns: number): number {
  return Math.floor(index / columns);
}

/** The column of a position. */
export function columnOf(index: number, columns: number): number {
  return index % columns;
}

/** The position at a row and column. */
export function indexAt(row: number, column: number, columns: number): number {
  return row * columns + column;
}

/** Rows needed for `length` items. */
export function rowCount(length: number, columns: number): number {
  return Math.ceil(length / columns);
}

/** Cards a grid creates: the visible rows plus the margin on both sides, whatever the number of items. */
export function poolSize(shape: GridShape): number {
  return (shape.visibleRows + 2 * shape.marginRows + 1) * shape.columns;
}

/**
 * Where the focus goes from `index`, or -1 when the move leaves the grid (the page hands the focus on: Left from the
 * first column to the category rail). Down from the row above a shorter last row lands on the last item.
 */
export function moveFocus(index: number, move: GridMove, length: number, shape: GridShape): number {
  if (length === 0) return -1;
  const { columns } = shape;
  const row = rowOf(index, columns);
  const lastRow = rowCount(length, columns) - 1;
  switch (move) {
    case 'left':
      return columnOf(index, columns) === 0 ? -1 : index - 1;
    case 'right':
      return columnOf(index, columns) === columns - 1 || index + 1 >= length ? -1 : index + 1;
    case 'up':
      return row === 0 ? -1 : index - columns;
    case 'down':
      if (row === lastRow) return -1;
      return Math.min(length - 1, index + columns);
    case 'pageUp':
      return row === 0 ? index : Math.max(columnOf(index, columns), index - shape.visibleRows * columns);
    case 'pageDown': {
      if (row === lastRow) return index;
      const target = index + shape.visibleRows * columns;
      return target < length ? target : Math.min(length - 1, indexAt(lastRow, columnOf(index, columns), columns));
    }
  }
}

/**
 * The first fully visible row after focusing `focusRow`: unchanged while the row is in view, else just enough to
 * bring it in (no jumping pages), never past the last screenful.
 */
export function scrollTop(top: number, focusRow: number, shape: GridShape, rows: number): number {
  let next = top;
  if (focusRow < next) next = focusRow;
  else if (focusRow >= next + shape.visibleRows) next = focusRow - shape.visibleRows + 1;
  return Math.max(0, Math.min(next, Math.max(0, rows - shape.visibleRows)));
}

/** The rows that have cards while `top` is the first visible row: [first, last], empty when last < first. */
export function rowWindow(top: number, shape: GridShape, rows: number): { first: number; last: number } {
  const poolRows = shape.visibleRows + 2 * shape.marginRows + 1;
  const first = Math.max(0, top - shape.marginRows);
  return { first, last: Math.min(rows - 1, first + poolRows - 1) };
}

/**
 * The pooled card that shows a position. Cards are bound by row modulo the pool's rows, so a card keeps its item
 * while its row stays in the window and scrolling by one row rebinds one row of cards.
 */
export function slotOf(index: number, shape: GridShape): number {
  return index % poolSize(shape);
}
