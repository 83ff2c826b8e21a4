/** Times as the on-screen display writes them. Free of Lightning, so jest runs it. */
import { formatClock } from '../preferences';

/** The clock time of `epochMs` in the device's time zone, in the format chosen in Settings ("21:30", "9:30 PM"). */
export function clockTime(epochMs: number): string {
  return formatClock(epochMs);
}

/** "20:00 – 21:15" for a programme. */
export function timeRange(start: number, stop: number): string {
  return `${clockTime(start)} – ${clockTime(stop)}`;
}

/** How far `now` is into `[start, stop)`, from 0 to 1. */
export function progressAt(start: number, stop: number, now: number): number {
  if (stop <= start) return 0;
  return Math.min(1, Math.max(0, (now - start) / (stop - start)));
}

/** Whole minutes left until `stop` (at least 0, rounded up so "1 min" shows until the end). */
export function minutesLeft(stop: number, now: number): number {
  return Math.max(0, Math.ceil((stop - now) / 60000));
}
