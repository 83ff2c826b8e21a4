import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { language, setLanguage } from '../../../../src/ui/i18n';
import {
  changePreferences,
  currentPreferences,
  defaultPreferences,
  formatClock,
  loadPreferences,
  PREFERENCES_KEY,
  PreferenceStore,
} from '../../../../src/ui/preferences';
import { changedSetting, settingValue, type SettingsState } from '../../../../src/ui/settings/options';
import { openIndexedDbStore, USER_DATABASE, UserDataStore, type KeyValueStore } from '../../../../src/store';

function userDb(): KeyValueStore {
  return openIndexedDbStore(USER_DATABASE.name, USER_DATABASE.store);
}

describe('preferences', () => {
  beforeEach(() => {
    (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
  });
  afterEach(() => setLanguage('en'));

  it('starts in English, or in German on a German device, with a 24-hour clock', async () => {
    expect(defaultPreferences('en-GB')).toEqual({
      language: 'en',
      clock: '24h',
      engine: 'auto',
      maxHeight: 0,
      bufferSeconds: 30,
      channelNumbers: true,
      channelLogos: true,
      nowNext: true,
    });
    expect(defaultPreferences('de-AT')).toMatchObject({ language: 'de', clock: '24h' });
    expect(defaultPreferences('de')).toMatchObject({ language: 'de', clock: '24h' });
    expect(defaultPreferences('dee')).toMatchObject({ language: 'en', clock: '24h' });
    expect(defaultPreferences(undefined)).toMatchObject({ language: 'en', clock: '24h' });
    const store = await PreferenceStore.open(userDb(), 'de-DE');
    expect(store.current).toMatchObject({ language: 'de', clock: '24h' });
  });

  it('keeps a change across a restart, next to the user data and without touching it', async () => {
    const user = await UserDataStore.open(userDb());
    await user.saveAccount({ id: 'a1', kind: 'm3u', name: 'List', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
    const first = await PreferenceStore.open(userDb(), 'en-US');
    await first.change({ language: 'de' });
    await first.change({ clock: '12h' });

    const again = await PreferenceStore.open(userDb(), 'en-US');
    expect(again.current).toMatchObject({ language: 'de', clock: '12h' });
    const reopened = await UserDataStore.open(userDb());
    expect(reopened.accounts().map((account) => account.id)).toEqual(['a1']);
  });

  it('a saved choice wins over the device language; unknown saved values fall back to the defaults', async () => {
    const db = userDb();
    await db.set(PREFERENCES_KEY, { language: 'en', clock: '12h' });
    expect((await PreferenceStore.open(db, 'de-DE')).current).toMatchObject({ language: 'en', clock: '12h' });
    await db.set(PREFERENCES_KEY, { language: 'fr', clock: 12 });
    expect((await PreferenceStore.open(db, 'de-DE')).current).toMatchObject({ language: 'de', clock: '24h' });
  });

  it('works from the defaults for the session when the database cannot be read', async () => {
    const broken: KeyValueStore = {
      ...userDb(),
      get: () => Promise.reject(new Error('UnknownError: the database is damaged')),
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = await PreferenceStore.open(broken, 'en');
    warn.mockRestore();
    await store.change({ clock: '12h' });
    expect(store.current).toMatchObject({ language: 'en', clock: '12h' });
  });

  it('applies the saved language and clock at start-up and changes them for the whole app', async () => {
    const db = userDb();
    await db.set(PREFERENCES_KEY, { language: 'de', clock: '24h' });
    await loadPreferences(db, 'en-US');
    expect(language()).toBe('de');
    const afternoon = new Date(2026, 10, 23, 14, 5);
    expect(formatClock(afternoon)).toBe('14:05');

    await changePreferences({ language: 'en', clock: '12h' });
    expect(language()).toBe('en');
    expect(currentPreferences()).toMatchObject({ language: 'en', clock: '12h' });
    expect(formatClock(afternoon)).toBe('2:05 PM');
    expect(await db.get(PREFERENCES_KEY)).toMatchObject({ language: 'en', clock: '12h' });
    await changePreferences({ clock: '24h' });
  });
});

describe('clock format', () => {
  const at = (hours: number, minutes: number) => new Date(2026, 0, 15, hours, minutes);

  it('writes 24-hour times with two-digit hours', () => {
    expect(formatClock(at(0, 5), '24h')).toBe('00:05');
    expect(formatClock(at(9, 30), '24h')).toBe('09:30');
    expect(formatClock(at(23, 59), '24h')).toBe('23:59');
    expect(formatClock(at(13, 0).getTime(), '24h')).toBe('13:00');
  });

  it('writes 12-hour times with AM and PM, midnight as 12 AM and noon as 12 PM', () => {
    expect(formatClock(at(0, 5), '12h')).toBe('12:05 AM');
    expect(formatClock(at(9, 30), '12h')).toBe('9:30 AM');
    expect(formatClock(at(12, 0), '12h')).toBe('12:00 PM');
    expect(formatClock(at(23, 59), '12h')).toBe('11:59 PM');
  });
});

describe('settings rows', () => {
  const state = (language: 'en' | 'de', clock: '24h' | '12h'): SettingsState => ({
    preferences: { ...defaultPreferences('en'), language, clock },
    engines: ['hlsjs', 'native'],
  });

  it('Left and Right step through the choices and wrap around', () => {
    expect(changedSetting('language', state('en', '24h'), 1)).toEqual({ device: { language: 'de' } });
    expect(changedSetting('language', state('de', '24h'), 1)).toEqual({ device: { language: 'en' } });
    expect(changedSetting('language', state('en', '24h'), -1)).toEqual({ device: { language: 'de' } });
    expect(changedSetting('clock', state('en', '24h'), 1)).toEqual({ device: { clock: '12h' } });
    expect(changedSetting('about', state('en', '24h'), 1)).toBeUndefined();
  });

  it('names each language in itself and the clock in the current language', async () => {
    expect(settingValue('language', state('de', '24h'))).toBe('Deutsch');
    expect(settingValue('clock', state('en', '12h'))).toBe('12-hour');
    await setLanguage('de');
    expect(settingValue('clock', state('de', '12h'))).toBe('12 Stunden');
    setLanguage('en');
  });
});
