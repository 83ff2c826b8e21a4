import type { AccountCache, CacheHit, WriteOptions, WriteResult } from './cache';
import type { CacheKind } from './cacheKinds';
import { deepEqual } from './deepEqual';
import type { Validator } from './envelope';
import { isStoreError } from './errors';
import type { EvictedEntry } from './quota';

/** The default change summary. */
export interface ChangeSummary {
  changed: boolean;
}

/** What `onUpdate` receives once a refreshed value is in. */
export interface CacheUpdate<T, C> {
  value: T;
  /** The caller's `diff(previous, value)`; `{ changed }` by default. */
  changes: C;
  /** False when the value could not be stored (it is still the fresh value: show it). */
  persisted: boolean;
  /** Cache entries evicted to make room for it. */
  evicted: EvictedEntry[];
}

/** How a background refresh ended. The promise carrying it never rejects. */
export type RefreshOutcome<T, C> =
  | { status: 'skipped' }
  | ({ status: 'updated' } & CacheUpdate<T, C>)
  | { status: 'failed'; error: unknown; keptCached: boolean };

/** Options for {@link staleWhileRevalidate}. */
export interface RevalidateOptions<T, C = ChangeSummary> {
  cache: AccountCache;
  key: string;
  kind: CacheKind;
  validate: Validator<T>;
  /** Fetches the fresh value (from the provider, already normalised). */
  fetch: () => Promise<T>;
  /** Summarises what changed between the value shown and the fresh one. Default: `{ changed }` by deep equality. */
  diff?: (previous: T | undefined, next: T) => C;
  /** Called once the fresh value is stored (or could not be: see `persisted`). */
  onUpdate?: (update: CacheUpdate<T, C>) => void;
  /** Called when the fetch fails (the cached value stays) or the fresh value could not be stored. */
  onError?: (error: unknown) => void;
  /** Refresh only a stale or missing value (default), or always. */
  refresh?: 'when-stale' | 'always';
  /** Write options for the fresh value, e.g. the end of a guide window as `expiresAt`. */
  writeOptions?: (value: T) => WriteOptions;
  /**
   * Stores the value (an array) in chunks of this many items ({@link AccountCache.writeList}) and reads it back
   * chunk by chunk, so a long list never holds the page for its whole decoding.
   */
  chunkSize?: number;
}

/** What {@link staleWhileRevalidate} returns at once. */
export interface Revalidation<T, C> {
  /** The cached value, even stale; undefined on a miss. */
  cached: CacheHit<T> | undefined;
  /** The background refresh; resolves (never rejects) when it is over. */
  refresh: Promise<RefreshOutcome<T, C>>;
}

interface Fetched<T> {
  value: T;
  persisted: boolean;
  evicted: EvictedEntry[];
  writeError?: unknown;
  /** The starter's summary, reused by callers who diff the same previous value the same way. */
  changes: unknown;
  diffedWith: DiffFunction;
  previous: unknown;
}

type DiffFunction = (previous: never, next: never) => unknown;

// Refreshes in flight, per cache and key, so concurrent revalidations share one fetch.
const inFlight = new WeakMap<AccountCache, Map<string, Promise<Fetched<unknown>>>>();

function defaultDiff(previous: unknown, next: unknown): ChangeSummary {
  return { changed: previous === undefined || !deepEqual(previous, next) };
}

function callSafely(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    // A throwing UI callback must not turn a finished refresh into a failure.
    setTimeout(() => {
      throw error;
    }, 0);
  }
}

function readValue<T, C>(options: RevalidateOptions<T, C>): Promise<CacheHit<T> | undefined> {
  if (options.chunkSize === undefined) return options.cache.read(options.key, options.validate);
  // A chunked value is an array: its validator checks arrays.
  const list = options.cache.readList(options.key, options.validate as unknown as Validator<unknown[]>);
  return list as unknown as Promise<CacheHit<T> | undefined>;
}

