/**
 * Start-up reads begun before the interface library is evaluated. Opening IndexedDB and reading the saved account
 * and the preferences are round trips to the browser's storage: begun by the app's first entry module
 * (`src/early.ts`), they run while the rest of the bundle (Lightning above all) is evaluated and the stage is built,
 * so a warm start finds them done instead of waiting for them after the first frame.
 *
 * Each read is taken once by the code that would otherwise begin it (`openAppStore`, the App's preferences);
 * without {@link beginEarlyReads} (unit tests, a page that never ran the entry module) they begin it themselves.
 */
import { openStore, type Store } from '../store';
import { loadPreferences, type PreferenceStore } from './preferences';

interface EarlyReads {
  store?: Promise<Store>;
  preferences?: Promise<PreferenceStore>;
}

const early: EarlyReads = {};

/** Begins opening the store and loading the preferences (once). */
export function beginEarlyReads(): void {
  if (early.store || early.preferences) return;
  early.store = openStore();
  early.preferences = loadPreferences();
  // Whoever takes a read handles its failure; an untaken one must not be reported as unhandled.
  early.store.catch(() => undefined);
  early.preferences.catch(() => undefined);
}

/** The early read of `what`, once: later calls (and runs that never began them) get undefined. */
export function takeEarlyRead<K extends keyof EarlyReads>(what: K): EarlyReads[K] {
  const read = early[what];
  early[what] = undefined;
  return read;
}
