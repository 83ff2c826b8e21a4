import { describeError } from './errors';
import { createMemoryStore, openIndexedDbStore, type KeyValueStore } from './keyValueStore';

export type { KeyValueStore } from './keyValueStore';

/** The cache's database: everything in it can be refetched, so it may be cleared or evicted at will. */
export const CACHE_DATABASE = { name: 'tvplayer-cache', store: 'entries' } as const;
/** User data lives in its own database so that clearing the cache can never reach it. */
export const USER_DATABASE = { name: 'tvplayer-user', store: 'data' } as const;

/** How long opening a database may take before we give up and keep the data in memory. */
export const DEFAULT_OPEN_TIMEOUT_MS = 5000;

/** One opened database: IndexedDB when it works, memory otherwise. */
export interface OpenedDatabase {
  store: KeyValueStore;
  persistent: boolean;
  /** What the read that proved the database works found under its key (on IndexedDB only). */
  probe?: { key: string; value: unknown };
  /** Why the database is in memory; absent when persistent. */
  reason?: string;
}

/** The two databases the store uses, and whether they survive a restart. */
export interface Databases {
  cache: OpenedDatabase;
  user: OpenedDatabase;
  /** True only when both databases are on IndexedDB. */
  persistent: boolean;
  /** Why something is in memory, naming the database; absent when persistent. */
  reason?: string;
}

/** Options for {@link openDatabases}. */
export interface OpenDatabasesOptions {
  /** Give up on an `open()` that never answers after this long. Default {@link DEFAULT_OPEN_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The key the user database is proved with (the user data record: it is read next anyway). */
  userProbeKey?: string;
}

// Read through a key that no code writes: it opens the database and runs one transaction.
const PROBE_KEY = 'store:probe';

/** Why `indexedDB` cannot even be reached, or undefined when it exists. */
function whyIndexedDbIsMissing(): string | undefined {
  try {
    // Some engines throw a SecurityError on merely touching `indexedDB` (sandboxed frames, disabled storage).
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return 'IndexedDB is not available (private browsing or an engine without IndexedDB)';
    }
    return undefined;
  } catch (error) {
    return `IndexedDB cannot be accessed: ${describeError(error)}`;
  }
}

function rejectAfter(ms: number, message: string): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Opens one IndexedDB store and proves it answers by reading `probeKey`, or explains why it does not. A key the
 * caller needs anyway makes the proof free: one round trip fewer on a start-up.
 */
async function openOrExplain(
  name: string,
  storeName: string,
  timeoutMs: number,
  probeKey = PROBE_KEY,
): Promise<OpenedDatabase> {
  const missing = whyIndexedDbIsMissing();
  if (missing) return { store: createMemoryStore(), persistent: false, reason: missing };
  const store = openIndexedDbStore(name, storeName);
  const timeout = rejectAfter(timeoutMs, `opening it did not answer within ${timeoutMs} ms`);
  try {
    // Firefox private mode and some TV engines fail here: open() throws, or its request fires `error`.
    const value = await Promise.race([store.get(probeKey), timeout.promise]);
    return { store, persistent: true, probe: { key: probeKey, value } };
  } catch (error) {
    return { store: createMemoryStore(), persistent: false, reason: `${name}: ${describeError(error)}` };
  } finally {
    timeout.cancel();
  }
}

/**
 * Opens the cache and user databases on IndexedDB. Never rejects: a database that cannot be used is
 * replaced by an in-memory store, and `persistent: false` with a `reason` says so.
 */
export async function openDatabases(options: OpenDatabasesOptions = {}): Promise<Databases> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  const [cache, user] = await Promise.all([
    openOrExplain(CACHE_DATABASE.name, CACHE_DATABASE.store, timeoutMs),
    openOrExplain(USER_DATABASE.name, USER_DATABASE.store, timeoutMs, options.userProbeKey),
  ]);
  const reasons = [cache.reason, user.reason].filter((reason): reason is string => reason !== undefined);
  const unique = reasons.filter((reason, index) => reasons.indexOf(reason) === index);
  const databases: Databases = { cache, user, persistent: cache.persistent && user.persistent };
  if (unique.length > 0) databases.reason = unique.join('; ');
  return databases;
}
