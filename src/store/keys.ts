/*
 * How cache keys are laid out in the cache database:
 *   cache:<accountId>:<key>  the envelope (data and header)
 *   meta:<accountId>:<key>   a small copy of the header, so eviction can rank entries without loading data
 * The account id is URI-encoded so that a ':' inside it cannot leak into another account's namespace.
 */

const DATA_PREFIX = 'cache:';
const META_PREFIX = 'meta:';

/** The prefix shared by every data key of one account. */
export function accountDataPrefix(accountId: string): string {
  return `${DATA_PREFIX}${encodeURIComponent(accountId)}:`;
}

/** The prefix shared by every metadata key of one account. */
export function accountMetaPrefix(accountId: string): string {
  return `${META_PREFIX}${encodeURIComponent(accountId)}:`;
}

/** The database key of `key` in the namespace of `accountId`. */
export function dataKeyOf(accountId: string, key: string): string {
  return accountDataPrefix(accountId) + key;
}

/** The metadata key that goes with a data key. */
export function metaKeyOf(dataKey: string): string {
  return META_PREFIX + dataKey.slice(DATA_PREFIX.length);
}

/** Whether a database key holds an envelope. */
export function isDataKey(key: string): boolean {
  return key.indexOf(DATA_PREFIX) === 0;
}

/** Whether a database key holds metadata. */
export function isMetaKey(key: string): boolean {
  return key.indexOf(META_PREFIX) === 0;
}

/** The data key a metadata key describes. */
export function dataKeyOfMeta(metaKey: string): string {
  return DATA_PREFIX + metaKey.slice(META_PREFIX.length);
}

/** Splits a data key back into its account and caller key. */
export function splitDataKey(dataKey: string): { accountId: string; key: string } {
  const rest = dataKey.slice(DATA_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return { accountId: '', key: rest };
  let accountId = rest.slice(0, colon);
  try {
    accountId = decodeURIComponent(accountId);
  } catch {
    // A key we did not write: keep the raw text.
  }
  return { accountId, key: rest.slice(colon + 1) };
}
