import { RECENT_LIMIT, RecentlyWatched } from '../../../../src/library/catalog';

describe('RecentlyWatched', () => {
  it('puts the latest first and keeps each item once', () => {
    const recent = RecentlyWatched.empty().push('live', 'a', 1).push('live', 'b', 2).push('live', 'a', 3);
    expect(recent.list('live')).toEqual([
      { id: 'a', watchedAt: 3 },
      { id: 'b', watchedAt: 2 },
    ]);
    expect(recent.ids('live')).toEqual(['a', 'b']);
    expect(recent.list('movie')).toEqual([]);
  });

  it(`keeps at most ${RECENT_LIMIT} per kind, dropping the oldest`, () => {
    let recent = RecentlyWatched.empty();
    for (let i = 0; i < RECENT_LIMIT + 5; i++) recent = recent.push('movie', `m${i}`, i);
    const ids = recent.ids('movie');
    expect(ids.length).toBe(RECENT_LIMIT);
    expect(ids[0]).toBe(`m${RECENT_LIMIT + 4}`);
    expect(ids).not.toContain('m4');
    expect(ids).toContain('m5');
  });

  it('removes one item or clears a kind or everything', () => {
    const recent = RecentlyWatched.empty().push('live', 'a', 1).push('series', 's', 2);
    expect(recent.remove('live', 'a').ids('live')).toEqual([]);
    expect(recent.remove('live', 'zzz')).toBe(recent);
    expect(recent.clear('live').ids('series')).toEqual(['s']);
    expect(recent.clear().toJSON()).toEqual({ live: [], movie: [], series: [] });
  });

  it('round-trips through plain data, repairing order, repeats and junk', () => {
    const recent = RecentlyWatched.empty().push('live', 'a', 1).push('live', 'b', 2);
    const data = JSON.parse(JSON.stringify(recent));
    expect(RecentlyWatched.from(data).toJSON()).toEqual(data);
    const repaired = RecentlyWatched.from({
      live: [{ id: 'x', watchedAt: 1 }, { id: 'y', watchedAt: 5 }, { id: 'x', watchedAt: 9 }, { id: 3 }, null, 'z'],
    });
    expect(repaired.list('live')).toEqual([
      { id: 'x', watchedAt: 9 },
      { id: 'y', watchedAt: 5 },
    ]);
  });
});
