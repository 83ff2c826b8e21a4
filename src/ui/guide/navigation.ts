/**
 * How the focus moves in the guide grid. The position is a channel row, the window's start and a moment in time: the
 * focused cell is whatever segment of the focused row holds that moment. Up/Down keep the moment (so the focus stays
 * at the same time of day from channel to channel); Left/Right walk the row's programmes and move the window when the
 * next one is out of view; the day keys move window and moment together by 24 hours.
 */
import { alignToSlot, clampWindow, DAY_MS, SLOT_MS, WINDOW_MS, windowShowing, type WindowBounds } from './layout';
import { segmentIndexAt, segmentSpan, type Segment } from './timeline';

/** Where the viewer is in the guide. */
export interface GuidePosition {
  /** Index of the focused channel in the guide's channel list. */
  row: number;
  /** The start of the window shown (epoch ms). */
  windowStart: number;
  /** The moment the focus stands on; the focused cell is the segment of the focused row holding it. */
  time: number;
}

/** What moving across needs to know besides the row's time line. */
export interface MoveContext {
  bounds: WindowBounds;
  /** The viewer's zone offset east of UTC (ms), so columns start at :00 and :30 local time. */
  utcOffsetMs?: number;
  windowMs?: number;
}

/** The first position: the window a column before the current half hour, the focus on what is on now. */
export function initialPosition(now: number, row: number, bounds: WindowBounds, utcOffsetMs = 0): GuidePosition {
  const windowStart = clampWindow(alignToSlot(now, utcOffsetMs) - SLOT_MS, bounds);
  return { row, windowStart, time: Math.max(windowStart, Math.min(now, windowStart + WINDOW_MS - 1)) };
}

/**
 * Right (`step` 1) or Left (-1). `segments` is the focused row's time line for a range reaching past the window on
 * both sides. The focus goes to the neighbouring segment, and the window follows it when it is out of view. Past the
 * last segment (nothing known beyond the range, e.g. a channel without guide data), the window moves one column.
 */
export function moveAcross(
  segments: readonly Segment[],
  position: GuidePosition,
  step: 1 | -1,
  context: MoveContext,
): GuidePosition {
  const windowMs = context.windowMs ?? WINDOW_MS;
  const offset = context.utcOffsetMs ?? 0;
  const index = segmentIndexAt(segments, position.time);
  const current = index >= 0 ? segments[index] : undefined;
  const target = index >= 0 ? segments[index + step] : undefined;
  if (!target) {
    const windowStart = clampWindow(position.windowStart + step * SLOT_MS, context.bounds);
    if (windowStart === position.windowStart) return position;
    const time = step > 0 && current ? Math.max(current.start, windowStart) : windowStart;
    return { ...position, windowStart, time };
  }
  const windowStart = windowShowing(segmentSpan(target), position.windowStart, context.bounds, offset, windowMs);
  const time = Math.min(target.stop - 1, Math.max(target.start, windowStart));
  return { ...position, windowStart, time };
}

/** Up/Down by `delta` rows (a page for the channel keys), kept inside the list; the moment stays. */
export function moveRows(position: GuidePosition, delta: number, rowCount: number): GuidePosition {
  const row = Math.max(0, Math.min(rowCount - 1, position.row + delta));
  return row === position.row ? position : { ...position, row };
}

/** A day back (`days` -1) or ahead (1): window and moment move together, within the bounds. */
export function shiftDays(position: GuidePosition, days: number, bounds: WindowBounds): GuidePosition {
  const windowStart = clampWindow(position.windowStart + days * DAY_MS, bounds);
  const moved = windowStart - position.windowStart;
  return moved === 0 ? position : { ...position, windowStart, time: position.time + moved };
}

/** The range a row's time line is built for when the focus moves across: the window and a window's width each side. */
export function navigationRange(windowStart: number, windowMs: number = WINDOW_MS): { from: number; to: number } {
  return { from: windowStart - windowMs, to: windowStart + 2 * windowMs };
}
