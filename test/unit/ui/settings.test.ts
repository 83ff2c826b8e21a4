import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { ProgrammeGuide } from '../../../src/library';
import { AccountCache, createMemoryStore, openStore, type Store, type StoredAccount } from '../../../src/store';
import { setLanguage } from '../../../src/ui/i18n';
import type { AppContext } from '../../../src/ui/context';
import {
  changePreferences,
  defaultPreferences,
  listDisplay,
  loadPreferences,
  PREFERENCES_KEY,
  PreferenceStore,
} from '../../../src/ui/preferences';
import {
  accountSettings,
  changeAccountSettings,
  channelOffset,
  guideOptionsFor,
  setChannelOffset,
  stepOffset,
} from '../../../src/ui/settings/accountSettings';
import {
  clearAccountCache,
  exportFileName,
  importExport,
  measureAccountCache,
  sizeText,
} from '../../../src/ui/settings/dataActions';
import { changedSetting, offsetText, settingValue, type SettingsState } from '../../../src/ui/settings/options';
import { ROWS, sectionStarts } from '../../../src/ui/settings/rows';

const ACCOUNT: StoredAccount = {
  id: 'acc-1',
  kind: 'xtream',
  name: 'demo @ provider',
  server: 'http://127.0.0.1:1',
  username: 'demo',
  password: 'demo',
  createdAt: 1,
};

let store: Store;

/** A context signed in to `account` (with a guide that has nothing loaded), or signed out. */
function contextWith(account: StoredAccount | undefined): AppContext {
  const guide = new ProgrammeGuide({ cache: store.cacheFor('acc-1'), urls: () => [] });
  return {
    store,
    signedIn: account ? { stored: account, source: { guide, catalog: undefined } } : undefined,
  } as unknown as AppContext;
}

function guideOf(context: AppContext): ProgrammeGuide {
  return context.signedIn!.source.guide;
}

