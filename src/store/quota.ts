import { isCacheKind, type CacheKind } from './cacheKinds';
import { StoreError } from './errors';
import type { StoreEvents } from './events';
import { dataKeyOf, isDataKey, isMetaKey, metaKeyOf, splitDataKey } from './keys';
import type { KeyValueStore } from './keyValueStore';

/** A cache entry deleted to make room. */
export interface EvictedEntry {
  accountId: string;
  key: string;
  /** `unknown` when the entry's metadata was missing or damaged. */
  kind: CacheKind | 'unknown';
  /** 0 when unknown. */
  storedAt: number;
  /** The envelope's size ({@link sizeOf}); 0 when unknown. */
  size: number;
}

/** The small header copy kept beside each envelope (see `keys.ts`). */
export interface EntryMeta {
  kind: CacheKind;
  storedAt: number;
  expiresAt: number;
  size: number;
}

/** What {@link writeEvictingOnQuota} needs besides the write itself. */
export interface EvictionContext {
  /** The cache database, the only place anything is ever evicted from. */
  cache: KeyValueStore;
  events?: StoreEvents;
  /** The key being written, for reports; a cache data key is also kept out of the eviction. */
  forKey: string;
  /** Further data keys to keep out of the eviction (the chunks already written of the same list). */
  protects?: (dataKey: string) => boolean;
}

/**
 * Whether an error means "storage is full". Engines disagree: the standard `QuotaExceededError` name
 * (legacy code 22), Firefox's `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), and some report only the code.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (code === 22 || code === 1014) return true;
  return typeof message === 'string' && message.indexOf('NS_ERROR_DOM_QUOTA_REACHED') >= 0;
}

function isEntryMeta(value: unknown): value is EntryMeta {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Record<keyof EntryMeta, unknown>>;
  return isCacheKind(m.kind) && typeof m.storedAt === 'number' && typeof m.size === 'number';
}

function byAge(a: EvictedEntry, b: EvictedEntry): number {
  return a.storedAt - b.storedAt;
}

/**
 * The eviction policy as an ordered list of batches: first every guide entry (the largest and the
 * quickest to refetch, and only valid for a window anyway), then every other entry one at a time,
 * oldest first. Entries without readable metadata count as the oldest. User data is in another
 * database and cannot appear here.
 */
export async function planEviction(
  cache: KeyValueStore,
  protectedKey?: string,
  protects?: (dataKey: string) => boolean,
): Promise<EvictedEntry[][]> {
  const all = await cache.keys();
  const dataKeys = all.filter(isDataKey);
  const metaKeys = new Set(all.filter(isMetaKey));
  const entries: EvictedEntry[] = [];
  for (const dataKey of dataKeys) {
    if (dataKey === protectedKey || (protects && protects(dataKey))) continue;
    const { accountId, key } = splitDataKey(dataKey);
    const metaKey = metaKeyOf(dataKey);
    const meta = metaKeys.has(metaKey) ? await cache.get(metaKey) : undefined;
    if (isEntryMeta(meta)) entries.push({ accountId, key, kind: meta.kind, storedAt: meta.storedAt, size: meta.size });
    else entries.push({ accountId, key, kind: 'unknown', storedAt: 0, size: 0 });
  }
  const guide = entries.filter((entry) => entry.kind === 'guide').sort(byAge);
  const others = entries.filter((entry) => entry.kind !== 'guide').sort(byAge);
  const batches: EvictedEntry[][] = guide.length > 0 ? [guide] : [];
  others.forEach((entry) => batches.push([entry]));
  return batches;
}

/** Deletes one evicted entry (envelope and metadata). */
async function evict(cache: KeyValueStore, entry: EvictedEntry): Promise<void> {
  const dataKey = dataKeyOf(entry.accountId, entry.key);
  await cache.del(dataKey);
  await cache.del(metaKeyOf(dataKey));
}

/**
 * Runs `write`; while it fails with a quota error, evicts the next batch of cache entries (see
 * {@link planEviction}) and retries. Reports what was evicted through an `evicted` event, and throws
 * `QUOTA_EXCEEDED` once nothing evictable is left. Other errors are rethrown untouched.
 *
 * @returns the entries evicted to make the write fit (empty when it fit at once).
 */
export async function writeEvictingOnQuota(
  write: () => Promise<void>,
  context: EvictionContext,
): Promise<EvictedEntry[]> {
  const evicted: EvictedEntry[] = [];
  let plan: EvictedEntry[][] | undefined;
  const report = (written: boolean) => {
    if (evicted.length > 0)
      context.events?.emit('evicted', { entries: evicted.slice(), forKey: context.forKey, written });
  };
  for (;;) {
    try {
      await write();
      report(true);
      return evicted;
    } catch (error) {
      if (!isQuotaError(error)) {
        report(false);
        throw error;
      }
      if (!plan) plan = await planEviction(context.cache, context.forKey, context.protects);
      const batch = plan.shift();
      if (!batch) {
        report(false);
        throw new StoreError('QUOTA_EXCEEDED', `storage is full: could not write ${context.forKey}`, {
          cause: error,
          evicted: evicted.slice(),
        });
      }
      for (const entry of batch) {
        await evict(context.cache, entry);
        evicted.push(entry);
      }
    }
  }
}
