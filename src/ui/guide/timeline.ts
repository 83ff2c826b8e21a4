/**
 * A channel's time line in the guide: its programmes in start order with the holes between them filled by gaps, so
 * that every moment of a range belongs to exactly one segment. The focus can rest on a gap ("No information") as on
 * a programme, which keeps moving through time possible on a channel the guide knows nothing about.
 */

/** A stretch of time (epoch ms, start inclusive, stop exclusive). */
export interface Span {
  start: number;
  stop: number;
}

/** A piece of a channel's time line: a programme, or a gap when `programme` is undefined. */
export interface Segment<P extends Span = Span> extends Span {
  programme: P | undefined;
}

/**
 * The segments covering `[from, to)`: the programmes (in start order; an overlapping one starts where the one before
 * it stops) and gaps between them. A gap at either end stops at the range's edge, so it is "open" there.
 */
export function buildTimeline<P extends Span>(programmes: readonly P[], from: number, to: number): Segment<P>[] {
  const out: Segment<P>[] = [];
  let cursor = from;
  for (const programme of programmes) {
    if (programme.stop <= cursor || programme.start >= to) continue;
    const start = Math.max(programme.start, cursor);
    if (start > cursor) out.push({ start: cursor, stop: start, programme: undefined });
    const stop = Math.min(programme.stop, to);
    // Segments stay contiguous; the programme keeps its own times for the details and for catch-up.
    out.push({ start, stop, programme });
    cursor = stop;
    if (cursor >= to) break;
  }
  if (cursor < to) out.push({ start: cursor, stop: to, programme: undefined });
  return out;
}

/** The index of the segment holding `time`, or -1 when `time` is outside the time line (binary search). */
export function segmentIndexAt(segments: readonly Span[], time: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const segment = segments[mid];
    if (time < segment.start) high = mid - 1;
    else if (time >= segment.stop) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The real bounds of a segment: a programme's own start and stop, or the gap's. */
export function segmentSpan<P extends Span>(segment: Segment<P>): Span {
  return segment.programme ?? segment;
}
