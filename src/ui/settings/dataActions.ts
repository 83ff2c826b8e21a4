/**
 * The Data section's work, without drawing: clearing the signed-in account's cache (saying how much it freed),
 * exporting the user data as a file and importing one. User data is never touched by clearing the cache: it lives
 * in another database.
 */
import {
  CACHE_DATABASE,
  type AccountCache,
  isStoreError,
  openIndexedDbStore,
  planEviction,
  type ImportSummary,
  type KeyValueStore,
  type Store,
} from '../../store';
import { t, tn } from '../i18n';

/** What clearing a cache freed. */
export interface ClearedCache {
  entries: number;
  /** Bytes of the entries as stored (their envelopes' sizes). */
  bytes: number;
}

/** Accepts whatever an entry holds: only its size is wanted. */
function anything(value: unknown): value is unknown {
  return value !== undefined;
}

/**
 * About how many bytes a stored value takes: bytes of binary data, characters of text, 8 per number, the keys and
 * values of objects. Walks the value once; clearing the cache is rare enough for that.
 */
export function approximateBytes(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean') return 4;
  if (typeof value !== 'object') return 0;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') return (value as ArrayBuffer).byteLength;
  if (Array.isArray(value)) {
    let total = 0;
    for (let i = 0; i < value.length; i++) total += approximateBytes(value[i]);
    return total;
  }
  let total = 0;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (Object.prototype.hasOwnProperty.call(record, key)) total += key.length + approximateBytes(record[key]);
  }
  return total;
}

/** Entries and about how many bytes the cache database `db` holds for the account of `cache`. */
export async function measureAccountCache(db: KeyValueStore, cache: AccountCache): Promise<ClearedCache> {
  const batches = await planEviction(db);
  let entries = 0;
  let bytes = 0;
  for (const batch of batches) {
    for (const entry of batch) {
      if (entry.accountId !== cache.accountId) continue;
      const hit = await cache.read(entry.key, anything);
      entries++;
      bytes += hit ? approximateBytes(hit.value) : 0;
    }
  }
  return { entries, bytes };
}

/**
 * Clears the cache of `accountId` and says what it held. `cacheDb` is the database the store's caches live in (the
 * app's IndexedDB cache database by default; a store kept in memory has nothing to measure and reports 0).
 */
export async function clearAccountCache(
  store: Pick<Store, 'cacheFor' | 'persistent'>,
  accountId: string,
  cacheDb?: KeyValueStore,
): Promise<ClearedCache> {
  const cache = store.cacheFor(accountId);
  let measured: ClearedCache = { entries: 0, bytes: 0 };
  const db = cacheDb ?? (store.persistent ? openIndexedDbStore(CACHE_DATABASE.name, CACHE_DATABASE.store) : undefined);
  if (db) measured = await measureAccountCache(db, cache).catch(() => measured);
  await cache.clearAccount();
  return measured;
}

/** A size for people: "340 KB", "12.5 MB". */
export function sizeText(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return t('settings.size.kb', { size: Math.max(0, Math.round(kb)) });
  const mb = kb / 1024;
  return t('settings.size.mb', { size: mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb) });
}

/** The name an export file gets: the app and the day, e.g. `tvplayer-user-data-2026-11-23.json`. */
export function exportFileName(now: number): string {
  return `tvplayer-user-data-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Whether this device can hand a file to the viewer and pick one: a web browser can, TV engines cannot. */
export function canUseFiles(
  kind: string,
  doc: Document | undefined = typeof document !== 'undefined' ? document : undefined,
): boolean {
  return (
    kind === 'browser' && doc !== undefined && typeof Blob === 'function' && typeof URL.createObjectURL === 'function'
  );
}

/** Saves the user data of `store` as a file through the browser's download; resolves with the file name. */
export async function downloadExport(store: Pick<Store, 'user'>, now: number = Date.now()): Promise<string> {
  const json = await store.user.exportAll();
  const name = exportFileName(now);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // The download has the data once it started; the object URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/** Asks the browser for a file (its file picker) and resolves with its text, or undefined when none was picked. */
export function pickTextFile(): Promise<string | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      document.body.removeChild(input);
      if (!file) return resolve(undefined);
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
      reader.onerror = () => resolve(undefined);
      reader.readAsText(file);
    });
    input.addEventListener('cancel', () => {
      document.body.removeChild(input);
      resolve(undefined);
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** Merges an export file into the stored user data; the message says what happened (or every problem found). */
export async function importExport(
  store: Pick<Store, 'user'>,
  json: string,
): Promise<{ ok: boolean; message: string }> {
  try {
    const summary: ImportSummary = await store.user.importAll(json, { mode: 'merge' });
    return { ok: true, message: tn('settings.importData.done', summary.imported, { total: summary.total }) };
  } catch (error) {
    const reason =
      isStoreError(error) && error.problems.length > 0
        ? error.problems.slice(0, 3).join('; ')
        : error instanceof Error
          ? error.message
          : String(error);
    return { ok: false, message: t('settings.importData.failed', { reason }) };
  }
}
