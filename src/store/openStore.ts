import { AccountCache } from './cache';
import type { TtlTable } from './cacheKinds';
import { openDatabases } from './database';
import { StoreEvents } from './events';
import type { RandomBytes } from './pin';
import { USER_DATA_KEY, UserDataStore } from './userData';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** Listen here before opening to hear `unavailable` during the open. A new bus when omitted. */
  events?: StoreEvents;
  /** The clock, in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Cache lifetimes per kind, merged over the defaults. */
  ttl?: Partial<TtlTable>;
  /** How long opening IndexedDB may take before falling back to memory. */
  timeoutMs?: number;
  randomBytes?: RandomBytes;
}

/** The opened store: one cache per account, the user data, and one event bus for all of it. */
export interface Store {
  /** False when anything lives in memory only (private mode, an engine without IndexedDB...). */
  readonly persistent: boolean;
  /** Why the store is not persistent; absent when it is. */
  readonly reason?: string;
  readonly events: StoreEvents;
  readonly user: UserDataStore;
  /** The cache of one account (the same object for the same id). */
  cacheFor(accountId: string): AccountCache;
  /** Empties the cache of every account; user data stays. */
  clearCache(): Promise<void>;
}

/**
 * Opens persistence for the app. Never rejects for storage reasons: without IndexedDB everything
 * works in memory, and `persistent: false` with a `reason` (plus an `unavailable` event) says so.
 *
 * @example
 * ```ts
 * const store = await openStore();
 * if (!store.persistent) notice.show('Favourites will not be kept: ' + store.reason);
 * const cache = store.cacheFor(account.id);
 * ```
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const events = options.events ?? new StoreEvents();
  const databases = await openDatabases({ timeoutMs: options.timeoutMs, userProbeKey: USER_DATA_KEY });
  if (databases.cache.reason) events.emit('unavailable', { database: 'cache', reason: databases.cache.reason });
  if (databases.user.reason) events.emit('unavailable', { database: 'user', reason: databases.user.reason });
  const user = await UserDataStore.open(databases.user.store, {
    events,
    now: options.now,
    randomBytes: options.randomBytes,
    cache: databases.cache.store,
    read: databases.user.probe?.key === USER_DATA_KEY ? { value: databases.user.probe.value } : undefined,
  });
  const caches = new Map<string, AccountCache>();
  const cacheDb = databases.cache.store;
  const reasons = [databases.reason, user.reason].filter((reason): reason is string => reason !== undefined);
  const store: Store = {
    persistent: databases.persistent && user.persistent,
    events,
    user,
    cacheFor(accountId) {
      let cache = caches.get(accountId);
      if (!cache) {
        cache = new AccountCache(cacheDb, accountId, { now: options.now, ttl: options.ttl, events });
        caches.set(accountId, cache);
      }
      return cache;
    },
    clearCache: () => cacheDb.clear(),
  };
  return reasons.length > 0 ? { ...store, reason: reasons.join('; ') } : store;
}
