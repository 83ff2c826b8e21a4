import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, type Store, type StoredAccount } from '../../../src/store';
import { setLanguage } from '../../../src/ui/i18n';
import type { AppContext } from '../../../src/ui/context';
import {
  clearRecentSearches,
  clearRecentSearchesOf,
  recentSearches,
  rememberSearch,
  RECENT_SEARCHES,
  RECENT_SEARCHES_SETTING,
  withSearch,
} from '../../../src/ui/search/recentSearches';

function account(id: string): StoredAccount {
  return { id, kind: 'xtream', name: id, server: 'http://tv.example', username: id, password: id, createdAt: 1 };
}

/** The store as the app opens it, on this test's IndexedDB (reopening it reads what the last one wrote). */
function open(): Promise<Store> {
  return openStore({ timeoutMs: 2000 });
}

let store: Store;

beforeEach(async () => {
  (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
  store = await open();
  await store.user.saveAccount(account('a'));
  await store.user.saveAccount(account('b'));
});

describe('recent searches kept with the account', () => {
  it('keeps the newest first, a repeat in any case moved to the front, spaces tidied, up to the limit', async () => {
    const a = store.user.forAccount('a');
    await rememberSearch(a, 'news');
    await rememberSearch(a, '  sky   sports ');
    await rememberSearch(a, 'NEWS');
    await rememberSearch(a, '   ');
    expect(recentSearches(a)).toEqual(['NEWS', 'sky sports']);
    for (let i = 0; i < RECENT_SEARCHES + 3; i++) await rememberSearch(a, `q${i}`);
    const kept = recentSearches(a);
    expect(kept).toHaveLength(RECENT_SEARCHES);
    expect(kept[0]).toBe(`q${RECENT_SEARCHES + 2}`);
    expect(kept[RECENT_SEARCHES - 1]).toBe('q3');
    expect(withSearch(['x', 'y'], 'Y')).toEqual(['Y', 'x']);
  });

  it('keeps each account its own searches, and they survive a restart', async () => {
    await rememberSearch(store.user.forAccount('a'), 'news');
    await rememberSearch(store.user.forAccount('b'), 'kids');
    await rememberSearch(store.user.forAccount('a'), 'sport');

    const reopened = await open();
    expect(reopened.persistent).toBe(true);
    expect(recentSearches(reopened.user.forAccount('a'))).toEqual(['sport', 'news']);
    expect(recentSearches(reopened.user.forAccount('b'))).toEqual(['kids']);
    expect(recentSearches(undefined)).toEqual([]);
  });

  it('clears them, for good, through the "Clear recent searches" row, which says so', async () => {
    const toasts: string[] = [];
    const context = {
      store,
      signedIn: { stored: account('a') },
      toast: (message: string) => void toasts.push(message),
    } as unknown as AppContext;
    setLanguage('en');
    await rememberSearch(store.user.forAccount('a'), 'news');
    await rememberSearch(store.user.forAccount('b'), 'kids');
    await clearRecentSearchesOf(context);
    expect(toasts).toEqual(['Recent searches cleared.']);
    expect(recentSearches(store.user.forAccount('a'))).toEqual([]);
    expect(recentSearches(store.user.forAccount('b'))).toEqual(['kids']);
    expect(recentSearches((await open()).user.forAccount('a'))).toEqual([]);
    await clearRecentSearches(store.user.forAccount('a'));
    expect(recentSearches(store.user.forAccount('a'))).toEqual([]);
  });

  it('goes with the account: removed with it, exported and imported with its user data', async () => {
    await rememberSearch(store.user.forAccount('a'), 'news');
    await rememberSearch(store.user.forAccount('b'), 'kids');
    const exported = await store.user.exportAll();

    await store.user.removeAccount('a');
    await store.user.saveAccount(account('a'));
    expect(recentSearches(store.user.forAccount('a'))).toEqual([]);

    await store.user.importAll(exported, { mode: 'replace' });
    expect(recentSearches(store.user.forAccount('a'))).toEqual(['news']);
    expect(recentSearches(store.user.forAccount('b'))).toEqual(['kids']);
  });

  it('ignores what another build left under the entry (not a list, or not text)', async () => {
    const a = store.user.forAccount('a');
    await a.writeSettings({ [RECENT_SEARCHES_SETTING]: 'news' });
    expect(recentSearches(a)).toEqual([]);
    await a.writeSettings({ [RECENT_SEARCHES_SETTING]: ['news', 3, null, '  ', 'kids'] });
    expect(recentSearches(a)).toEqual(['news', 'kids']);
    await rememberSearch(a, 'sport');
    expect(recentSearches(a)).toEqual(['sport', 'news', 'kids']);
  });
});