beforeEach(async () => {
  (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
  store = await openStore();
  await store.user.saveAccount(ACCOUNT);
});

afterEach(() => setLanguage('en'));

describe('account settings', () => {
  it('start from the defaults and are kept with the account’s user data, exported with it', async () => {
    const context = contextWith(ACCOUNT);
    expect(accountSettings(context)).toEqual({
      liveFormat: 'auto',
      userAgent: '',
      guideUrl: '',
      guideRefreshHours: 12,
      guideOffsetMinutes: 0,
      guideDays: 7,
      channelOffsets: {},
    });
    await changeAccountSettings(context, { liveFormat: 'ts', userAgent: ' Box/1.0 ', guideDays: 3 });
    expect(accountSettings(context)).toMatchObject({ liveFormat: 'ts', userAgent: 'Box/1.0', guideDays: 3 });
    const exported = JSON.parse(await store.user.exportAll()) as { data: unknown };
    expect(JSON.stringify(exported)).toContain('"liveFormat":"ts"');
  });

  it('drop values that make no sense (an old build, a hand-edited import)', async () => {
    const data = store.user.forAccount(ACCOUNT.id);
    await data.writeSettings({
      liveFormat: 'rtmp',
      guideDays: 99,
      guideOffsetMinutes: 17,
      channelOffsets: { a: 60, b: 7 },
    });
    expect(accountSettings(contextWith(ACCOUNT))).toMatchObject({
      liveFormat: 'auto',
      guideDays: 7,
      guideOffsetMinutes: 0,
      channelOffsets: { a: 60 },
    });
  });

  it('cannot be changed without a signed-in account, and read as the defaults', async () => {
    const context = contextWith(undefined);
    expect(accountSettings(context).liveFormat).toBe('auto');
    await expect(changeAccountSettings(context, { liveFormat: 'ts' })).rejects.toThrow('no account is signed in');
  });

  it('give the guide load its address, refresh interval and window, and the guide its offset at once', async () => {
    const context = contextWith({ ...ACCOUNT, epgUrl: 'http://127.0.0.1:1/epg.xml' });
    expect(guideOptionsFor(context)).toEqual({
      url: 'http://127.0.0.1:1/epg.xml',
      refreshIntervalMs: 12 * 3600000,
      window: { daysBack: 3, daysAhead: 7 },
    });
    const revision = guideOf(context).revision;
    await changeAccountSettings(context, {
      guideUrl: 'http://127.0.0.1:1/other.xml.gz',
      guideRefreshHours: 6,
      guideDays: 2,
      guideOffsetMinutes: -90,
    });
    expect(guideOptionsFor(context)).toEqual({
      url: 'http://127.0.0.1:1/other.xml.gz',
      refreshIntervalMs: 6 * 3600000,
      window: { daysBack: 3, daysAhead: 2 },
    });
    // The offset needs no new load: the guide has it, and its readers were told (its revision moved).
    expect(guideOf(context).revision).toBe(revision + 1);
    await changeAccountSettings(context, { guideDays: 3 });
    expect(guideOf(context).revision).toBe(revision + 1);
  });

  it('shift one channel on top of the account’s offset; 0 removes the channel’s own', async () => {
    const context = contextWith(ACCOUNT);
    await changeAccountSettings(context, { guideOffsetMinutes: 60 });
    await setChannelOffset(context, '42', stepOffset(channelOffset(context, '42'), -1));
    expect(channelOffset(context, '42')).toBe(-30);
    expect(channelOffset(context, '7')).toBe(0);
    expect(accountSettings(context)).toMatchObject({ guideOffsetMinutes: 60, channelOffsets: { '42': -30 } });
    await setChannelOffset(context, '42', 0);
    expect(accountSettings(context).channelOffsets).toEqual({});
    expect(stepOffset(840, 1)).toBe(840);
    expect(stepOffset(-720, -1)).toBe(-720);
  });
});

describe('TV preferences', () => {
  it('keep playback and list display choices across a restart; unknown values fall back', async () => {
    const db = createMemoryStore();
    const first = await PreferenceStore.open(db, 'en');
    await first.change({ engine: 'shaka', maxHeight: 720, bufferSeconds: 60, channelLogos: false });
    expect((await PreferenceStore.open(db, 'en')).current).toMatchObject({
      engine: 'shaka',
      maxHeight: 720,
      bufferSeconds: 60,
      channelLogos: false,
      channelNumbers: true,
    });
    await db.set(PREFERENCES_KEY, { engine: 'vlc', maxHeight: 1000, bufferSeconds: -1, nowNext: 'no' });
    expect((await PreferenceStore.open(db, 'en')).current).toEqual(defaultPreferences('en'));
  });

  it('hand list rows one display object until a display choice changes', async () => {
    await loadPreferences(createMemoryStore(), 'en');
    const before = listDisplay();
    expect(listDisplay()).toBe(before);
    await changePreferences({ nowNext: false });
    expect(listDisplay()).not.toBe(before);
    expect(listDisplay()).toEqual({ channelNumbers: true, channelLogos: true, nowNext: false });
    await changePreferences({ nowNext: true });
  });
});

describe('settings rows', () => {
  const state = (account = true): SettingsState => ({
    preferences: defaultPreferences('en'),
    account: account ? accountSettings(contextWith(ACCOUNT)) : undefined,
    engines: ['hlsjs', 'shaka', 'native'],
  });

  it('come in sections, display first and About last, each row with its own element name', () => {
    expect(sectionStarts().map((s) => s.section)).toEqual([
      'display',
      'playback',
      'guide',
      'parental',
      'accounts',
      'data',
      'about',
    ]);
    expect(ROWS[0].ref).toBe('Language');
    expect(ROWS[ROWS.length - 1].ref).toBe('About');
    expect(new Set(ROWS.map((r) => r.ref)).size).toBe(ROWS.length);
    expect(ROWS.filter((r) => r.kind === 'link').map((r) => r.route)).toEqual(['parental', 'categories', 'accounts']);
  });

  it('cycle the live format, the engines this device has and the limits, and say them in words', () => {
    expect(changedSetting('liveFormat', state(), 1)).toEqual({ account: { liveFormat: 'ts' } });
    expect(changedSetting('liveFormat', state(), -1)).toEqual({ account: { liveFormat: 'm3u8' } });
    expect(changedSetting('engine', state(), 1)).toEqual({ device: { engine: 'hlsjs' } });
    expect(changedSetting('engine', state(), -1)).toEqual({ device: { engine: 'native' } });
    expect(changedSetting('maxHeight', state(), 1)).toEqual({ device: { maxHeight: 2160 } });
    expect(changedSetting('channelLogos', state(), 1)).toEqual({ device: { channelLogos: false } });
    expect(changedSetting('guideOffset', state(), -1)).toEqual({ account: { guideOffsetMinutes: -30 } });
    expect(settingValue('liveFormat', state())).toBe('Automatic');
    expect(settingValue('maxHeight', state())).toBe('No limit');
    expect(settingValue('guideRefresh', state())).toBe('Every 12 hours');
    expect(settingValue('guideDays', state())).toBe('7 days ahead');
    expect(offsetText(-90)).toBe('−1:30 h');
    expect(offsetText(120)).toBe('+2 h');
  });

  it('leave account rows alone while nobody is signed in', async () => {
    expect(changedSetting('liveFormat', state(false), 1)).toBeUndefined();
    expect(settingValue('userAgent', state(false))).toBe('Sign in first');
    await setLanguage('de');
    expect(settingValue('userAgent', state(false))).toBe('Zuerst anmelden');
  });
});

describe('data actions', () => {
  it('clear the account’s cache only, say how much it held, and keep the user data', async () => {
    const db = createMemoryStore();
    const mine = new AccountCache(db, ACCOUNT.id);
    const theirs = new AccountCache(db, 'someone-else');
    await mine.write('live:streams', 'streams', { list: 'x'.repeat(50000) });
    await mine.write('vod:streams', 'streams', { list: 'y'.repeat(20000) });
    await theirs.write('live:streams', 'streams', { list: 'z'.repeat(1000) });
    const measured = await measureAccountCache(db, mine);
    expect(measured.entries).toBe(2);
    expect(measured.bytes).toBeGreaterThan(70000);

    const cleared = await clearAccountCache({ persistent: true, cacheFor: () => mine }, ACCOUNT.id, db);
    expect(cleared).toEqual(measured);
    expect(await measureAccountCache(db, mine)).toEqual({ entries: 0, bytes: 0 });
    expect((await measureAccountCache(db, theirs)).entries).toBe(1);
    expect(sizeText(cleared.bytes)).toMatch(/^\d+ KB$/);
    expect(sizeText(12.5 * 1024 * 1024)).toBe('13 MB');
    expect(sizeText(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });

  it('import an export file into the user data and report the summary; a bad file changes nothing', async () => {
    await changeAccountSettings(contextWith(ACCOUNT), { userAgent: 'Box/1.0' });
    const file = await store.user.exportAll();
    (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
    store = await openStore();
    expect(store.user.accounts()).toEqual([]);

    const bad = await importExport(store, '{"format":"something else"}');
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/^The file was not imported: /);
    expect(store.user.accounts()).toEqual([]);

    const good = await importExport(store, file);
    expect(good).toEqual({ ok: true, message: 'Imported 1 account; 1 saved now.' });
    expect(accountSettings(contextWith(ACCOUNT)).userAgent).toBe('Box/1.0');
    expect(exportFileName(Date.UTC(2026, 10, 23, 12))).toBe('tvplayer-user-data-2026-11-23.json');
  });
});
