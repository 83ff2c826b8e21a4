import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { CACHE_DATABASE, USER_DATABASE, openDatabases } from '../../../src/store/database';
import { StoreEvents, type UnavailableEvent } from '../../../src/store/events';
import { openStore } from '../../../src/store/openStore';
import { setIndexedDb, useFreshIndexedDb } from './support';

const isNumbers = (data: unknown): data is number[] => Array.isArray(data) && data.every((n) => typeof n === 'number');

/** An `indexedDB` whose open() request fails the way Firefox private windows and some TV engines do. */
function factoryWhoseOpenFails(): { open(): unknown } {
  return {
    open() {
      const request: { error?: DOMException; onerror?: () => void; onsuccess?: () => void } = {};
      setTimeout(() => {
        request.error = new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
        request.onerror?.();
      }, 0);
      return request;
    },
  };
}

/** Runs a small session on a store and checks everything still works, in memory. */
async function expectWorkingInMemory(events: StoreEvents, heard: UnavailableEvent[]) {
  const store = await openStore({ events });
  expect(store.persistent).toBe(false);
  expect(store.reason).toEqual(expect.any(String));
  expect(heard.length).toBeGreaterThan(0);

  await store.user.saveAccount({ id: 'a1', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
  await store.user.forAccount('a1').addFavourite('live', '42');
  expect(store.user.forAccount('a1').favourites('live')).toEqual(['42']);

  const cache = store.cacheFor('a1');
  await cache.write('numbers', 'streams', [1, 2, 3]);
  expect((await cache.read('numbers', isNumbers))?.value).toEqual([1, 2, 3]);
  return store;
}

describe('opening the databases', () => {
  useFreshIndexedDb();

  it('opens two separate IndexedDB databases, persistent, with no reason', async () => {
    const databases = await openDatabases();
    expect(databases.persistent).toBe(true);
    expect(databases.reason).toBeUndefined();
    await databases.cache.store.set('k', 1);
    await databases.user.store.set('k', 2);
    expect(await databases.cache.store.get('k')).toBe(1);
    expect(await databases.user.store.get('k')).toBe(2);
    const names = (await (indexedDB as IDBFactory).databases()).map((info) => info.name).sort();
    expect(names).toEqual([CACHE_DATABASE.name, USER_DATABASE.name]);
  });

  it('keeps working in memory when indexedDB is undefined (private mode)', async () => {
    setIndexedDb(undefined);
    const events = new StoreEvents();
    const heard: UnavailableEvent[] = [];
    events.on('unavailable', (event) => heard.push(event));
    const store = await expectWorkingInMemory(events, heard);
    expect(store.reason).toMatch(/IndexedDB is not available/);
    expect(heard.map((event) => event.database).sort()).toEqual(['cache', 'user']);
  });

  it('keeps working in memory when indexedDB.open() throws', async () => {
    setIndexedDb({
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const events = new StoreEvents();
    const heard: UnavailableEvent[] = [];
    events.on('unavailable', (event) => heard.push(event));
    const store = await expectWorkingInMemory(events, heard);
    expect(store.reason).toMatch(/SecurityError/);
  });

  it('keeps working in memory when the open request fires an error (Firefox private mode)', async () => {
    setIndexedDb(factoryWhoseOpenFails());
    const events = new StoreEvents();
    const heard: UnavailableEvent[] = [];
    events.on('unavailable', (event) => heard.push(event));
    const store = await expectWorkingInMemory(events, heard);
    expect(store.reason).toMatch(/InvalidStateError/);
    expect(store.reason).toMatch(/tvplayer-cache/);
  });

  it('gives up on an open() that never answers', async () => {
    setIndexedDb({ open: () => ({}) });
    const databases = await openDatabases({ timeoutMs: 10 });
    expect(databases.persistent).toBe(false);
    expect(databases.reason).toMatch(/did not answer/);
  });

  it('falls back only for the database that fails', async () => {
    const real = new IDBFactory();
    setIndexedDb({
      open(name: string) {
        if (name === USER_DATABASE.name) throw new DOMException('blocked', 'InvalidStateError');
        return real.open(name);
      },
    });
    const databases = await openDatabases();
    expect(databases.cache.persistent).toBe(true);
    expect(databases.user.persistent).toBe(false);
    expect(databases.persistent).toBe(false);
    expect(databases.reason).toMatch(/^tvplayer-user: InvalidStateError/);
  });

  it('proves a database with the key the caller reads next, and hands back what it found', async () => {
    const first = await openDatabases();
    await first.user.store.set('user-data', { kept: true });
    const databases = await openDatabases({ userProbeKey: 'user-data' });
    expect(databases.user.probe).toEqual({ key: 'user-data', value: { kept: true } });
    expect(databases.cache.probe?.value).toBeUndefined();
  });

  it('reads the user database once when it opens the store: the proving read is the user data', async () => {
    const saved = await openStore();
    await saved.user.saveAccount({ id: 'a1', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/l.m3u', createdAt: 1 });
    const get = jest.spyOn(IDBObjectStore.prototype, 'get');
    try {
      const reopened = await openStore();
      expect(reopened.user.accounts().map((account) => account.id)).toEqual(['a1']);
      const userReads = get.mock.contexts.filter(
        (store) => (store as IDBObjectStore).transaction.db.name === USER_DATABASE.name,
      );
      expect(userReads).toHaveLength(1);
    } finally {
      get.mockRestore();
    }
  });

  it('reports persistent: true and hands out one cache per account', async () => {
    const store = await openStore();
    expect(store.persistent).toBe(true);
    expect(store.reason).toBeUndefined();
    expect(store.cacheFor('a')).toBe(store.cacheFor('a'));
    expect(store.cacheFor('a')).not.toBe(store.cacheFor('b'));
  });

  it('keeps user data when the whole cache is cleared, across a restart', async () => {
    const store = await openStore();
    await store.user.saveAccount({
      id: 'x',
      kind: 'xtream',
      name: 'Provider',
      server: 'http://127.0.0.1:8080',
      username: 'u',
      password: 'p',
      createdAt: 1,
    });
    await store.cacheFor('x').write('numbers', 'streams', [1]);
    await store.clearCache();
    expect(await store.cacheFor('x').read('numbers', isNumbers)).toBeUndefined();

    const reopened = await openStore();
    expect(reopened.user.accounts().map((account) => account.id)).toEqual(['x']);
  });
});
