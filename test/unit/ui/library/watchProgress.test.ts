import type { Episode } from '../../../../src/xtream';
import { nextToWatch, seasonNumbers, episodesOfSeason } from '../../../../src/ui/library/seriesProgress';
import { WATCHED_LIMIT, withWatched, worthResuming } from '../../../../src/ui/library/watchProgress';

function episode(id: string, season: number, episodeNum: number): Episode {
  return { id, season, episodeNum, title: `Episode ${id}`, containerExtension: 'mp4' };
}

const EPISODES = [episode('a', 1, 1), episode('b', 1, 2), episode('c', 2, 1), episode('d', 2, 2)];

describe('which episode Play starts', () => {
  it('starts the first episode of a series never watched', () => {
    expect(nextToWatch(EPISODES, new Set(), [])).toEqual({ episode: EPISODES[0], index: 0 });
    expect(nextToWatch([], new Set(), [])).toBeUndefined();
  });

  it('resumes the episode stopped in most recently, where it stopped', () => {
    const positions = [
      { id: 'b', positionSec: 300, updatedAt: 10 },
      { id: 'c', positionSec: 42, updatedAt: 20 },
      { id: 'other-series', positionSec: 99, updatedAt: 30 },
    ];
    expect(nextToWatch(EPISODES, new Set(['a']), positions)).toEqual({ episode: EPISODES[2], index: 2, startAt: 42 });
  });

  it('goes on after the last watched episode, and from the top once all are watched', () => {
    expect(nextToWatch(EPISODES, new Set(['a', 'b']), [])).toEqual({ episode: EPISODES[2], index: 2 });
    expect(nextToWatch(EPISODES, new Set(['a', 'b', 'c', 'd']), [])).toEqual({ episode: EPISODES[0], index: 0 });
  });

  it('splits the episodes by season', () => {
    const mixed = [episode('x', 3, 1), episode('y', 1, 1), episode('z', 3, 2)];
    expect(seasonNumbers(mixed)).toEqual([1, 3]);
    expect(episodesOfSeason(mixed, 3).map((e) => e.id)).toEqual(['x', 'z']);
  });
});

describe('progress worth keeping', () => {
  it('resumes long titles after 10 s and short ones after a tenth of their length', () => {
    expect(worthResuming(9, 7200)).toBe(false);
    expect(worthResuming(10, 7200)).toBe(true);
    expect(worthResuming(1, 12)).toBe(false);
    expect(worthResuming(2, 12)).toBe(true);
    expect(worthResuming(9, 0)).toBe(false);
  });

  it('keeps each watched episode once, newest last, and drops the oldest past the limit', () => {
    expect(withWatched(['a', 'b'], 'a')).toEqual(['b', 'a']);
    const full = Array.from({ length: WATCHED_LIMIT }, (_unused, i) => `e${i}`);
    const next = withWatched(full, 'new');
    expect(next.length).toBe(WATCHED_LIMIT);
    expect(next[0]).toBe('e1');
    expect(next[next.length - 1]).toBe('new');
  });
});
