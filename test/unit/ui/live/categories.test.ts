import { Catalog } from '../../../../src/library/catalog';
import { categoryPosition, composeCategories } from '../../../../src/ui/live/categories';
import { backgroundAround } from '../../../../src/ui/live/layout';
import { channelsIn } from '../../../../src/ui/pages/loadChannels';
import { category, channel } from '../../library/catalog/support';

const NAMES = { all: 'All channels', favourites: 'Favourites', recent: 'Recently watched' };

function sample(rules: { hidden?: string[]; locked?: string[] } = {}): Catalog {
  return new Catalog(
    {
      live: {
        categories: [category('1', 'News'), category('2', 'Sports'), category('3', 'Adult'), category('4', 'Kids')],
        items: [
          channel('10', 'News One', ['1']),
          channel('11', 'Sport One', ['2']),
          channel('12', 'Late', ['3']),
          channel('13', 'News Two', ['1']),
          channel('14', 'Sport and news', ['2', '1']),
        ],
      },
    },
    { live: rules },
  );
}

describe('the category column', () => {
  it('puts All, Favourites and Recently watched first, then the provider categories with counts', () => {
    const catalog = sample();
    const column = composeCategories(catalog.categories('live'), { all: 5, favourites: 2, recent: 0 }, NAMES);
    expect(column.map((c) => [c.id, c.kind, c.name, c.count])).toEqual([
      ['all', 'all', 'All channels', 5],
      ['favourites', 'favourites', 'Favourites', 2],
      ['recent', 'recent', 'Recently watched', 0],
      ['1', 'provider', 'News', 3],
      ['2', 'provider', 'Sports', 2],
      ['3', 'provider', 'Adult', 1],
      ['4', 'provider', 'Kids', 0],
    ]);
  });

  it('leaves hidden categories out and marks locked ones', () => {
    const catalog = sample({ hidden: ['2'], locked: ['3'] });
    const column = composeCategories(catalog.categories('live'), { all: 0, favourites: 0, recent: 0 }, NAMES);
    expect(column.map((c) => c.id)).toEqual(['all', 'favourites', 'recent', '1', '3', '4']);
    expect(column.filter((c) => c.locked).map((c) => c.id)).toEqual(['3']);
  });

  it('does not offer a provider category whose id is one of its own entries', () => {
    const column = composeCategories(
      [{ id: 'favourites', name: 'Odd', count: 1, hidden: false, locked: false, adult: false }],
      { all: 1, favourites: 0, recent: 0 },
      NAMES,
    );
    expect(column.map((c) => c.name)).toEqual(['All channels', 'Favourites', 'Recently watched']);
  });

  it('finds a category by id, and All for an unknown one', () => {
    const column = composeCategories(sample().categories('live'), { all: 5, favourites: 0, recent: 0 }, NAMES);
    expect(categoryPosition(column, '2')).toBe(4);
    expect(categoryPosition(column, 'recent')).toBe(2);
    expect(categoryPosition(column, 'gone')).toBe(0);
    expect(categoryPosition(column, undefined)).toBe(0);
  });
});

describe('the channels of a category', () => {
  const own = { favourites: ['13', '99', '10'], recent: ['11', '10'] };

  it('lists a provider category, All, favourites in their order and recent newest first', () => {
    const catalog = sample();
    const ids = (id: string) => channelsIn(catalog, id, own).channels.map((c) => c.id);
    expect(ids('1')).toEqual(['10', '13', '14']);
    expect(ids('all')).toEqual(['10', '11', '12', '13', '14']);
    // An id the catalogue no longer has (removed by the provider) is skipped.
    expect(ids('favourites')).toEqual(['13', '10']);
    expect(ids('recent')).toEqual(['11', '10']);
  });

  it('shows no channel of a locked category without the PIN, in any list', () => {
    const catalog = sample({ locked: ['1'] });
    expect(channelsIn(catalog, '1', own)).toEqual({ channels: [], locked: true });
    // 14 is in Sports too, but also in the locked News: it stays out of sight.
    expect(channelsIn(catalog, 'all', own).channels.map((c) => c.id)).toEqual(['11', '12']);
    expect(channelsIn(catalog, 'favourites', own).channels).toEqual([]);
    expect(channelsIn(catalog, 'recent', own).channels.map((c) => c.id)).toEqual(['11']);
  });

  it('lists nothing for an unknown category', () => {
    expect(channelsIn(sample(), '77', own)).toEqual({ channels: [], locked: false });
  });
});

describe('the page background', () => {
  it('covers the stage except the preview hole', () => {
    const hole = { x: 1184, y: 64, w: 640, h: 360 };
    const parts = backgroundAround(hole, { w: 1920, h: 1080 });
    const covered = (x: number, y: number) => parts.some((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
    expect(parts.reduce((sum, r) => sum + r.w * r.h, 0)).toBe(1920 * 1080 - 640 * 360);
    expect(covered(0, 0)).toBe(true);
    expect(covered(1919, 1079)).toBe(true);
    expect(covered(1183, 100)).toBe(true);
    expect(covered(1824, 423)).toBe(true);
    expect(covered(1184, 64)).toBe(false);
    expect(covered(1823, 423)).toBe(false);
  });
});
