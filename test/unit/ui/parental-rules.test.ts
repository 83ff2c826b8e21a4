import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { ALL_CATEGORIES, Catalog } from '../../../src/library';
import { openIndexedDbStore, USER_DATABASE, UserDataStore } from '../../../src/store';
import type { AppContext } from '../../../src/ui/context';
import { emptyRules, isLockedBy, parseRules, RULES_SETTING } from '../../../src/ui/parental/categoryRules';
import { changedRules, managedCategories } from '../../../src/ui/parental/manager';
import {
  applyStoredCategoryRules,
  closeOpenedCategories,
  openCategories,
  saveKindRules,
  storedRules,
} from '../../../src/ui/parental/parentalState';
import { category, channel } from '../library/catalog/support';

function demoCatalog(): Catalog {
  return new Catalog({
    live: {
      categories: [category('1', 'News'), category('2', 'Sports'), category('3', 'XXX | Adult'), category('4', 'Kids')],
      items: [
        channel('10', 'News One', ['1']),
        channel('11', 'Sport One', ['2']),
        channel('12', 'Night', ['3']),
        channel('13', 'Cartoons', ['4']),
      ],
    },
  });
}

/** A signed-in context with a real user-data store and catalogue (only what parental control reads of it). */
async function signedInContext(catalog: Catalog): Promise<AppContext> {
  const user = await UserDataStore.open(openIndexedDbStore(USER_DATABASE.name, USER_DATABASE.store));
  await user.saveAccount({ id: 'a1', kind: 'm3u', name: 'List', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
  const signedIn = { stored: user.account('a1'), source: { catalog } };
  return { store: { user }, signedIn } as unknown as AppContext;
}

function lockedIds(catalog: Catalog): string[] {
  return catalog
    .categories('live', { includeHidden: true })
    .filter((c) => c.locked)
    .map((c) => c.id);
}

function shownIds(catalog: Catalog): string[] {
  return catalog.categories('live').map((c) => c.id);
}

describe('stored category rules', () => {
  it('reads what it can of malformed settings', () => {
    expect(parseRules(undefined)).toEqual(emptyRules());
    const rules = parseRules({ live: { hidden: ['1', 2, '', '1'], locked: 'x' }, movie: null });
    expect(rules.live).toEqual({ hidden: ['1'], locked: [], unlocked: [], order: [] });
    expect(rules.movie).toEqual(emptyRules().movie);
  });

  it('toggles hidden and locked, unlocks adult categories by naming them, and moves within the shown order', () => {
    const catalog = demoCatalog();
    let rules = emptyRules().live;
    let shown = managedCategories(catalog, 'live', rules);
    expect(shown.map((c) => [c.id, c.locked, c.adult])).toEqual([
      ['1', false, false],
      ['2', false, false],
      ['3', true, true],
      ['4', false, false],
    ]);
    rules = changedRules(rules, shown, shown[0], 'hide');
    rules = changedRules(rules, shown, shown[1], 'lock');
    rules = changedRules(rules, shown, shown[2], 'lock');
    expect(rules).toMatchObject({ hidden: ['1'], locked: ['2'], unlocked: ['3'] });
    expect(isLockedBy(rules, { id: '3', adult: true })).toBe(false);
    rules = changedRules(rules, shown, shown[3], 'up');
    expect(rules.order).toEqual(['1', '2', '4', '3']);
    catalog.setCategoryRules('live', { order: rules.order });
    shown = managedCategories(catalog, 'live', rules);
    expect(shown.map((c) => c.id)).toEqual(['1', '2', '4', '3']);
    // Past either end nothing moves.
    expect(changedRules(rules, shown, shown[0], 'up')).toBe(rules);
    expect(changedRules(rules, shown, shown[3], 'down')).toBe(rules);
  });
});

describe('applying the rules to the catalogue', () => {
  beforeEach(() => {
    (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
  });

  it('locks nothing without a PIN, and adult plus locked categories once a PIN exists', async () => {
    const catalog = demoCatalog();
    const context = await signedInContext(catalog);
    await saveKindRules(context, 'live', { hidden: ['4'], locked: ['2'], unlocked: [], order: [] });
    expect(shownIds(catalog)).toEqual(['1', '2', '3']);
    expect(lockedIds(catalog)).toEqual([]);

    await context.store!.user.forAccount('a1').setPin('1234');
    applyStoredCategoryRules(context);
    expect(lockedIds(catalog)).toEqual(['2', '3']);
    expect(catalog.isLocked('live', '12')).toBe(true);
    const all = catalog.items('live', ALL_CATEGORIES);
    expect(all.length).toBe(3);
  });

  it('keeps a category opened with the PIN open for the run, until the PIN changes or the account is left', async () => {
    const catalog = demoCatalog();
    const context = await signedInContext(catalog);
    await context.store!.user.forAccount('a1').setPin('1234');
    applyStoredCategoryRules(context);
    expect(lockedIds(catalog)).toEqual(['3']);

    openCategories(context, 'live', ['3']);
    expect(lockedIds(catalog)).toEqual([]);
    applyStoredCategoryRules(context);
    expect(lockedIds(catalog)).toEqual([]);
    // The stored rules did not change: the manager still shows it locked.
    expect(isLockedBy(storedRules(context).live, { id: '3', adult: true })).toBe(true);

    closeOpenedCategories(context);
    expect(lockedIds(catalog)).toEqual(['3']);

    openCategories(context, 'live', ['3']);
    const again = { ...context, signedIn: { ...context.signedIn! } } as AppContext;
    applyStoredCategoryRules(again);
    expect(lockedIds(catalog)).toEqual(['3']);
  });

  it('stores the rules in the account settings and applies them to a new catalogue of the account', async () => {
    const catalog = demoCatalog();
    const context = await signedInContext(catalog);
    await saveKindRules(context, 'live', { hidden: [], locked: [], unlocked: [], order: ['4', '3'] });
    const stored = context
      .store!.user.forAccount('a1')
      .readSettings<Record<string, unknown>>({ [RULES_SETTING]: null });
    expect(parseRules(stored[RULES_SETTING]).live.order).toEqual(['4', '3']);

    const refreshed = demoCatalog();
    expect(shownIds(refreshed)).toEqual(['1', '2', '3', '4']);
    applyStoredCategoryRules(context, refreshed);
    expect(shownIds(refreshed)).toEqual(['4', '3', '1', '2']);
  });
});
