import { buildTimeline, segmentIndexAt, segmentSpan } from '../../../../src/ui/guide/timeline';

const MIN = 60000;
const T0 = Date.UTC(2026, 10, 23, 20, 0);
const p = (from: number, to: number, title: string) => ({ start: T0 + from * MIN, stop: T0 + to * MIN, title });

describe('a channel time line', () => {
  it('covers the range with the programmes and the gaps between them', () => {
    const line = buildTimeline([p(-30, 20, 'A'), p(20, 50, 'B'), p(80, 200, 'C')], T0, T0 + 120 * MIN);
    expect(line.map((s) => [(s.start - T0) / MIN, (s.stop - T0) / MIN, s.programme?.title])).toEqual([
      [0, 20, 'A'],
      [20, 50, 'B'],
      [50, 80, undefined],
      [80, 120, 'C'],
    ]);
    // A clipped programme keeps its own times.
    expect(segmentSpan(line[0])).toMatchObject({ start: T0 - 30 * MIN, stop: T0 + 20 * MIN });
    expect(segmentSpan(line[2])).toEqual({ start: T0 + 50 * MIN, stop: T0 + 80 * MIN, programme: undefined });
  });

  it('is a single gap for a channel without programmes', () => {
    expect(buildTimeline([], T0, T0 + 120 * MIN)).toEqual([{ start: T0, stop: T0 + 120 * MIN, programme: undefined }]);
  });

  it('starts an overlapping programme where the one before it stops', () => {
    const line = buildTimeline([p(0, 60, 'A'), p(30, 90, 'B'), p(40, 50, 'inside A')], T0, T0 + 120 * MIN);
    expect(line.map((s) => [(s.start - T0) / MIN, (s.stop - T0) / MIN, s.programme?.title])).toEqual([
      [0, 60, 'A'],
      [60, 90, 'B'],
      [90, 120, undefined],
    ]);
  });

  it('finds the segment holding a moment, start inclusive and stop exclusive', () => {
    const line = buildTimeline([p(0, 20, 'A'), p(20, 50, 'B')], T0, T0 + 120 * MIN);
    expect(segmentIndexAt(line, T0)).toBe(0);
    expect(segmentIndexAt(line, T0 + 20 * MIN - 1)).toBe(0);
    expect(segmentIndexAt(line, T0 + 20 * MIN)).toBe(1);
    expect(segmentIndexAt(line, T0 + 119 * MIN)).toBe(2);
    expect(segmentIndexAt(line, T0 + 120 * MIN)).toBe(-1);
    expect(segmentIndexAt(line, T0 - 1)).toBe(-1);
  });
});
