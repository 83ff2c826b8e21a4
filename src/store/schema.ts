/**
 * The shape version of everything the store writes: cache envelopes and the user-data document.
 * Bump it whenever either shape changes; add a user-data migration when the user-data shape changed.
 */
export const SCHEMA_VERSION = 2;

/** Turns user data of version N into version N + 1. It receives unchecked data and may throw. */
export type Migration = (data: unknown) => unknown;

/** Migrations keyed by the version they migrate from. */
export type Migrations = Readonly<Record<number, Migration>>;

/**
 * User-data migrations of this build. None yet: version 2 changed only the cache (long lists are stored in chunks
 * under a small head), so user data of version 1 passes through unchanged.
 */
export const USER_DATA_MIGRATIONS: Migrations = {};

/** A schema: the version written now and how older user data reaches it. */
export interface Schema {
  version: number;
  migrations: Migrations;
}

/** This build's schema. */
export const CURRENT_SCHEMA: Schema = { version: SCHEMA_VERSION, migrations: USER_DATA_MIGRATIONS };

/**
 * Brings user data written under `fromVersion` up to `schema.version`, one step at a time. A step with no
 * migration means the bump changed only the cache's shape, so user data passes through unchanged.
 * Throws a RangeError for data newer than the schema (a downgrade), which we cannot understand.
 */
export function migrateUserData(data: unknown, fromVersion: number, schema: Schema = CURRENT_SCHEMA): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new RangeError(`unknown user-data version ${String(fromVersion)}`);
  }
  if (fromVersion > schema.version) {
    throw new RangeError(`user data of version ${fromVersion} is newer than this app (version ${schema.version})`);
  }
  let migrated = data;
  for (let version = fromVersion; version < schema.version; version++) {
    const step = schema.migrations[version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}

/**
 * The cache's rule: only envelopes of exactly this version are read. Older ones are misses (their data
 * may have another shape and is cheaper to refetch than to migrate); newer ones come from a later build
 * that was rolled back, and are misses too.
 */
export function isCurrentCacheVersion(version: number): boolean {
  return version === SCHEMA_VERSION;
}
