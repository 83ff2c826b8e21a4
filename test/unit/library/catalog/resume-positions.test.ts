import { FINISHED_FRACTION, ResumePositions, type ResumePosition } from '../../../../src/library/catalog';

function at(
  id: string,
  positionSec: number,
  updatedAt: number,
  kind: ResumePosition['kind'] = 'movie',
): ResumePosition {
  return { id, kind, positionSec, durationSec: 6000, updatedAt };
}

describe('ResumePositions', () => {
  it('sets, reads and clears a position per kind and id', () => {
    const positions = ResumePositions.empty()
      .set(at('m1', 120, 1))
      .set(at('e1', 30, 2, 'series'));
    expect(positions.get('movie', 'm1')?.positionSec).toBe(120);
    expect(positions.get('series', 'e1')?.positionSec).toBe(30);
    expect(positions.get('series', 'm1')).toBeUndefined();
    expect(positions.set(at('m1', 300, 3)).get('movie', 'm1')?.positionSec).toBe(300);
    expect(positions.clear('movie', 'm1').get('movie', 'm1')).toBeUndefined();
    expect(positions.clear('movie', 'nope')).toBe(positions);
  });

  it('drops a finished position instead of keeping it', () => {
    const positions = ResumePositions.empty().set(at('m1', 120, 1));
    expect(positions.set(at('m1', 6000 * FINISHED_FRACTION, 2)).get('movie', 'm1')).toBeUndefined();
    expect(positions.set(at('m1', 0, 2)).get('movie', 'm1')).toBeUndefined();
  });

  it('keeps a position of unknown duration', () => {
    const positions = ResumePositions.empty().set({
      id: 'x',
      kind: 'movie',
      positionSec: 50,
      durationSec: 0,
      updatedAt: 1,
    });
    expect(positions.continueWatching().map((p) => p.id)).toEqual(['x']);
  });

  it('continues watching the unfinished items, most recently updated first', () => {
    const positions = ResumePositions.empty()
      .set(at('a', 100, 1))
      .set(at('b', 100, 3))
      .set(at('e', 100, 2, 'series'))
      .set(at('a', 200, 4));
    expect(positions.continueWatching().map((p) => p.id)).toEqual(['a', 'b', 'e']);
    expect(positions.continueWatching({ kind: 'series' }).map((p) => p.id)).toEqual(['e']);
    expect(positions.continueWatching({ limit: 2 }).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('round-trips through plain data and drops malformed or finished entries', () => {
    const positions = ResumePositions.empty()
      .set(at('a', 100, 1))
      .set(at('b', 200, 2));
    const data = JSON.parse(JSON.stringify(positions));
    expect(ResumePositions.from(data).toJSON()).toEqual(data);
    const repaired = ResumePositions.from([
      at('a', 100, 1),
      at('a', 150, 5),
      at('done', 5990, 3),
      { id: 'bad', kind: 'music', positionSec: 1, durationSec: 2, updatedAt: 3 },
      { id: 'nan', kind: 'movie', positionSec: NaN, durationSec: 2, updatedAt: 3 },
      null,
    ]);
    expect(repaired.toJSON()).toEqual([at('a', 150, 5)]);
    expect(ResumePositions.from('nonsense').toJSON()).toEqual([]);
  });
});
