import { Catalog, type ItemList } from '../../../../src/library';
import type { AppContext } from '../../../../src/ui/context';
import { categoryRows, posterSource, type Title } from '../../../../src/ui/library/browseSource';
import type { Movie } from '../../../../src/xtream';

function movie(id: string, categoryIds: string[], poster?: string): Movie {
  return { id, name: `Movie ${id}`, categoryIds, containerExtension: 'mp4', isAdult: false, poster };
}

function catalog(): Catalog {
  return new Catalog(
    {
      movie: {
        categories: [
          { id: '1', name: 'Action' },
          { id: '2', name: 'Hidden stuff' },
          { id: '3', name: 'Kids' },
          { id: '4', name: 'XXX | Adult' },
        ],
        items: [
          movie('a', ['1'], 'http://provider/a.jpg'),
          movie('b', ['2']),
          movie('c', ['3'], 'http://provider/c.jpg'),
          movie('d', ['4']),
        ],
      },
    },
    { movie: { hidden: ['2'], locked: ['3'] } },
  );
}

describe('what the poster grid shows of the catalogue', () => {
  it('lists All and the categories the viewer did not hide, marking locked and adult ones', () => {
    const rows = categoryRows(catalog(), 'movie');
    expect(rows).toEqual([
      { id: 'all', name: 'All', detail: '3' },
      { id: '1', name: 'Action', detail: '1' },
      { id: '3', name: 'Kids', detail: 'Locked' },
      { id: '4', name: 'XXX | Adult', detail: '18+' },
    ]);
  });

  it('makes poster items only for the positions asked for, with rewritten addresses and the lock', () => {
    const listing = catalog().items('movie', 'all', 'provider') as ItemList<Title>;
    const asked: string[] = [];
    const context = {
      rewriteUrl: (url: string) => {
        asked.push(url);
        return `http://proxy/?u=${encodeURIComponent(url)}`;
      },
    } as unknown as AppContext;
    const source = posterSource(context, 'movie', listing);
    expect(source.length).toBe(3);
    expect(asked).toEqual([]);
    expect(source.itemAt(0)).toEqual({
      title: 'Movie a',
      posterUrl: 'http://proxy/?u=http%3A%2F%2Fprovider%2Fa.jpg',
      locked: false,
    });
    expect(source.itemAt(1)).toEqual({
      title: 'Movie c',
      posterUrl: 'http://proxy/?u=http%3A%2F%2Fprovider%2Fc.jpg',
      locked: true,
    });
    expect(source.itemAt(2)).toEqual({ title: 'Movie d', posterUrl: undefined, locked: false });
    expect(asked).toEqual(['http://provider/a.jpg', 'http://provider/c.jpg']);
  });
});
