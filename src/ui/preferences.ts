/**
 * The viewer's app-wide preferences (language, clock format, how the TV plays and how channel lists look), kept in
 * the user database next to the user data so that they apply before anyone signs in and survive a restart. The
 * per-account settings of the user data store are for what belongs to one account (see `settings/accountSettings`);
 * these belong to the TV.
 */
import type { PlaybackEngineName } from '../platform';
import { createMemoryStore, openIndexedDbStore, USER_DATABASE, type KeyValueStore } from '../store';
import { isLanguage, setLanguage, type Language } from './i18n';

/** How times of day are written: `14:05` or `2:05 PM`. */
export type ClockFormat = '24h' | '12h';

/** The player engine the viewer prefers, or `auto` for the device's own order. */
export type EngineSetting = 'auto' | PlaybackEngineName;

/** Engines a saved preference may name. */
const ENGINE_SETTINGS: readonly EngineSetting[] = ['auto', 'avplay', 'webos', 'hlsjs', 'shaka', 'mpegts', 'native'];

/** The tallest picture adaptive streams may pick (lines), 0 for no limit. */
export const MAX_HEIGHTS: readonly number[] = [0, 2160, 1080, 720, 480];

/** Seconds fetched ahead of the playhead by the streaming libraries (30 is the player's default). */
export const BUFFER_SECONDS: readonly number[] = [15, 30, 60, 120];

/** What the viewer chose on the settings page. */
export interface Preferences {
  language: Language;
  clock: ClockFormat;
  engine: EngineSetting;
  maxHeight: number;
  bufferSeconds: number;
  /** Channel lists show channel numbers, logos, the programmes on now and next. */
  channelNumbers: boolean;
  channelLogos: boolean;
  nowNext: boolean;
}

/** How channel lists look: the part of the preferences list rows read while scrolling. */
export type ListDisplay = Pick<Preferences, 'channelNumbers' | 'channelLogos' | 'nowNext'>;

/** The user-database key the preferences live under (the user data itself is under `user-data`). */
export const PREFERENCES_KEY = 'ui-preferences';

/** How long reading the saved preferences may take before the app starts with the defaults. */
const READ_TIMEOUT_MS = 3000;

function isClockFormat(value: unknown): value is ClockFormat {
  return value === '24h' || value === '12h';
}

function pick<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.indexOf(value as T) >= 0 ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * English, or German when the device's language is German and nothing is saved; a 24-hour clock; the device's own
 * engine order, no resolution limit, the player's buffer; channel lists with numbers, logos and now/next.
 */
export function defaultPreferences(deviceLanguage: string | undefined): Preferences {
  const german = typeof deviceLanguage === 'string' && /^de\b/i.test(deviceLanguage);
  return {
    language: german ? 'de' : 'en',
    clock: '24h',
    engine: 'auto',
    maxHeight: 0,
    bufferSeconds: 30,
    channelNumbers: true,
    channelLogos: true,
    nowNext: true,
  };
}

