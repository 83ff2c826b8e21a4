/**
 * What each settings row shows and how Left/Right change it: the TV's preferences and the signed-in account's
 * settings in, a patch of either out. Plain functions, so that the page only draws and saves.
 */
import type { PlaybackEngineName } from '../../platform';
import { LANGUAGES, t, tn, type Language } from '../i18n';
import { BUFFER_SECONDS, MAX_HEIGHTS, type ClockFormat, type EngineSetting, type Preferences } from '../preferences';
import { GUIDE_DAYS, GUIDE_REFRESH_HOURS, LIVE_FORMATS, stepOffset, type AccountSettings } from './accountSettings';
import { ENGINE_NAMES } from './about';
import type { SettingId } from './rows';

/** What the rows read: the TV's preferences, the account's settings (none when signed out), this TV's engines. */
export interface SettingsState {
  preferences: Preferences;
  account?: AccountSettings;
  engines: readonly PlaybackEngineName[];
}

/** A change made on a row: to the TV's preferences or to the account's settings. */
export interface SettingChange {
  device?: Partial<Preferences>;
  account?: Partial<AccountSettings>;
}

const CLOCKS: readonly ClockFormat[] = ['24h', '12h'];

function step<T>(values: readonly T[], current: T, by: 1 | -1): T {
  const index = values.indexOf(current);
  return values[(index + by + values.length) % values.length];
}

function toggle(current: boolean): boolean {
  return !current;
}

/**
 * The change after Left (`-1`) or Right (`+1`) on the row `id`: choices wrap around, the offset stops at its ends.
 * Undefined for rows that are not choices, and for account rows while nobody is signed in.
 */
export function changedSetting(id: SettingId, state: SettingsState, by: 1 | -1): SettingChange | undefined {
  const p = state.preferences;
  const a = state.account;
  switch (id) {
    case 'language':
      return {
        device: {
          language: step<Language>(
            LANGUAGES.map((l) => l.id),
            p.language,
            by,
          ),
        },
      };
    case 'clock':
      return { device: { clock: step(CLOCKS, p.clock, by) } };
    case 'channelNumbers':
      return { device: { channelNumbers: toggle(p.channelNumbers) } };
    case 'channelLogos':
      return { device: { channelLogos: toggle(p.channelLogos) } };
    case 'nowNext':
      return { device: { nowNext: toggle(p.nowNext) } };
    case 'engine':
      return { device: { engine: step<EngineSetting>(['auto' as EngineSetting].concat(state.engines), p.engine, by) } };
    case 'maxHeight':
      return { device: { maxHeight: step(MAX_HEIGHTS, p.maxHeight, by) } };
    case 'bufferSeconds':
      return { device: { bufferSeconds: step(BUFFER_SECONDS, p.bufferSeconds, by) } };
    default:
      return a ? changedAccountSetting(id, a, by) : undefined;
  }
}

function changedAccountSetting(id: SettingId, a: AccountSettings, by: 1 | -1): SettingChange | undefined {
  if (id === 'liveFormat') return { account: { liveFormat: step(LIVE_FORMATS, a.liveFormat, by) } };
  if (id === 'guideRefresh')
    return { account: { guideRefreshHours: step(GUIDE_REFRESH_HOURS, a.guideRefreshHours, by) } };
  if (id === 'guideOffset') return { account: { guideOffsetMinutes: stepOffset(a.guideOffsetMinutes, by) } };
  if (id === 'guideDays') return { account: { guideDays: step(GUIDE_DAYS, a.guideDays, by) } };
  return undefined;
}

/** The row's label in the current language. */
export function settingLabel(id: SettingId): string {
  return t(`settings.${id}` as 'settings.language');
}

/** An offset in hours and minutes: "+1:30 h", "−2 h", "None". */
export function offsetText(minutes: number): string {
  if (minutes === 0) return t('settings.offset.none');
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return t('settings.offset.value', {
    offset: rest ? `${sign}${hours}:${rest < 10 ? '0' : ''}${rest}` : `${sign}${hours}`,
  });
}

function onOff(value: boolean): string {
  return t(value ? 'settings.on' : 'settings.off');
}

function deviceValue(id: SettingId, p: Preferences): string | undefined {
  switch (id) {
    case 'language': {
      const entry = LANGUAGES.filter((l) => l.id === p.language)[0];
      return entry ? entry.name : p.language;
    }
    case 'clock':
      return t(p.clock === '12h' ? 'settings.clock.12h' : 'settings.clock.24h');
    case 'channelNumbers':
      return onOff(p.channelNumbers);
    case 'channelLogos':
      return onOff(p.channelLogos);
    case 'nowNext':
      return onOff(p.nowNext);
    case 'engine':
      return p.engine === 'auto' ? t('settings.automatic') : ENGINE_NAMES[p.engine];
    case 'maxHeight':
      return p.maxHeight === 0 ? t('settings.maxHeight.none') : `${p.maxHeight}p`;
    case 'bufferSeconds':
      return t('settings.seconds', { seconds: p.bufferSeconds });
    default:
      return undefined;
  }
}

function accountValue(id: SettingId, a: AccountSettings): string | undefined {
  switch (id) {
    case 'liveFormat':
      return a.liveFormat === 'auto'
        ? t('settings.automatic')
        : a.liveFormat === 'ts'
          ? 'MPEG-TS (.ts)'
          : 'HLS (.m3u8)';
    case 'userAgent':
      return a.userAgent || t('settings.userAgent.default');
    case 'guideUrl':
      return a.guideUrl || t('settings.guideUrl.default');
    case 'guideRefresh':
      return tn('settings.hours', a.guideRefreshHours);
    case 'guideOffset':
      return offsetText(a.guideOffsetMinutes);
    case 'guideDays':
      return tn('settings.days', a.guideDays);
    default:
      return undefined;
  }
}

/** The row's value as shown: a language by its own name, choices in words, what links and actions lead to. */
export function settingValue(id: SettingId, state: SettingsState): string {
  const device = deviceValue(id, state.preferences);
  if (device !== undefined) return device;
  const account = state.account ? accountValue(id, state.account) : undefined;
  if (account !== undefined) return account;
  if (['liveFormat', 'userAgent', 'guideUrl', 'guideRefresh', 'guideOffset', 'guideDays'].indexOf(id) >= 0) {
    return t('settings.signInFirst');
  }
  return t(`settings.${id}.open` as 'settings.about.open');
}
