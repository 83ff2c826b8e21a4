// Shared helpers for the store tests: a fresh in-Node IndexedDB per test, a hand-driven clock, and
// store wrappers that behave the way IndexedDB does when it is full or cannot read a record.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openIndexedDbStore, type KeyValueStore } from '../../../src/store/keyValueStore';
import { CACHE_DATABASE, USER_DATABASE } from '../../../src/store/database';

type IndexedDbGlobal = { indexedDB?: unknown };

/** Gives every test its own empty IndexedDB (and restores it after tests that removed it). */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    (globalThis as IndexedDbGlobal).indexedDB = new IDBFactory();
  });
  afterAll(() => {
    (globalThis as IndexedDbGlobal).indexedDB = new IDBFactory();
  });
}

/** Replaces the global `indexedDB` (undefined deletes it, as in a private window). */
export function setIndexedDb(value: unknown): void {
  if (value === undefined) delete (globalThis as IndexedDbGlobal).indexedDB;
  else (globalThis as IndexedDbGlobal).indexedDB = value;
}

/** The real cache database through idb-keyval. */
export function realCacheDb(): KeyValueStore {
  return openIndexedDbStore(CACHE_DATABASE.name, CACHE_DATABASE.store);
}

/** The real user database through idb-keyval. */
export function realUserDb(): KeyValueStore {
  return openIndexedDbStore(USER_DATABASE.name, USER_DATABASE.store);
}

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => number;
  advance(ms: number): void;
  set(time: number): void;
}

export const HOUR = 60 * 60 * 1000;

export function testClock(start = Date.UTC(2024, 0, 15, 12)): TestClock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (value) => {
      time = value;
    },
  };
}

/** The weight a full store counts for a value: the envelope's size for cache entries, the JSON length otherwise. */
function weightOf(value: unknown): number {
  if (typeof value === 'object' && value !== null && 'data' in value) {
    const size = (value as { size?: unknown }).size;
    if (typeof size === 'number') return size;
  }
  return JSON.stringify(value).length;
}

/** One origin's storage quota, shared (as in a browser) by every database wrapped with it. */
export interface TestQuota {
  /**
   * Wraps a store so that, like IndexedDB at its quota, a `set` that would take the total weight of all
   * wrapped stores past the capacity throws a real `DOMException` named `QuotaExceededError` and writes nothing.
   */
  wrap(inner: KeyValueStore): Promise<KeyValueStore>;
  used(): number;
  setCapacity(capacity: number): void;
}

export function createQuota(initialCapacity = Infinity): TestQuota {
  let capacity = initialCapacity;
  const stores: Array<Map<string, number>> = [];
  const used = () => stores.reduce((sum, weights) => sum + Array.from(weights.values()).reduce((a, b) => a + b, 0), 0);
  return {
    used,
    setCapacity: (value) => {
      capacity = value;
    },
    async wrap(inner) {
      const weights = new Map<string, number>();
      for (const key of await inner.keys()) weights.set(key, weightOf(await inner.get(key)));
      stores.push(weights);
      return {
        get: (key) => inner.get(key),
        keys: () => inner.keys(),
        async set(key, value) {
          const weight = weightOf(value);
          if (used() - (weights.get(key) ?? 0) + weight > capacity) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          await inner.set(key, value);
          weights.set(key, weight);
        },
        async del(key) {
          await inner.del(key);
          weights.delete(key);
        },
        async clear() {
          await inner.clear();
          weights.clear();
        },
      };
    },
  };
}

/** Wraps a store so that reading `badKey` fails the way a damaged record does in IndexedDB. */
export function unreadableAt(inner: KeyValueStore, badKey: string): KeyValueStore {
  return {
    ...inner,
    get: async (key) => {
      if (key === badKey)
        throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
      return inner.get(key);
    },
  };
}

/** A promise with its resolve and reject, for fetches the test completes by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