/** The saved record over the defaults; values an older or newer build left that this one does not know are ignored. */
export function preferencesFrom(raw: unknown, defaults: Preferences): Preferences {
  if (typeof raw !== 'object' || raw === null) return { ...defaults };
  const record = raw as Record<string, unknown>;
  return {
    language: isLanguage(record.language) ? record.language : defaults.language,
    clock: isClockFormat(record.clock) ? record.clock : defaults.clock,
    engine: pick(ENGINE_SETTINGS, record.engine, defaults.engine),
    maxHeight: pick(MAX_HEIGHTS, record.maxHeight, defaults.maxHeight),
    bufferSeconds: pick(BUFFER_SECONDS, record.bufferSeconds, defaults.bufferSeconds),
    channelNumbers: flag(record.channelNumbers, defaults.channelNumbers),
    channelLogos: flag(record.channelLogos, defaults.channelLogos),
    nowNext: flag(record.nowNext, defaults.nowNext),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The preferences of this run: read once at start-up, changed by the settings page, written through at once. */
export class PreferenceStore {
  private value: Preferences;
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: KeyValueStore,
    value: Preferences,
  ) {
    this.value = value;
  }

  /**
   * Reads the saved preferences from `db` over the defaults for `deviceLanguage`. Never rejects: a database that
   * cannot be read (private mode, an engine without IndexedDB) gives the defaults and a store kept in memory.
   */
  static async open(db: KeyValueStore, deviceLanguage: string | undefined): Promise<PreferenceStore> {
    const defaults = defaultPreferences(deviceLanguage);
    try {
      const raw = await withTimeout(db.get(PREFERENCES_KEY), READ_TIMEOUT_MS);
      return new PreferenceStore(db, preferencesFrom(raw, defaults));
    } catch (error) {
      console.warn('Preferences cannot be read; using the defaults for this session', error);
      return new PreferenceStore(createMemoryStore(), defaults);
    }
  }

  get current(): Preferences {
    return { ...this.value };
  }

  /** Applies `patch` at once and stores it; resolves once stored (a failed write keeps the change for this run). */
  change(patch: Partial<Preferences>): Promise<void> {
    this.value = preferencesFrom({ ...this.value, ...patch }, this.value);
    const record = { ...this.value };
    const write = this.queue.then(() => this.db.set(PREFERENCES_KEY, record));
    this.queue = write.catch((error: unknown) => console.warn('Preferences could not be saved', error));
    return write;
  }
}

let active: PreferenceStore | undefined;
let clock: ClockFormat = '24h';
let display: ListDisplay = { channelNumbers: true, channelLogos: true, nowNext: true };
let listeners: ((preferences: Preferences) => void)[] = [];

function applied(preferences: Preferences): Promise<void> {
  clock = preferences.clock;
  display = {
    channelNumbers: preferences.channelNumbers,
    channelLogos: preferences.channelLogos,
    nowNext: preferences.nowNext,
  };
  // A loaded table switches at once; another one first loads (and one that cannot load leaves the strings as they were).
  const switched = setLanguage(preferences.language).catch((error: unknown) => {
    console.warn(`The ${preferences.language} strings could not be loaded`, error);
  });
  listeners.forEach((listener) => listener(preferences));
  return switched;
}

/**
 * Start-up: reads the preferences from the user database (or `db`, in tests) and applies them (the language of
 * the strings, the clock format of {@link formatClock}).
 */
export async function loadPreferences(db?: KeyValueStore, deviceLanguage?: string): Promise<PreferenceStore> {
  const language = deviceLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : undefined);
  let database = db;
  if (!database) {
    try {
      database = openIndexedDbStore(USER_DATABASE.name, USER_DATABASE.store);
    } catch {
      database = createMemoryStore();
    }
  }
  const store = await PreferenceStore.open(database, language);
  active = store;
  // The saved language's strings are in before the first page draws.
  await applied(store.current);
  return store;
}

/** The preferences of this run (the defaults until {@link loadPreferences} ran). */
export function currentPreferences(): Preferences {
  return active ? active.current : { ...defaultPreferences('en'), clock, ...display };
}

/** How channel lists look now; the same object until a preference changes, so rows may read it per item. */
export function listDisplay(): ListDisplay {
  return display;
}

/** Changes preferences and applies them at once (listeners of the language redraw); resolves once stored. */
export function changePreferences(patch: Partial<Preferences>): Promise<void> {
  if (!active) return Promise.reject(new Error('preferences are not loaded'));
  const saved = active.change(patch);
  void applied(active.current);
  return saved;
}

/**
 * Calls `listener` with the preferences once loaded and after every change (the player follows its settings this
 * way); returns the function that stops it.
 */
export function onPreferencesChange(listener: (preferences: Preferences) => void): () => void {
  listeners = listeners.concat(listener);
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A time of day in the device's local time, in the viewer's clock format: `14:05` or `2:05 PM`. `format` overrides
 * the preference (tests, previews). No Intl: old TV engines format times their own way.
 */
export function formatClock(date: Date | number, format: ClockFormat = clock): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  const hours = d.getHours();
  const minutes = pad(d.getMinutes());
  if (format === '24h') return `${pad(hours)}:${minutes}`;
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}
