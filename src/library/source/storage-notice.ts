import type { Store } from '../../store';

/**
 * What to tell the viewer when the store runs in memory (no IndexedDB: private mode, an old engine, storage
 * disabled): everything works, but accounts, favourites and the cached catalogue will be gone after a restart.
 * Undefined when the store is persistent.
 */
export function storageNotice(store: Pick<Store, 'persistent'>): string | undefined {
  if (store.persistent) return undefined;
  return 'This TV cannot save data right now, so your account, favourites and channel list will not be kept after the app closes.';
}
