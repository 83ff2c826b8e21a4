/**
 * The guide's geometry and time window, as plain arithmetic: which stretch of time the grid shows, where a programme's
 * cell sits in it (clipped at the window's edges), and where the window moves to show a programme.
 */
import type { Span } from './timeline';

/** One column of the grid: 30 minutes. */
export const SLOT_MS = 30 * 60 * 1000;

/** One day, for the day keys. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** How much time the grid shows across: four columns, two hours. */
export const WINDOW_MS = 4 * SLOT_MS;

/** Where the window's start may go (epoch ms, both inclusive). */
export interface WindowBounds {
  min: number;
  max: number;
}

/** A cell's place in the grid row, in pixels from the row's left edge. */
export interface CellGeometry {
  x: number;
  w: number;
  /** The programme started before the window (its left edge is cut). */
  clippedStart: boolean;
  /** The programme runs on after the window (its right edge is cut). */
  clippedEnd: boolean;
}

/**
 * `time` rounded down to a half hour of the viewer's clock. `utcOffsetMs` is the local zone's offset east of UTC, so
 * that columns start at :00 and :30 local time in zones a quarter hour off UTC too.
 */
export function alignToSlot(time: number, utcOffsetMs = 0): number {
  const local = time + utcOffsetMs;
  return local - (((local % SLOT_MS) + SLOT_MS) % SLOT_MS) - utcOffsetMs;
}

/** `start` moved into `bounds` (and onto a half-hour boundary is the caller's business). */
export function clampWindow(start: number, bounds: WindowBounds): number {
  return Math.max(bounds.min, Math.min(bounds.max, start));
}

/**
 * The cell of `span` in a window starting at `windowStart` that is `width` pixels wide; undefined when the span lies
 * outside the window. Edges are rounded to whole pixels from the window's start, so neighbouring cells meet exactly.
 */
export function cellGeometry(
  span: Span,
  windowStart: number,
  width: number,
  windowMs: number = WINDOW_MS,
): CellGeometry | undefined {
  const windowEnd = windowStart + windowMs;
  if (span.stop <= windowStart || span.start >= windowEnd) return undefined;
  const from = Math.max(span.start, windowStart);
  const to = Math.min(span.stop, windowEnd);
  const x = Math.round(((from - windowStart) * width) / windowMs);
  const right = Math.round(((to - windowStart) * width) / windowMs);
  return { x, w: right - x, clippedStart: span.start < windowStart, clippedEnd: span.stop > windowEnd };
}

/** The x position of `time` in the window, or undefined outside it (the "now" line). */
export function timeToX(time: number, windowStart: number, width: number, windowMs: number = WINDOW_MS) {
  if (time < windowStart || time > windowStart + windowMs) return undefined;
  return Math.round(((time - windowStart) * width) / windowMs);
}

/** The half-hour marks inside the window, for the time header. */
export function slotStarts(windowStart: number, utcOffsetMs = 0, windowMs: number = WINDOW_MS): number[] {
  const out: number[] = [];
  for (let t = alignToSlot(windowStart + SLOT_MS - 1, utcOffsetMs); t < windowStart + windowMs; t += SLOT_MS) {
    out.push(t);
  }
  return out;
}

/**
 * Where the window goes so that `target` shows. A programme already showing at least half an hour (or all of itself,
 * when shorter) keeps the window still. One lying after the window brings its start to the window's first column;
 * one lying before it brings its end to the last column (or its start to the first, when it is short), so the
 * programme the focus came from stays in view when it can.
 */
export function windowShowing(
  target: Span,
  windowStart: number,
  bounds: WindowBounds,
  utcOffsetMs = 0,
  windowMs: number = WINDOW_MS,
): number {
  const windowEnd = windowStart + windowMs;
  const shown = Math.min(target.stop, windowEnd) - Math.max(target.start, windowStart);
  if (shown >= Math.min(SLOT_MS, target.stop - target.start)) return windowStart;
  let next: number;
  if (target.start >= windowStart) {
    next = alignToSlot(target.start, utcOffsetMs);
  } else {
    const endColumn = alignToSlot(target.stop - 1, utcOffsetMs) + SLOT_MS;
    next = Math.max(alignToSlot(target.start, utcOffsetMs), endColumn - windowMs);
  }
  return clampWindow(next, bounds);
}

/**
 * Where the window may go: across the days the guide holds (`guideSpan`, as published), or a day either side of
 * `now` while there is no guide yet. Never narrower than one window around now.
 */
export function windowBounds(guideSpan: Span | undefined, now: number, utcOffsetMs = 0): WindowBounds {
  const from = guideSpan ? Math.min(guideSpan.start, now) : now - DAY_MS;
  const to = guideSpan ? Math.max(guideSpan.stop, now + WINDOW_MS) : now + DAY_MS;
  const min = alignToSlot(from, utcOffsetMs);
  return { min, max: Math.max(min, to - WINDOW_MS) };
}
