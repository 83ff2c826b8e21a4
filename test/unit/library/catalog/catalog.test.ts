import { ALL_CATEGORIES, Catalog } from '../../../../src/library/catalog';
import { category, channel, idsOf, movie, series } from './support';

function sampleCatalog(): Catalog {
  return new Catalog({
    live: {
      categories: [category('1', 'News'), category('2', 'Sports'), category('3', 'Kids')],
      items: [
        channel('10', 'BBC News', ['1']),
        channel('11', 'Sky Sports', ['2']),
        channel('12', 'Euronews', ['1']),
        channel('13', 'Sports News 24', ['2', '1']),
        channel('14', 'Loose channel'),
        channel('15', 'Orphan', ['99']),
      ],
    },
    movie: { categories: [category('5', 'Action')], items: [movie('100', 'Heat', ['5'])] },
  });
}

describe('Catalog', () => {
  it('lists the items of a category in the provider order', () => {
    const catalog = sampleCatalog();
    expect(idsOf(catalog.items('live', '1'))).toEqual(['10', '12', '13']);
    expect(idsOf(catalog.items('live', '2'))).toEqual(['11', '13']);
  });

  it('lists an item under every category it names, and once in All', () => {
    const catalog = sampleCatalog();
    expect(idsOf(catalog.items('live', '1'))).toContain('13');
    expect(idsOf(catalog.items('live', '2'))).toContain('13');
    expect(idsOf(catalog.items('live', ALL_CATEGORIES))).toEqual(['10', '11', '12', '13', '14', '15']);
  });

  it('finds items by id, and nothing for an unknown id or kind without items', () => {
    const catalog = sampleCatalog();
    expect(catalog.byId('live', '12')?.name).toBe('Euronews');
    expect(catalog.byId('movie', '100')?.name).toBe('Heat');
    expect(catalog.byId('live', '100')).toBeUndefined();
    expect(catalog.byId('series', '1')).toBeUndefined();
  });

  it('reports categories with their counts, in the provider order', () => {
    const catalog = sampleCatalog();
    expect(catalog.categories('live').map((c) => [c.id, c.name, c.count])).toEqual([
      ['1', 'News', 3],
      ['2', 'Sports', 2],
      ['3', 'Kids', 0],
    ]);
    expect(catalog.category('live', '2')).toMatchObject({
      id: '2',
      count: 2,
      hidden: false,
      locked: false,
      adult: false,
    });
  });

  it('lists items of a category id the category list lacks, without inventing the category', () => {
    const catalog = sampleCatalog();
    expect(idsOf(catalog.items('live', '99'))).toEqual(['15']);
    expect(catalog.category('live', '99')).toBeUndefined();
    expect(catalog.items('live', 'no-such-category').length).toBe(0);
  });

  it('reads a listing as a view: length, positions, slices and position of an id', () => {
    const list = sampleCatalog().items('live', ALL_CATEGORIES);
    expect(list.length).toBe(6);
    expect(list.at(2)?.id).toBe('12');
    expect(list.at(6)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
    expect(list.slice(1, 3).map((item) => item.id)).toEqual(['11', '12']);
    expect(list.slice(5, 99).map((item) => item.id)).toEqual(['15']);
    expect(list.positionOf('13')).toBe(3);
    expect(list.positionOf('nope')).toBe(-1);
  });

  it('returns the cached listing for the same category and sort', () => {
    const catalog = sampleCatalog();
    const first = catalog.items('live', '1', 'name');
    const again = catalog.items('live', '1', 'name');
    expect(again.toArray()).toEqual(first.toArray());
    expect(again.at(0)).toBe(first.at(0));
  });

  it('keeps the first item when a provider lists an id twice, and lists both entries', () => {
    const catalog = new Catalog({
      live: { categories: [category('1')], items: [channel('7', 'First', ['1']), channel('7', 'Again', ['1'])] },
    });
    expect(catalog.byId('live', '7')?.name).toBe('First');
    expect(catalog.items('live', '1').length).toBe(2);
  });

  it('lists an item once per category even when it names the category twice', () => {
    const catalog = new Catalog({
      live: { categories: [category('1')], items: [channel('7', 'Twice', ['1', '1'])] },
    });
    expect(idsOf(catalog.items('live', '1'))).toEqual(['7']);
    expect(catalog.category('live', '1')?.count).toBe(1);
  });

  it('replaces one kind after a refresh and keeps its category rules', () => {
    const catalog = sampleCatalog();
    catalog.setCategoryRules('live', { hidden: ['2'] });
    catalog.setSection('live', [category('1', 'News'), category('2', 'Sports')], [channel('20', 'New', ['2'])]);
    expect(catalog.count('live')).toBe(1);
    expect(catalog.category('live', '2')?.hidden).toBe(true);
    expect(catalog.items('live', ALL_CATEGORIES).length).toBe(0);
    expect(catalog.byId('movie', '100')?.name).toBe('Heat');
  });

  it('holds series too, and says which kinds have items', () => {
    const catalog = new Catalog({ series: { categories: [category('8')], items: [series('1', 'Lost', ['8'])] } });
    expect(catalog.kinds()).toEqual(['series']);
    expect(idsOf(catalog.items('series', '8'))).toEqual(['1']);
  });
});
