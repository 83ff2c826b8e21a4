import { DAY_MS, SLOT_MS } from '../../../../src/ui/guide/layout';
import {
  initialPosition,
  moveAcross,
  moveRows,
  navigationRange,
  shiftDays,
  type GuidePosition,
} from '../../../../src/ui/guide/navigation';
import { buildTimeline, segmentIndexAt } from '../../../../src/ui/guide/timeline';

const MIN = 60000;
const T0 = Date.UTC(2026, 10, 23, 20, 0);
const BOUNDS = { min: T0 - 3 * DAY_MS, max: T0 + 3 * DAY_MS };
const p = (from: number, to: number, title: string) => ({ start: T0 + from * MIN, stop: T0 + to * MIN, title });

/** News every 15 minutes before 20:00, a film 20:00-21:50, a show 21:50-22:40, then nothing known. */
const ROW = [
  p(-60, -45, 'N1'),
  p(-45, -30, 'N2'),
  p(-30, -15, 'N3'),
  p(-15, 0, 'N4'),
  p(0, 110, 'Film'),
  p(110, 160, 'Show'),
];

/** Moves across `programmes` the way the page does: the time line is built for the range around the window. */
function across(programmes: typeof ROW, position: GuidePosition, step: 1 | -1): GuidePosition {
  const { from, to } = navigationRange(position.windowStart);
  return moveAcross(buildTimeline(programmes, from, to), position, step, { bounds: BOUNDS });
}

function focusedTitle(programmes: typeof ROW, position: GuidePosition): string | undefined {
  const { from, to } = navigationRange(position.windowStart);
  const line = buildTimeline(programmes, from, to);
  return line[segmentIndexAt(line, position.time)]?.programme?.title;
}

describe('moving the focus in the guide', () => {
  it('starts a column before the current half hour, on what is on now', () => {
    const now = T0 + 40 * MIN;
    // 20:40: the current half hour starts at 20:30, so the window starts at 20:00.
    expect(initialPosition(now, 3, BOUNDS)).toEqual({ row: 3, windowStart: T0, time: now });
  });

  it('walks right through the programmes, moving the window only when the next one is out of view', () => {
    let at: GuidePosition = { row: 0, windowStart: T0, time: T0 + 10 * MIN };
    expect(focusedTitle(ROW, at)).toBe('Film');
    at = across(ROW, at, 1);
    // The show starts at 21:50, showing only 10 minutes in the 20:00-22:00 window: the window moves to 21:30.
    expect(focusedTitle(ROW, at)).toBe('Show');
    expect(at.windowStart).toBe(T0 + 90 * MIN);
    expect(at.time).toBe(T0 + 110 * MIN);
    // After the show nothing is known: the focus goes to the gap, then each press moves the window a column.
    at = across(ROW, at, 1);
    expect(focusedTitle(ROW, at)).toBeUndefined();
    expect(at.time).toBe(T0 + 160 * MIN);
    const before = at.windowStart;
    at = across(ROW, at, 1);
    expect(at.windowStart).toBe(before + SLOT_MS);
    expect(focusedTitle(ROW, at)).toBeUndefined();
  });

  it('walks left into a long programme with its end in view, then through short ones', () => {
    let at: GuidePosition = { row: 0, windowStart: T0 + 90 * MIN, time: T0 + 110 * MIN };
    expect(focusedTitle(ROW, at)).toBe('Show');
    at = across(ROW, at, -1);
    // Only 21:30-21:50 of the film shows: the window moves back so that the film's end is in its last column.
    expect(focusedTitle(ROW, at)).toBe('Film');
    expect(at.windowStart).toBe(T0);
    expect(at.time).toBe(T0);
    at = across(ROW, at, -1);
    expect(focusedTitle(ROW, at)).toBe('N4');
    expect(at.windowStart).toBe(T0 - SLOT_MS);
    at = across(ROW, at, -1);
    expect(focusedTitle(ROW, at)).toBe('N3');
  });

  it('moves through time on a channel without guide data, a column per press, within the bounds', () => {
    let at: GuidePosition = { row: 0, windowStart: T0, time: T0 + 10 * MIN };
    at = across([], at, 1);
    expect(at).toEqual({ row: 0, windowStart: T0 + SLOT_MS, time: T0 + SLOT_MS });
    at = across([], at, -1);
    at = across([], at, -1);
    expect(at.windowStart).toBe(T0 - SLOT_MS);
    const edge: GuidePosition = { row: 0, windowStart: BOUNDS.min, time: BOUNDS.min };
    expect(across([], edge, -1)).toBe(edge);
  });

  it('keeps the moment when moving up and down, and stays inside the list', () => {
    const at: GuidePosition = { row: 2, windowStart: T0, time: T0 + 45 * MIN };
    expect(moveRows(at, 1, 10)).toEqual({ row: 3, windowStart: T0, time: T0 + 45 * MIN });
    expect(moveRows(at, -7, 10).row).toBe(0);
    expect(moveRows(at, 7, 5).row).toBe(4);
    const last = { ...at, row: 4 };
    expect(moveRows(last, 1, 5)).toBe(last);
  });

  it('shifts window and moment by a day, not past the guide days', () => {
    const at: GuidePosition = { row: 1, windowStart: T0, time: T0 + 45 * MIN };
    expect(shiftDays(at, 1, BOUNDS)).toEqual({ row: 1, windowStart: T0 + DAY_MS, time: T0 + DAY_MS + 45 * MIN });
    expect(shiftDays(at, -1, BOUNDS)).toEqual({ row: 1, windowStart: T0 - DAY_MS, time: T0 - DAY_MS + 45 * MIN });
    const near = { min: T0 - 2 * 60 * MIN, max: T0 + 12 * 60 * MIN };
    expect(shiftDays(at, 1, near).windowStart).toBe(T0 + 12 * 60 * MIN);
    expect(shiftDays(at, 1, near).time).toBe(T0 + 12 * 60 * MIN + 45 * MIN);
    const start = { ...at, windowStart: near.min };
    expect(shiftDays(start, -1, near)).toBe(start);
  });
});
