import { ALL_CATEGORIES, Catalog, type CategoryRules } from '../../../../src/library/catalog';
import { category, channel, idsOf } from './support';

function catalogWithRules(rules: CategoryRules = {}): Catalog {
  return new Catalog(
    {
      live: {
        categories: [
          category('1', 'News'),
          category('2', 'Sports'),
          category('3', 'XXX | Adult'),
          category('4', 'Misc'),
          category('5', '18+ Movies'),
        ],
        items: [
          channel('10', 'News One', ['1']),
          channel('11', 'Sport One', ['2']),
          channel('12', 'Night', ['3']),
          channel('14', 'Marked adult', ['4'], { isAdult: true }),
          channel('15', 'Plain', ['4']),
          channel('16', 'Late', ['5']),
          channel('17', 'Nowhere adult', [], { isAdult: true }),
        ],
      },
    },
    { live: rules },
  );
}

function lockedIds(catalog: Catalog): string[] {
  return catalog
    .categories('live')
    .filter((c) => c.locked)
    .map((c) => c.id);
}

describe('the viewer order of categories', () => {
  it('lists ordered categories first in that order, the rest in provider order', () => {
    const catalog = catalogWithRules({ order: ['4', '2'] });
    expect(catalog.categories('live').map((c) => c.id)).toEqual(['4', '2', '1', '3', '5']);
  });

  it('ignores unknown and repeated ids in the order, and keeps hidden ones out unless asked for', () => {
    const catalog = catalogWithRules({ order: ['9', '5', '5', '1'], hidden: ['1'] });
    expect(catalog.categories('live').map((c) => c.id)).toEqual(['5', '2', '3', '4']);
    expect(catalog.categories('live', { includeHidden: true }).map((c) => c.id)).toEqual(['5', '1', '2', '3', '4']);
  });

  it('changes with new rules and survives a refreshed section', () => {
    const catalog = catalogWithRules({ order: ['3'] });
    catalog.setCategoryRules('live', { order: ['2', '1'] });
    expect(catalog.categories('live').map((c) => c.id)).toEqual(['2', '1', '3', '4', '5']);
    catalog.setSection('live', [category('1', 'News'), category('2', 'Sports'), category('6', 'New')], []);
    expect(catalog.categories('live').map((c) => c.id)).toEqual(['2', '1', '6']);
    expect((catalog.categoryRules('live') as CategoryRules).order).toEqual(['2', '1']);
  });
});

describe('adult categories locked by default', () => {
  it('leaves adult categories open without lockAdult', () => {
    const catalog = catalogWithRules();
    expect(lockedIds(catalog)).toEqual([]);
    expect(catalog.isLocked('live', '12')).toBe(false);
    expect(catalog.isLocked('live', '17')).toBe(false);
  });

  it('locks categories named adult and those holding adult items, with their items', () => {
    const catalog = catalogWithRules({ lockAdult: true });
    expect(lockedIds(catalog)).toEqual(['3', '4', '5']);
    expect(catalog.isLocked('live', '12')).toBe(true);
    expect(catalog.isLocked('live', '15')).toBe(true);
    expect(catalog.isLocked('live', '16')).toBe(true);
    expect(catalog.isLocked('live', '17')).toBe(true);
    expect(catalog.isLocked('live', '10')).toBe(false);
    const all = catalog.items('live', ALL_CATEGORIES);
    expect(idsOf(all).filter((_, p) => !all.isLocked(p))).toEqual(['10', '11']);
  });

  it('keeps an adult category the viewer unlocked open, and explicit locks still apply', () => {
    const catalog = catalogWithRules({ lockAdult: true, unlocked: ['5'], locked: ['1'] });
    expect(lockedIds(catalog)).toEqual(['1', '3', '4']);
    expect(catalog.isLocked('live', '16')).toBe(false);
    expect(catalog.isLocked('live', '10')).toBe(true);
  });

  it('hands the whole rules on, so a refresh keeps them', () => {
    const rules = { hidden: ['2'], locked: ['1'], lockAdult: true, unlocked: ['5'], order: ['4'] };
    const catalog = catalogWithRules(rules);
    expect(catalog.categoryRules('live')).toEqual(rules);
    const copy = new Catalog(
      { live: { categories: [category('5', '18+ Movies')], items: [] } },
      {
        live: catalog.categoryRules('live'),
      },
    );
    expect(copy.category('live', '5')?.locked).toBe(false);
  });
});
