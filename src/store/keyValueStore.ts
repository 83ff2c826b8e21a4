import { clear, createStore, del, entries, get, keys, set, type UseStore } from 'idb-keyval';

/**
 * The small interface the store needs from a database. IndexedDB (through idb-keyval) and the
 * in-memory fallback both implement it, so the rest of the store never knows which one it has.
 * Values are kept as they are: IndexedDB structured-clones them, the memory store keeps references,
 * so callers treat what they read as immutable.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key; string keys only, as the store never writes others. */
  keys(): Promise<string[]>;
  /** Every key with its value; optional, since it loads every value at once. */
  entries?(): Promise<Array<[string, unknown]>>;
  clear(): Promise<void>;
}

function stringKeysOf(all: IDBValidKey[]): string[] {
  return all.filter((key): key is string => typeof key === 'string');
}

/**
 * A {@link KeyValueStore} over one idb-keyval store. Each method is `async` because idb-keyval opens
 * the database lazily, and an engine whose `indexedDB.open()` throws would otherwise throw synchronously.
 */
export function keyValueStoreOn(useStore: UseStore): KeyValueStore {
  return {
    async get(key) {
      return get<unknown>(key, useStore);
    },
    async set(key, value) {
      return set(key, value, useStore);
    },
    async del(key) {
      return del(key, useStore);
    },
    async keys() {
      return stringKeysOf(await keys<IDBValidKey>(useStore));
    },
    async entries() {
      const all = await entries<IDBValidKey, unknown>(useStore);
      return all.filter((entry): entry is [string, unknown] => typeof entry[0] === 'string');
    },
    async clear() {
      return clear(useStore);
    },
  };
}

/** Opens (lazily) the object store `storeName` of the IndexedDB database `databaseName`. */
export function openIndexedDbStore(databaseName: string, storeName: string): KeyValueStore {
  return keyValueStoreOn(createStore(databaseName, storeName));
}

/** A {@link KeyValueStore} that lives only as long as the page: the fallback when IndexedDB is unusable. */
export function createMemoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      map.set(key, value);
    },
    async del(key) {
      map.delete(key);
    },
    async keys() {
      return Array.from(map.keys());
    },
    async entries() {
      return Array.from(map.entries());
    },
    async clear() {
      map.clear();
    },
  };
}
