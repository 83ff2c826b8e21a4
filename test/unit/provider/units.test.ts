import { parseArguments } from '../../provider/cli';
import { loadClip } from '../../provider/clip';
import { phpSeasonMap } from '../../provider/infoShapes';
import { phpJson } from '../../provider/json';
import { interpretRange } from '../../provider/ranges';
import { parseTimeshiftStart } from '../../provider/timeshift';
import { formatLocalDateTime, formatXmltvTime, localTimeToUnix } from '../../provider/time';
import { TsRetimer, presentationTimes } from '../../provider/tsRetimer';

describe('provider building blocks', () => {
  it('encodes JSON like PHP: escaped slashes and \\u escapes for non-ASCII', () => {
    expect(phpJson({ url: 'http://a/b', name: 'Café 東' })).toBe(
      '{"url":"http:\\/\\/a\\/b","name":"Caf\\u00e9 \\u6771"}',
    );
    expect(JSON.parse(phpJson({ name: 'Café 😀' }))).toEqual({ name: 'Café 😀' });
  });

  it('encodes season maps as PHP does: keys 0..n-1 give a list, others an object', () => {
    expect(
      phpSeasonMap(
        new Map([
          [0, ['a']],
          [1, ['b']],
        ]),
      ),
    ).toEqual([['a'], ['b']]);
    expect(
      phpSeasonMap(
        new Map([
          [1, ['a']],
          [2, ['b']],
        ]),
      ),
    ).toEqual({ '1': ['a'], '2': ['b'] });
  });

  it('formats and reads times in Europe/Berlin across daylight saving time', () => {
    const winter = Date.UTC(2026, 0, 10, 19, 0) / 1000;
    const summer = Date.UTC(2026, 6, 10, 18, 0) / 1000;
    expect(formatLocalDateTime(winter)).toBe('2026-01-10 20:00:00');
    expect(formatLocalDateTime(summer)).toBe('2026-07-10 20:00:00');
    expect(formatXmltvTime(winter)).toBe('20260110200000 +0100');
    expect(formatXmltvTime(summer)).toBe('20260710200000 +0200');
    expect(localTimeToUnix(2026, 1, 10, 20, 0)).toBe(winter);
    expect(localTimeToUnix(2026, 7, 10, 20, 0)).toBe(summer);
    expect(parseTimeshiftStart('2026-07-10:20-00')).toBe(summer);
    expect(parseTimeshiftStart('20260110-20')).toBe(winter);
    expect(parseTimeshiftStart('1752170400')).toBeUndefined();
  });

  it('interprets Range headers', () => {
    expect(interpretRange(undefined, 100)).toEqual({ kind: 'full' });
    expect(interpretRange('bytes=10-19', 100)).toEqual({ kind: 'partial', start: 10, end: 19 });
    expect(interpretRange('bytes=90-200', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(interpretRange('bytes=-30', 100)).toEqual({ kind: 'partial', start: 70, end: 99 });
    expect(interpretRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(interpretRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'full' });
  });

  it('parses the command line', () => {
    expect(
      parseArguments(['--port', '0', '--flavour', 'xui', '--size', 'large', '--error-rate', '0.2', '--malformed']),
    ).toEqual({
      port: 0,
      flavour: 'xui',
      size: 'large',
      faults: { errorRate: 0.2, malformedJson: true },
    });
    expect(() => parseArguments(['--flavour', 'xc3'])).toThrow('xc2 or xui');
  });
});

describe('looping the clip as one continuous MPEG-TS stream', () => {
  const clip = loadClip();
  const retimer = new TsRetimer();
  const stream = Buffer.concat([retimer.retime(clip.ts, 0), retimer.retime(clip.ts, clip.tsLoopTicks)]);

  it('shifts the second loop so every stream keeps increasing timestamps', () => {
    for (const times of presentationTimes(stream).values()) {
      const half = times.length / 2;
      expect(Number.isInteger(half)).toBe(true);
      expect(times[half]).toBeGreaterThan(Math.max(...times.slice(0, half)));
    }
    expect(clip.tsLoopTicks / 90_000).toBeCloseTo(clip.loopSeconds, 1);
  });

  it('continues the continuity counters across the loop', () => {
    const last = new Map<number, number>();
    const jumps: string[] = [];
    for (let p = 0; p < stream.length; p += 188) {
      if (!(stream[p + 3] & 0x10)) continue;
      const pid = ((stream[p + 1] & 0x1f) << 8) | stream[p + 2];
      const counter = stream[p + 3] & 0x0f;
      const previous = last.get(pid);
      if (previous !== undefined && counter !== ((previous + 1) & 0x0f)) jumps.push(`pid ${pid} at byte ${p}`);
      last.set(pid, counter);
    }
    expect(jumps).toEqual([]);
  });
});
