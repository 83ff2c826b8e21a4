import { Catalog } from '../../../src/library';
import { createMemoryStore, UserDataStore, type AccountUserData } from '../../../src/store';
import { continueWatching, recentChannels, unknownEpisodes } from '../../../src/ui/home/rowItems';
import { episodeRefs, findEpisodes, refOf, rememberEpisodes } from '../../../src/ui/home/rowSettings';
import type { Episode, LiveStream, Movie, Series } from '../../../src/xtream';

function movie(id: string, categoryId = 'films'): Movie {
  const name = `Movie ${id}`;
  return {
    id,
    name,
    categoryId,
    categoryIds: [categoryId],
    containerExtension: 'mp4',
    isAdult: false,
    poster: `p${id}`,
  };
}

function series(id: string, categoryId = 'shows'): Series {
  return { id, name: `Series ${id}`, categoryId, categoryIds: [categoryId], backdrops: [], cover: `c${id}` };
}

function channel(id: string, categoryId = 'news'): LiveStream {
  const base = { id, name: `Channel ${id}`, categoryId, categoryIds: [categoryId], type: 'live' as const };
  return { ...base, hasArchive: false, archiveDays: 0, isAdult: false, logo: `l${id}` };
}

function episode(id: string, season: number, episodeNum: number): Episode {
  return { id, season, episodeNum, title: `Episode ${id}`, containerExtension: 'mkv' };
}

/** Movies 1–3 and 9 (in a locked category), series 10, 20 and 90 (locked), channels 100–103 (103 locked). */
function catalogue(): Catalog {
  const categories = (...ids: string[]) => ids.map((id) => ({ id, name: id }));
  return new Catalog(
    {
      movie: {
        categories: categories('films', 'adult'),
        items: [movie('1'), movie('2'), movie('3'), movie('9', 'adult')],
      },
      series: { categories: categories('shows', 'adult'), items: [series('10'), series('20'), series('90', 'adult')] },
      live: {
        categories: categories('news', 'adult'),
        items: [channel('100'), channel('101'), channel('102'), channel('103', 'adult')],
      },
    },
    { movie: { locked: ['adult'] }, series: { locked: ['adult'] }, live: { locked: ['adult'] } },
  );
}

const CLOCK = 1_700_000_000_000;

