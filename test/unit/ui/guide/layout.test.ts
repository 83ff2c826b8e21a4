import {
  alignToSlot,
  cellGeometry,
  DAY_MS,
  SLOT_MS,
  slotStarts,
  timeToX,
  WINDOW_MS,
  windowBounds,
  windowShowing,
} from '../../../../src/ui/guide/layout';

const MIN = 60000;
/** 2026-11-23 20:00 UTC. */
const T0 = Date.UTC(2026, 10, 23, 20, 0);
const WIDTH = 1280;
const BOUNDS = { min: T0 - DAY_MS, max: T0 + DAY_MS };

describe('guide window arithmetic', () => {
  it('aligns to half hours of the local clock, also in zones a quarter hour off UTC', () => {
    expect(alignToSlot(T0 + 29 * MIN)).toBe(T0);
    expect(alignToSlot(T0 + 30 * MIN)).toBe(T0 + SLOT_MS);
    expect(alignToSlot(T0 - 1)).toBe(T0 - SLOT_MS);
    // Nepal is UTC+5:45: 20:00 UTC is 01:45 local, so the column starts at 01:30 local = 19:45 UTC.
    expect(alignToSlot(T0, (5 * 60 + 45) * MIN)).toBe(T0 - 15 * MIN);
  });

  it('places a programme inside the window by its times, in whole pixels', () => {
    // 20:30-21:00 in a 20:00-22:00 window 1280 px wide: a quarter of the width, starting at a quarter.
    expect(cellGeometry({ start: T0 + 30 * MIN, stop: T0 + 60 * MIN }, T0, WIDTH)).toEqual({
      x: 320,
      w: 320,
      clippedStart: false,
      clippedEnd: false,
    });
    const a = cellGeometry({ start: T0, stop: T0 + 7 * MIN }, T0, WIDTH)!;
    const b = cellGeometry({ start: T0 + 7 * MIN, stop: T0 + 19 * MIN }, T0, WIDTH)!;
    expect(a.x + a.w).toBe(b.x); // neighbours meet exactly
  });

  it('clips a programme at the window edges and leaves out one outside it', () => {
    expect(cellGeometry({ start: T0 - 45 * MIN, stop: T0 + 15 * MIN }, T0, WIDTH)).toEqual({
      x: 0,
      w: 160,
      clippedStart: true,
      clippedEnd: false,
    });
    expect(cellGeometry({ start: T0 + 90 * MIN, stop: T0 + 5 * 60 * MIN }, T0, WIDTH)).toEqual({
      x: 960,
      w: 320,
      clippedStart: false,
      clippedEnd: true,
    });
    expect(cellGeometry({ start: T0 - 3 * 60 * MIN, stop: T0 + 3 * 60 * MIN }, T0, WIDTH)).toMatchObject({
      x: 0,
      w: WIDTH,
    });
    expect(cellGeometry({ start: T0 - 60 * MIN, stop: T0 }, T0, WIDTH)).toBeUndefined();
    expect(cellGeometry({ start: T0 + WINDOW_MS, stop: T0 + WINDOW_MS + MIN }, T0, WIDTH)).toBeUndefined();
  });

  it('puts the now line and the half-hour marks where their times are', () => {
    expect(timeToX(T0 + 60 * MIN, T0, WIDTH)).toBe(640);
    expect(timeToX(T0 - 1, T0, WIDTH)).toBeUndefined();
    expect(slotStarts(T0)).toEqual([T0, T0 + SLOT_MS, T0 + 2 * SLOT_MS, T0 + 3 * SLOT_MS]);
    expect(slotStarts(T0 + 10 * MIN)).toEqual([T0 + SLOT_MS, T0 + 2 * SLOT_MS, T0 + 3 * SLOT_MS, T0 + 4 * SLOT_MS]);
  });

  it('keeps the window while the target shows at least half an hour, else brings it into view', () => {
    // Showing 21:30-22:00 (the last column): stays.
    expect(windowShowing({ start: T0 + 90 * MIN, stop: T0 + 180 * MIN }, T0, BOUNDS)).toBe(T0);
    // A 10-minute programme fully visible: stays.
    expect(windowShowing({ start: T0 + 110 * MIN, stop: T0 + 120 * MIN }, T0, BOUNDS)).toBe(T0);
    // Starting after the window: its start goes to the first column.
    expect(windowShowing({ start: T0 + 125 * MIN, stop: T0 + 150 * MIN }, T0, BOUNDS)).toBe(T0 + 2 * 60 * MIN);
    // Only 10 minutes of it showing at the right edge: the window moves to its start.
    expect(windowShowing({ start: T0 + 110 * MIN, stop: T0 + 170 * MIN }, T0, BOUNDS)).toBe(T0 + 90 * MIN);
    // Before the window, short: its start goes to the first column.
    expect(windowShowing({ start: T0 - 50 * MIN, stop: T0 - 20 * MIN }, T0, BOUNDS)).toBe(T0 - 60 * MIN);
    // Before the window, long: its end goes to the last column.
    expect(windowShowing({ start: T0 - 6 * 60 * MIN, stop: T0 - 20 * MIN }, T0, BOUNDS)).toBe(T0 - 120 * MIN);
  });

  it('never moves the window past its bounds', () => {
    const bounds = { min: T0, max: T0 + 60 * MIN };
    expect(windowShowing({ start: T0 + 5 * 60 * MIN, stop: T0 + 6 * 60 * MIN }, T0, bounds)).toBe(T0 + 60 * MIN);
    expect(windowShowing({ start: T0 - 5 * 60 * MIN, stop: T0 - 4 * 60 * MIN }, T0 + 30 * MIN, bounds)).toBe(T0);
  });

  it('bounds the window by the guide days, or a day around now without a guide', () => {
    const now = T0 + 10 * MIN;
    expect(windowBounds(undefined, now)).toEqual({ min: T0 - DAY_MS, max: now + DAY_MS - WINDOW_MS });
    const guide = { start: T0 - 3 * DAY_MS + 7 * MIN, stop: T0 + 7 * DAY_MS };
    expect(windowBounds(guide, now)).toEqual({ min: T0 - 3 * DAY_MS, max: T0 + 7 * DAY_MS - WINDOW_MS });
  });
});