function writeValue<T, C>(options: RevalidateOptions<T, C>, value: T): Promise<WriteResult> {
  const write = options.writeOptions?.(value);
  if (options.chunkSize === undefined) return options.cache.write(options.key, options.kind, value, write);
  const items = value as unknown as unknown[];
  return options.cache.writeList(options.key, options.kind, items, { ...write, chunkSize: options.chunkSize });
}

function startOrJoinRefresh<T, C>(options: RevalidateOptions<T, C>, previous: T | undefined): Promise<Fetched<T>> {
  const { cache, key } = options;
  let forCache = inFlight.get(cache);
  if (!forCache) inFlight.set(cache, (forCache = new Map()));
  const running = forCache.get(key);
  if (running) return running as Promise<Fetched<T>>;

  const started = (async (): Promise<Fetched<T>> => {
    const value = await options.fetch();
    let persisted = true;
    let evicted: EvictedEntry[];
    let writeError: unknown;
    try {
      // Readers see the old value until the new one is complete (one put, or a chunked list's head written last).
      evicted = (await writeValue(options, value)).evicted;
    } catch (error) {
      persisted = false;
      evicted = isStoreError(error) ? error.evicted : [];
      writeError = error;
    }
    const diff = options.diff ?? defaultDiff;
    const changes = diff(previous, value);
    cache.events.emit('update', { accountId: cache.accountId, key, changes, persisted });
    return { value, persisted, evicted, writeError, changes, diffedWith: diff, previous };
  })();
  const registry = forCache;
  const forget = () => {
    if (registry.get(key) === started) registry.delete(key);
  };
  started.then(forget, forget);
  registry.set(key, started);
  return started;
}

/**
 * Stale-while-revalidate over one cache entry: resolves at once with the cached value (even stale) and
 * a promise of the background refresh. The refresh runs when the value is stale or missing (or always,
 * per option), writes the fresh value, then calls `onUpdate({ value, changes })`. A failed fetch keeps
 * the cached value and goes to `onError`. Concurrent revalidations of one key share a single fetch.
 *
 * @example
 * ```ts
 * const { cached } = await staleWhileRevalidate({
 *   cache, key: 'live:categories', kind: 'categories', validate: isCategoryList,
 *   fetch: () => client.liveCategories(),
 *   onUpdate: ({ value, changes }) => { if (changes.changed) page.showCategories(value); },
 * });
 * if (cached) page.showCategories(cached.value);
 * ```
 */
export async function staleWhileRevalidate<T, C = ChangeSummary>(
  options: RevalidateOptions<T, C>,
): Promise<Revalidation<T, C>> {
  const cached = await readValue(options);
  const wanted = options.refresh === 'always' || !cached || cached.stale;
  if (!wanted) return { cached, refresh: Promise.resolve({ status: 'skipped' }) };

  const previous = cached?.value;
  // Without a caller diff, C is ChangeSummary (its default), which is what defaultDiff returns.
  const diff = options.diff ?? (defaultDiff as unknown as (previous: T | undefined, next: T) => C);
  const refresh = startOrJoinRefresh(options, previous).then(
    (fetched): RefreshOutcome<T, C> => {
      const update: CacheUpdate<T, C> = {
        value: fetched.value,
        changes:
          fetched.diffedWith === diff && fetched.previous === previous
            ? (fetched.changes as C)
            : diff(previous, fetched.value),
        persisted: fetched.persisted,
        evicted: fetched.evicted,
      };
      if (options.onUpdate) callSafely(() => options.onUpdate?.(update));
      if (fetched.writeError !== undefined && options.onError) callSafely(() => options.onError?.(fetched.writeError));
      return { status: 'updated', ...update };
    },
    (error: unknown): RefreshOutcome<T, C> => {
      if (options.onError) callSafely(() => options.onError?.(error));
      return { status: 'failed', error, keptCached: cached !== undefined };
    },
  );
  return { cached, refresh };
}
