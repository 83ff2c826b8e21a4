import { ALL_CATEGORIES, Catalog, SORT_ORDERS } from '../../../../src/library/catalog';
import { category, channel, idsOf, movie, series } from './support';

const DAY = 86_400_000;

describe('sorted listings', () => {
  it('sorts A–Z with case and diacritics folded, ties in provider order', () => {
    const catalog = new Catalog({
      movie: {
        categories: [category('1')],
        items: [
          movie('1', 'zorro', ['1']),
          movie('2', 'Élan', ['1']),
          movie('3', 'eagle', ['1']),
          movie('4', 'Elan', ['1']),
          movie('5', 'Ödipus', ['1']),
          movie('6', 'oasis', ['1']),
          movie('7', 'Zebra', ['1']),
          movie('8', '★ Amélie', ['1']),
        ],
      },
    });
    expect(idsOf(catalog.items('movie', '1', 'name'))).toEqual(['8', '3', '2', '4', '6', '5', '7', '1']);
  });

  it('sorts by recently added, newest first, undated last in provider order', () => {
    const catalog = new Catalog({
      movie: {
        categories: [],
        items: [
          movie('1', 'A', [], { added: 1 * DAY }),
          movie('2', 'B'),
          movie('3', 'C', [], { added: 3 * DAY }),
          movie('4', 'D', [], { added: 3 * DAY }),
          movie('5', 'E'),
          movie('6', 'F', [], { added: 2 * DAY }),
        ],
      },
    });
    expect(idsOf(catalog.items('movie', ALL_CATEGORIES, 'added'))).toEqual(['3', '4', '6', '1', '2', '5']);
  });

  it('sorts series by their last change when they have no added date', () => {
    const catalog = new Catalog({
      series: {
        categories: [],
        items: [series('1', 'Old', [], { lastModified: DAY }), series('2', 'New', [], { lastModified: 5 * DAY })],
      },
    });
    expect(idsOf(catalog.items('series', ALL_CATEGORIES, 'added'))).toEqual(['2', '1']);
  });

  it('sorts by rating, best first, unrated last, and uses the 5-point rating when the 10-point one is missing', () => {
    const catalog = new Catalog({
      movie: {
        categories: [],
        items: [
          movie('1', 'Unrated'),
          movie('2', 'Good', [], { rating: 7.5 }),
          movie('3', 'Five-point only', [], { rating5: 4.5 }),
          movie('4', 'Also good', [], { rating: 7.5 }),
          movie('5', 'Unrated too'),
          movie('6', 'Poor', [], { rating: 2 }),
        ],
      },
    });
    expect(idsOf(catalog.items('movie', ALL_CATEGORIES, 'rating'))).toEqual(['3', '2', '4', '6', '1', '5']);
  });

  it('keeps the provider order for items that all tie (channels have no rating)', () => {
    const items = Array.from({ length: 40 }, (_, i) => channel(String(i), 'Same', ['1']));
    const catalog = new Catalog({ live: { categories: [category('1')], items } });
    const expected = items.map((item) => item.id);
    for (const sort of SORT_ORDERS) expect(idsOf(catalog.items('live', '1', sort))).toEqual(expected);
  });

  it('gives a category the same order whether it sorts itself or filters the whole kind', () => {
    // 400 movies over a small category (sorted on its own) and a large one (filtered from the kind's order).
    const items = Array.from({ length: 400 }, (_, i) =>
      movie(String(i), `Title ${(i * 7919) % 401}`, i % 10 === 0 ? ['small'] : ['large'], {
        added: ((i * 31) % 17) * DAY,
        rating: i % 3 === 0 ? undefined : (i % 9) + 1,
      }),
    );
    const catalog = new Catalog({ movie: { categories: [category('small'), category('large')], items } });
    for (const sort of SORT_ORDERS) {
      const all = idsOf(catalog.items('movie', ALL_CATEGORIES, sort));
      for (const categoryId of ['small', 'large']) {
        const members = new Set(idsOf(catalog.items('movie', categoryId)));
        expect(idsOf(catalog.items('movie', categoryId, sort))).toEqual(all.filter((id) => members.has(id)));
      }
    }
  });

  it('sorts a small category the same before and after the whole kind was sorted', () => {
    const items = Array.from({ length: 100 }, (_, i) => movie(String(i), `Name ${99 - i}`, i < 5 ? ['few'] : ['many']));
    const fresh = new Catalog({ movie: { categories: [category('few'), category('many')], items } });
    const before = idsOf(fresh.items('movie', 'few', 'name'));
    const warmed = new Catalog({ movie: { categories: [category('few'), category('many')], items } });
    warmed.items('movie', ALL_CATEGORIES, 'name');
    expect(idsOf(warmed.items('movie', 'few', 'name'))).toEqual(before);
    expect(before).toEqual(['4', '3', '2', '1', '0']);
  });
});
