import { DEFAULT_TTL_MS, isCacheKind, type CacheKind, type TtlTable } from './cacheKinds';
import {
  chunkKeyOf,
  chunkKeysOf,
  chunkPrefixOf,
  DEFAULT_CHUNK_SIZE,
  isChunkHead,
  joinChunks,
  newGeneration,
  sliceList,
  type ChunkHead,
} from './chunkedList';
import { isEnvelope, openEnvelope, sealEnvelope, type Validator } from './envelope';
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

/** Options for {@link AccountCache.writeList}. */
export interface WriteListOptions extends WriteOptions {
  /** Items per chunk (default {@link DEFAULT_CHUNK_SIZE}). */
  chunkSize?: number;
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
    const evicted = await this.put(dataKeyOf(this.accountId, key), kind, data, storedAt, expiresAt);
    return { storedAt, expiresAt, evicted };
  }

  /**
   * Reads a list stored with {@link writeList}, chunk after chunk (each checked with `validate`, the list's
   * validator), so the page can handle input between two chunks. A missing or damaged chunk makes the whole list
   * a miss: it is deleted and reported as `corrupt`, like any unusable entry.
   */
  async readList<T>(key: string, validate: Validator<T[]>): Promise<CacheHit<T[]> | undefined> {
    const head = await this.read(key, isChunkHead);
    if (!head) return undefined;
    const chunks: T[][] = [];
    for (const chunkKey of chunkKeysOf(key, head.value)) {
      let raw: unknown;
      try {
        raw = await this.db.get(dataKeyOf(this.accountId, chunkKey));
      } catch (error) {
        await this.discardList(key, head.value, 'unreadable', describeError(error));
        return undefined;
      }
      const opened = raw === undefined ? undefined : openEnvelope(raw, validate);
      if (!opened || !opened.ok) {
        const reason = opened ? opened.reason : 'truncated';
        await this.discardList(key, head.value, reason, opened ? opened.detail : `chunk ${chunkKey} is missing`);
        return undefined;
      }
      chunks.push(opened.value);
    }
    const value = joinChunks(chunks, head.value.length);
    if (value.length !== head.value.length) {
      await this.discardList(key, head.value, 'truncated', `${value.length} items, expected ${head.value.length}`);
      return undefined;
    }
    return { ...head, value };
  }

  /**
   * Stores a long list in chunks (see `chunkedList.ts`): every chunk of the new version first, then the head that
   * points at them, then the old version's chunks are deleted. Readers see the old list until the head is in.
   */
  async writeList<T>(
    key: string,
    kind: CacheKind,
    items: readonly T[],
    options: WriteListOptions = {},
  ): Promise<WriteResult> {
    if (!isCacheKind(kind)) throw new StoreError('BAD_ARGUMENT', `unknown cache kind ${String(kind)}`);
    if (!Array.isArray(items)) throw new StoreError('BAD_ARGUMENT', `writeList needs an array under ${key}`);
    const storedAt = this.now();
    const expiresAt = this.expiryOf(kind, storedAt, options);
    const previous = await this.db.get(dataKeyOf(this.accountId, key)).catch(() => undefined);
    const head: ChunkHead = { format: 'chunks', generation: newGeneration(storedAt), chunks: 0, length: items.length };
    const slices = sliceList(items, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
    head.chunks = slices.length;
    // Room is never made by evicting a chunk this write already stored.
    const ownChunks = dataKeyOf(this.accountId, chunkPrefixOf(key, head.generation));
    const protects = (dataKey: string) => dataKey.indexOf(ownChunks) === 0;
    const evicted: EvictedEntry[] = [];
    for (let i = 0; i < slices.length; i++) {
      const chunkKey = dataKeyOf(this.accountId, chunkKeyOf(key, head.generation, i));
      evicted.push(...(await this.put(chunkKey, kind, slices[i], storedAt, expiresAt, protects)));
    }
    evicted.push(...(await this.put(dataKeyOf(this.accountId, key), kind, head, storedAt, expiresAt, protects)));
    const old = isEnvelope(previous) && isChunkHead(previous.data) ? previous.data : undefined;
    if (old && old.generation !== head.generation) await this.removeChunks(key, old).catch(() => undefined);
    return { storedAt, expiresAt, evicted };
  }

  /** Deletes one entry of this account (with its chunks, for a chunked list). */
  async remove(key: string): Promise<void> {
    const dataKey = dataKeyOf(this.accountId, key);
    const raw = await this.db.get(dataKey).catch(() => undefined);
    if (isEnvelope(raw) && isChunkHead(raw.data)) await this.removeChunks(key, raw.data);
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

  /** Writes one envelope and its metadata, evicting other entries while the database is full. */
  private put(
    dataKey: string,
    kind: CacheKind,
    data: unknown,
    storedAt: number,
    expiresAt: number,
    protects?: (dataKey: string) => boolean,
  ): Promise<EvictedEntry[]> {
    const envelope = sealEnvelope(kind, data, storedAt, expiresAt);
    const meta: EntryMeta = { kind, storedAt, expiresAt, size: envelope.size };
    return writeEvictingOnQuota(
      async () => {
        await this.db.set(dataKey, envelope);
        await this.db.set(metaKeyOf(dataKey), meta);
      },
      { cache: this.db, events: this.events, forKey: dataKey, protects },
    );
  }

  private async removeChunks(key: string, head: ChunkHead): Promise<void> {
    for (const chunkKey of chunkKeysOf(key, head)) {
      const dataKey = dataKeyOf(this.accountId, chunkKey);
      await this.db.del(dataKey);
      await this.db.del(metaKeyOf(dataKey));
    }
  }

  /** A chunked list that cannot be used: its head and chunks go, and the read is reported as corrupt. */
  private async discardList(key: string, head: ChunkHead, reason: CorruptReason, detail: string): Promise<void> {
    await this.removeChunks(key, head).catch(() => undefined);
    await this.discard(key, reason, detail);
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