async function accountData(): Promise<AccountUserData> {
  const user = await UserDataStore.open(createMemoryStore(), { now: () => CLOCK });
  await user.saveAccount({ id: 'a1', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1:1/list.m3u', createdAt: 1 });
  return user.forAccount('a1');
}

async function saveAt(data: AccountUserData, kind: 'movie' | 'series', id: string, position: number, at: number) {
  await data.saveResumePosition({ kind, id, positionSec: position, durationSec: 3600, updatedAt: at });
}

describe('the Continue watching row', () => {
  it('lists unfinished movies and episodes newest first, one episode per series, with how much is left', async () => {
    const data = await accountData();
    await saveAt(data, 'movie', '1', 600, 10);
    await saveAt(data, 'series', 'e11', 300, 20);
    await saveAt(data, 'movie', '2', 1800, 30);
    await saveAt(data, 'series', 'e12', 900, 40); // the same series, watched later: it stands for the series
    const refs = { e11: refOf('10', episode('e11', 1, 1)), e12: refOf('10', episode('e12', 1, 2)) };

    const items = continueWatching(data.resumePositions(), catalogue(), refs);

    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(['episode:e12', 'movie:2', 'movie:1']);
    expect(items[0]).toMatchObject({ title: 'Series 10', seriesId: '10', imageUrl: 'c10', positionSec: 900 });
    expect(items[0].detail).toBe('Series 10 · S1 E2 · Episode e12 · 45 min left');
    expect(items[1]).toMatchObject({
      title: 'Movie 2',
      imageUrl: 'p2',
      progress: 0.5,
      detail: 'Movie 2 · 30 min left',
    });
  });

  it('leaves out finished titles, titles the catalogue lost, locked ones and episodes of unknown series', () => {
    const position = (kind: 'movie' | 'series', id: string, positionSec: number, updatedAt: number) => ({
      kind,
      id,
      positionSec,
      durationSec: 1000,
      updatedAt,
    });
    const positions = [
      position('movie', '1', 950, 1), // 95 %: finished
      position('movie', '2', 949, 2),
      position('movie', 'gone', 100, 3),
      position('movie', '9', 100, 4), // locked category
      position('series', 'e90', 100, 5), // a series in a locked category
      position('series', 'e-unknown', 100, 6),
      position('movie', '3', 0, 7),
    ];
    const refs = { e90: refOf('90', episode('e90', 1, 1)) };

    expect(continueWatching(positions, catalogue(), refs).map((i) => i.id)).toEqual(['2']);
    expect(unknownEpisodes(positions, refs)).toEqual(['e-unknown']);
    expect(continueWatching(positions, catalogue(), refs, 0)).toEqual([]);
  });
});

describe('the Recently watched channels row', () => {
  it('lists watched channels newest first, without lost or locked ones', async () => {
    const data = await accountData();
    for (const [id, at] of [
      ['100', 1],
      ['103', 2],
      ['gone', 3],
      ['102', 4],
    ] as const) {
      await data.markWatched('live', id, at);
    }
    const items = recentChannels(data.recentlyWatched('live'), catalogue());
    expect(items.map((i) => i.id)).toEqual(['102', '100']);
    expect(items[0]).toMatchObject({ kind: 'channel', title: 'Channel 102', imageUrl: 'l102', detail: 'Channel 102' });
  });

  it('drops a removed channel from the row and from the recently watched list, and shows it again once watched', async () => {
    const data = await accountData();
    await data.markWatched('live', '100', 100);
    await data.markWatched('live', '101', 200);
    await data.forgetWatched('live', '101');
    const shown = () => recentChannels(data.recentlyWatched('live'), catalogue()).map((i) => i.id);
    expect(shown()).toEqual(['100']);
    expect(data.recentlyWatched('live').map((e) => e.id)).toEqual(['100']);

    await data.markWatched('live', '101', 400);
    expect(shown()).toEqual(['101', '100']);
  });
});

describe('where a resumable episode belongs', () => {
  it('finds the series of episodes among the recently watched series and stops once all are found', async () => {
    const seasons: Record<string, Episode[]> = {
      '20': [episode('e21', 1, 1), episode('e22', 1, 2)],
      '10': [episode('e11', 1, 1), episode('e12', 2, 5)],
      '30': [episode('e31', 1, 1)],
    };
    const asked: string[] = [];
    const found = await findEpisodes(['e12', 'e22'], ['broken', '20', '10', '30'], async (id) => {
      asked.push(id);
      if (id === 'broken') throw new Error('details could not be loaded');
      return seasons[id];
    });
    expect(found).toEqual({
      e12: { seriesId: '10', season: 2, episode: 5, title: 'Episode e12' },
      e22: { seriesId: '20', season: 1, episode: 2, title: 'Episode e22' },
    });
    expect(asked).toEqual(['broken', '20', '10']);
  });

  it('remembers found episodes while they have a saved position', async () => {
    const data = await accountData();
    await saveAt(data, 'series', 'e11', 300, 10);
    await rememberEpisodes(data, { e11: refOf('10', episode('e11', 1, 1)), e99: refOf('10', episode('e99', 9, 9)) });
    expect(Object.keys(episodeRefs(data))).toEqual(['e11']);

    await data.forgetResumePosition('series', 'e11');
    await saveAt(data, 'series', 'e12', 60, 20);
    await rememberEpisodes(data, { e12: refOf('10', episode('e12', 1, 2)) });
    expect(episodeRefs(data)).toEqual({ e12: { seriesId: '10', season: 1, episode: 2, title: 'Episode e12' } });
  });
});
