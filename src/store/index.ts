/** Persistence on IndexedDB (idb-keyval): a versioned per-account cache with stale-while-revalidate, and user data. */
export { openStore, type OpenStoreOptions, type Store } from './openStore';
export {
  AccountCache,
  type AccountCacheOptions,
  type CacheHit,
  type WriteListOptions,
  type WriteOptions,
  type WriteResult,
} from './cache';
export { DEFAULT_CHUNK_SIZE, type ChunkHead } from './chunkedList';
export { CACHE_KINDS, DEFAULT_TTL_MS, isCacheKind, type CacheKind, type TtlTable } from './cacheKinds';
export {
  staleWhileRevalidate,
  type CacheUpdate,
  type ChangeSummary,
  type RefreshOutcome,
  type RevalidateOptions,
  type Revalidation,
} from './revalidate';
export { sizeOf, type Envelope, type Validator } from './envelope';
export {
  CACHE_DATABASE,
  USER_DATABASE,
  DEFAULT_OPEN_TIMEOUT_MS,
  openDatabases,
  type Databases,
  type OpenDatabasesOptions,
  type OpenedDatabase,
} from './database';
export { createMemoryStore, keyValueStoreOn, openIndexedDbStore, type KeyValueStore } from './keyValueStore';
export { isQuotaError, planEviction, writeEvictingOnQuota, type EvictedEntry, type EvictionContext } from './quota';
export {
  CURRENT_SCHEMA,
  SCHEMA_VERSION,
  USER_DATA_MIGRATIONS,
  migrateUserData,
  type Migration,
  type Migrations,
  type Schema,
} from './schema';
export {
  StoreEvents,
  type CorruptEvent,
  type CorruptReason,
  type EvictedEvent,
  type StoreEventMap,
  type UnavailableEvent,
  type UpdateEvent,
} from './events';
export { StoreError, isStoreError, type StoreErrorCode } from './errors';
export { UserDataStore, USER_DATA_KEY, type ImportOptions, type ImportSummary, type UserDataOptions } from './userData';
export { AccountUserData, type ResumePositionInput } from './accountUserData';
export {
  FINISHED_FRACTION,
  MEDIA_KINDS,
  RECENT_LIMIT,
  RESUME_LIMIT,
  type AccountData,
  type MediaKind,
  type ResumePosition,
  type StoredAccount,
  type UserDataDocument,
  type WatchedEntry,
} from './userModels';
export { EXPORT_FORMAT, type UserDataExport } from './userTransfer';
export { isValidPin, type PinRecord } from './pin';
export { sha256, sha256Hex } from './sha256';
