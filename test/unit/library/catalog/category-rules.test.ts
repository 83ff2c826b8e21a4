import { ALL_CATEGORIES, Catalog, isAdultCategoryName } from '../../../../src/library/catalog';
import { category, channel, idsOf } from './support';

function catalogWithRules(rules: { hidden?: string[]; locked?: string[] } = {}): Catalog {
  return new Catalog(
    {
      live: {
        categories: [
          category('1', 'News'),
          category('2', 'Sports'),
          category('3', 'XXX | Adult'),
          category('4', 'Misc'),
        ],
        items: [
          channel('10', 'News One', ['1']),
          channel('11', 'Sport One', ['2']),
          channel('12', 'Night', ['3']),
          channel('13', 'News and Sport', ['1', '2']),
          channel('14', 'Marked adult', ['4'], { isAdult: true }),
          channel('15', 'Plain', ['4']),
        ],
      },
    },
    { live: rules },
  );
}

describe('hidden, locked and adult categories', () => {
  it('leaves hidden categories out of the category list unless the manager asks for them', () => {
    const catalog = catalogWithRules({ hidden: ['2'] });
    expect(catalog.categories('live').map((c) => c.id)).toEqual(['1', '3', '4']);
    const all = catalog.categories('live', { includeHidden: true });
    expect(all.map((c) => [c.id, c.hidden])).toEqual([
      ['1', false],
      ['2', true],
      ['3', false],
      ['4', false],
    ]);
  });

  it('leaves items only in hidden categories out of All, keeps items also in a shown one', () => {
    const catalog = catalogWithRules({ hidden: ['2'] });
    expect(idsOf(catalog.items('live', ALL_CATEGORIES))).toEqual(['10', '12', '13', '14', '15']);
    expect(catalog.isListed('live', '11')).toBe(false);
    expect(catalog.isListed('live', '13')).toBe(true);
  });

  it('still opens a hidden category by id and finds its items by id', () => {
    const catalog = catalogWithRules({ hidden: ['2'] });
    expect(idsOf(catalog.items('live', '2'))).toEqual(['11', '13']);
    expect(catalog.byId('live', '11')?.name).toBe('Sport One');
    expect(catalog.category('live', '2')?.hidden).toBe(true);
  });

  it('lists locked categories flagged, and flags their items wherever they are listed', () => {
    const catalog = catalogWithRules({ locked: ['1'] });
    expect(catalog.category('live', '1')).toMatchObject({ locked: true, hidden: false });
    const all = catalog.items('live', ALL_CATEGORIES);
    expect(all.length).toBe(6);
    const locked = idsOf(all).filter((_, position) => all.isLocked(position));
    expect(locked).toEqual(['10', '13']);
    const sports = catalog.items('live', '2');
    expect(sports.isLocked(sports.positionOf('13'))).toBe(true);
    expect(sports.isLocked(sports.positionOf('11'))).toBe(false);
    expect(catalog.isLocked('live', '13')).toBe(true);
  });

  it('reports adult categories by name or by their items, and flags their items', () => {
    const catalog = catalogWithRules();
    expect(catalog.categories('live').map((c) => [c.id, c.adult])).toEqual([
      ['1', false],
      ['2', false],
      ['3', true],
      ['4', true],
    ]);
    expect(catalog.isAdult('live', '12')).toBe(true);
    expect(catalog.isAdult('live', '14')).toBe(true);
    // In an adult category because another item there is marked adult.
    expect(catalog.isAdult('live', '15')).toBe(true);
    expect(catalog.isAdult('live', '10')).toBe(false);
    const all = catalog.items('live', ALL_CATEGORIES);
    expect(all.isAdult(all.positionOf('12'))).toBe(true);
  });

  it('applies new rules to All at once and reports them back', () => {
    const catalog = catalogWithRules();
    expect(catalog.items('live', ALL_CATEGORIES).length).toBe(6);
    catalog.setCategoryRules('live', { hidden: ['3', '4'], locked: ['2'] });
    expect(idsOf(catalog.items('live', ALL_CATEGORIES))).toEqual(['10', '11', '13']);
    expect(catalog.categoryRules('live')).toEqual({ hidden: ['3', '4'], locked: ['2'] });
    catalog.setCategoryRules('live', {});
    expect(catalog.items('live', ALL_CATEGORIES).length).toBe(6);
    expect(catalog.isLocked('live', '11')).toBe(false);
  });

  it('recognises adult category names', () => {
    for (const name of ['XXX', 'Adult', 'ADULTS ONLY | XXX', '18+ Movies', 'VOD | 18+', 'porn', 'Adult | Live']) {
      expect([name, isAdultCategoryName(name)]).toEqual([name, true]);
    }
    for (const name of ['Adults', 'Young Adulthood', 'Top 180+', 'Pornography docs', 'Kids', 'XXXL Fashion']) {
      expect([name, isAdultCategoryName(name)]).toEqual([name, false]);
    }
  });
});
