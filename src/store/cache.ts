import { DEFAULT_TTL_MS, isCacheKind, type CacheKind, type TtlTable } from './cacheKinds';
import { openEnvelope, sealEnvelope, type Validator } from './envelope';
import { describeError, StoreError } from './errors';
import { StoreEvents, type CorruptReason } from './events';
import { accountDataPrefix, accountMetaPrefix, dataKeyOf, metaKeyOf } from './keys';
import type { KeyValueStore } from './keyValueStore';
import { writeEvictingOnQuota, type EntryMeta, type EvictedEntry } from './quota';

/** Options for an {@link AccountCache}. */
export interface AccountCacheOptions {
  /** The clock, in epoch milliseconds (injected by tests). Default `Date.now`. */
  now?: () => number;
  /** Lifetimes per kind, merged over {@link DEFAULT_TTL_MS}. */
  ttl?: Partial<TtlTable>;
  /** Where `corrupt` and `evicted` are reported; a private bus when omitted. */
  events?: StoreEvents;
}

/** A value found in the cache. */
export interface CacheHit<T> {
  value: T;
  kind: CacheKind;
  storedAt: number;
  expiresAt: number;
  /** Past its lifetime: fine to show, time to refresh. */
  stale: boolean;
}

/** Options for {@link AccountCache.write}. */
export interface WriteOptions {
  /** Epoch milliseconds when the entry goes stale. Required for `guide` data: the end of its window. */
  expiresAt?: number;
  /** A lifetime for this entry only, instead of the kind's. */
  ttlMs?: number;
}

/** What a write did. */
export interface WriteResult {
  storedAt: number;
  expiresAt: number;
  /** Entries deleted to make room (empty unless the database was full). */
  evicted: EvictedEntry[];
}

/**
 * The cache of one account: values under `cache:<accountId>:<key>` in the cache database, each in a
 * versioned envelope with a lifetime. Reading never returns data it cannot vouch for: anything damaged,
 * outdated or rejected by the caller's validator is a miss, is deleted, and is reported as `corrupt`.
 *
 * @example
 * ```ts
 * const hit = await cache.read('live:streams', isLiveStreamList);
 * if (!hit || hit.stale) await cache.write('live:streams', 'streams', await client.liveStreams());
 * ```
 */
export class AccountCache {
  readonly accountId: string;
  /** Where this cache reports `corrupt`, `evicted` (and, through revalidation, `update`). */
  readonly events: StoreEvents;
  private readonly db: KeyValueStore;
  private readonly now: () => number;
  private readonly ttl: TtlTable;

  constructor(db: KeyValueStore, accountId: string, options: AccountCacheOptions = {}) {
    this.db = db;
    this.accountId = accountId;
    this.events = options.events ?? new StoreEvents();
    this.now = options.now ?? Date.now;
    this.ttl = { ...DEFAULT_TTL_MS, ...options.ttl };
  }

  /** Reads `key`; undefined when missing or unusable. Stale values are returned, marked `stale`. */
  async read<T>(key: string, validate: Validator<T>): Promise<CacheHit<T> | undefined> {
    const dataKey = dataKeyOf(this.accountId, key);
    let raw: unknown;
    try {
      raw = await this.db.get(dataKey);
    } catch (error) {
      await this.discard(key, 'unreadable', describeError(error));
      return undefined;
    }
    if (raw === undefined) return undefined;
    const opened = openEnvelope(raw, validate);
    if (!opened.ok) {
      await this.discard(key, opened.reason, opened.detail);
      return undefined;
    }
    const { kind, storedAt, expiresAt } = opened.header;
    const now = this.now();
    // TVs boot with a wrong clock until they reach a time server: an entry "from the future" is suspect.
    const stale = now >= expiresAt || now < storedAt;
    return { value: opened.value, kind, storedAt, expiresAt, stale };
  }

  /**
   * Stores `data` under `key` as it is (no copy, no serialisation: IndexedDB clones arrays, typed
   * arrays and plain objects itself). When the database is full, evicts guide data first, then other
   * cache entries oldest first, and retries; throws `QUOTA_EXCEEDED` when nothing is left to evict.
   */
  async write<T>(key: string, kind: CacheKind, data: T, options: WriteOptions = {}): Promise<WriteResult> {
    if (!isCacheKind(kind)) throw new StoreError('BAD_ARGUMENT', `unknown cache kind ${String(kind)}`);
    if (data === undefined) throw new StoreError('BAD_ARGUMENT', `cannot cache undefined under ${key}`);
    const storedAt = this.now();
    const expiresAt = this.expiryOf(kind, storedAt, options);
    const envelope = sealEnvelope(kind, data, storedAt, expiresAt);
    const meta: EntryMeta = { kind, storedAt, expiresAt, size: envelope.size };
    const dataKey = dataKeyOf(this.accountId, key);
    const evicted = await writeEvictingOnQuota(
      async () => {
        await this.db.set(dataKey, envelope);
        await this.db.set(metaKeyOf(dataKey), meta);
      },
      { cache: this.db, events: this.events, forKey: dataKey },
    );
    return { storedAt, expiresAt, evicted };
  }

  /** Deletes one entry of this account. */
  async remove(key: string): Promise<void> {
    const dataKey = dataKeyOf(this.accountId, key);
    await this.db.del(dataKey);
    await this.db.del(metaKeyOf(dataKey));
  }

  /** Deletes every entry of this account, leaving other accounts alone. */
  async clearAccount(): Promise<void> {
    const dataPrefix = accountDataPrefix(this.accountId);
    const metaPrefix = accountMetaPrefix(this.accountId);
    const keys = await this.db.keys();
    for (const key of keys) {
      if (key.indexOf(dataPrefix) === 0 || key.indexOf(metaPrefix) === 0) await this.db.del(key);
    }
  }

  /** Empties the whole cache database (every account). User data is in another database and stays. */
  async clearAll(): Promise<void> {
    await this.db.clear();
  }

  private expiryOf(kind: CacheKind, storedAt: number, options: WriteOptions): number {
    if (options.expiresAt !== undefined) {
      if (!isFinite(options.expiresAt)) throw new StoreError('BAD_ARGUMENT', 'expiresAt must be a finite time');
      return options.expiresAt;
    }
    if (options.ttlMs !== undefined) return storedAt + options.ttlMs;
    if (kind === 'guide') {
      throw new StoreError('BAD_ARGUMENT', 'guide data needs expiresAt: the end of the window it covers');
    }
    return storedAt + this.ttl[kind];
  }

  private async discard(key: string, reason: CorruptReason, detail: string): Promise<void> {
    const dataKey = dataKeyOf(this.accountId, key);
    try {
      await this.db.del(dataKey);
      await this.db.del(metaKeyOf(dataKey));
    } catch {
      // The next write replaces the record anyway; the report below still goes out.
    }
    this.events.emit('corrupt', { store: 'cache', key: dataKey, reason, detail });
  }
}
