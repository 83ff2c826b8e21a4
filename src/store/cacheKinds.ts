/** What a cache entry holds; the kind picks its lifetime and its place in the eviction order. */
export type CacheKind = 'categories' | 'streams' | 'details' | 'guide' | 'other';

/** Every cache kind, for checks. */
export const CACHE_KINDS: readonly CacheKind[] = ['categories', 'streams', 'details', 'guide', 'other'];

const HOUR_MS = 60 * 60 * 1000;

/** Lifetimes of the kinds that have one. Guide data has none: it lives until the end of its window. */
export type TtlTable = Readonly<Record<Exclude<CacheKind, 'guide'>, number>>;

/**
 * Default lifetimes in milliseconds. Categories and streams change a few times a day on a provider;
 * details (plot, cast, episodes) rarely change.
 */
export const DEFAULT_TTL_MS: TtlTable = {
  categories: 6 * HOUR_MS,
  streams: 6 * HOUR_MS,
  details: 24 * HOUR_MS,
  other: 1 * HOUR_MS,
};

/** Whether `value` is a {@link CacheKind}. */
export function isCacheKind(value: unknown): value is CacheKind {
  return typeof value === 'string' && (CACHE_KINDS as readonly string[]).indexOf(value) >= 0;
}
