/**
 * Settings that belong to one account, kept in its user data (exported and imported with it): which live output to
 * ask the provider for, the User-Agent its servers expect, and how its guide is loaded and shifted. What belongs to
 * the TV (engine, resolution, buffer, language, lists) is in `preferences.ts`.
 */
import type { Catalog, GuideOffsets } from '../../library';
import type { AccountUserData, Store, StoredAccount } from '../../store';
import type { LiveStream } from '../../xtream';
import type { AppContext } from '../context';

/** `auto`: the platform's preference (MPEG-TS on a TV, HLS in a browser); otherwise that output first. */
export type LiveFormatSetting = 'auto' | 'ts' | 'm3u8';

/** What one account stores. */
export interface AccountSettings {
  liveFormat: LiveFormatSetting;
  /** Sent with stream and guide requests where the engine can set it; empty: the device's own. */
  userAgent: string;
  /** A guide address instead of the provider's; empty: the provider's (or the account's `epgUrl`). */
  guideUrl: string;
  /** Hours between guide downloads. */
  guideRefreshHours: number;
  /** Minutes added to every programme time of the account (a guide written in the wrong time zone). */
  guideOffsetMinutes: number;
  /** Days of programmes kept ahead of now. */
  guideDays: number;
  /** Minutes added to one channel's programmes, on top of the account's offset, by channel id. */
  channelOffsets: Record<string, number>;
}

export const LIVE_FORMATS: readonly LiveFormatSetting[] = ['auto', 'ts', 'm3u8'];
export const GUIDE_REFRESH_HOURS: readonly number[] = [3, 6, 12, 24, 48];
export const GUIDE_DAYS: readonly number[] = [1, 2, 3, 5, 7, 14];
/** Offsets from −12 h to +14 h in half hours (every time zone a guide may have been written in). */
export const OFFSET_STEP_MINUTES = 30;
export const OFFSET_RANGE_MINUTES = { min: -720, max: 840 } as const;

export const ACCOUNT_SETTING_DEFAULTS: AccountSettings = {
  liveFormat: 'auto',
  userAgent: '',
  guideUrl: '',
  guideRefreshHours: 12,
  guideOffsetMinutes: 0,
  guideDays: 7,
  channelOffsets: {},
};

/** Days kept behind now for catch-up; the archive rarely reaches further. */
const GUIDE_DAYS_BACK = 3;
const HOUR_MS = 3600000;

function isOffset(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    value % OFFSET_STEP_MINUTES === 0 &&
    value >= OFFSET_RANGE_MINUTES.min &&
    value <= OFFSET_RANGE_MINUTES.max
  );
}

/** The stored record made safe: values an older build or a hand-edited import left that make no sense are dropped. */
export function cleanAccountSettings(raw: AccountSettings): AccountSettings {
  const d = ACCOUNT_SETTING_DEFAULTS;
  const offsets: Record<string, number> = {};
  const stored = raw.channelOffsets && typeof raw.channelOffsets === 'object' ? raw.channelOffsets : {};
  Object.keys(stored).forEach((id) => {
    if (isOffset(stored[id]) && stored[id] !== 0) offsets[id] = stored[id];
  });
  return {
    liveFormat: LIVE_FORMATS.indexOf(raw.liveFormat) >= 0 ? raw.liveFormat : d.liveFormat,
    userAgent: raw.userAgent.trim(),
    guideUrl: raw.guideUrl.trim(),
    guideRefreshHours:
      GUIDE_REFRESH_HOURS.indexOf(raw.guideRefreshHours) >= 0 ? raw.guideRefreshHours : d.guideRefreshHours,
    guideOffsetMinutes: isOffset(raw.guideOffsetMinutes) ? raw.guideOffsetMinutes : 0,
    guideDays: GUIDE_DAYS.indexOf(raw.guideDays) >= 0 ? raw.guideDays : d.guideDays,
    channelOffsets: offsets,
  };
}

function dataOf(store: Store | undefined, accountId: string | undefined): AccountUserData | undefined {
  if (!store || accountId === undefined) return undefined;
  try {
    return store.user.forAccount(accountId);
  } catch {
    // An account signed in but not saved (a failed write at sign-in): it has defaults only.
    return undefined;
  }
}

/** The user data of the signed-in account; undefined when nobody is signed in (or the store is not open yet). */
export function accountData(context: AppContext): AccountUserData | undefined {
  return dataOf(context.store, context.signedIn ? context.signedIn.stored.id : undefined);
}

function settingsIn(data: AccountUserData | undefined): AccountSettings {
  if (!data) return { ...ACCOUNT_SETTING_DEFAULTS, channelOffsets: {} };
  return cleanAccountSettings(data.readSettings(ACCOUNT_SETTING_DEFAULTS));
}

/** The signed-in account's settings (the defaults without one). */
export function accountSettings(context: AppContext): AccountSettings {
  return settingsIn(accountData(context));
}

/** The settings of a saved account, before it is signed in (the session builds its source with them). */
export function settingsOfAccount(store: Store, accountId: string): AccountSettings {
  return settingsIn(dataOf(store, accountId));
}

/** Stores a change of the signed-in account's settings; rejects without an account or when it cannot be saved. */
export function changeAccountSettings(context: AppContext, patch: Partial<AccountSettings>): Promise<void> {
  const data = accountData(context);
  if (!data) return Promise.reject(new Error('no account is signed in'));
  const shifts = patch.guideOffsetMinutes !== undefined || patch.channelOffsets !== undefined;
  return data.writeSettings<AccountSettings>(patch).then(() => {
    // Every guide reader redraws at once with the new times.
    if (shifts) applyGuideOffsets(context);
  });
}

/**
 * Hands the signed-in account's guide offsets to its guide: the account's, and each channel's own for the channels
 * of `catalog` (the source's catalogue when not given; channels not in it are skipped until it is there). Cheap to
 * call again: the guide ignores offsets it already has.
 */
export function applyGuideOffsets(context: AppContext, catalog?: Catalog): void {
  const signedIn = context.signedIn;
  if (!signedIn) return;
  const settings = accountSettings(context);
  const list = catalog ?? signedIn.source.catalog;
  const channels: { channel: LiveStream; minutes: number }[] = [];
  Object.keys(settings.channelOffsets).forEach((id) => {
    const channel = list ? list.byId('live', id) : undefined;
    if (channel) channels.push({ channel, minutes: settings.channelOffsets[id] });
  });
  const offsets: GuideOffsets = { accountMinutes: settings.guideOffsetMinutes, channels };
  signedIn.source.guide.setOffsets(offsets);
}

/** What loading the guide of an account needs from its settings. */
export interface GuideOptions {
  /** The guide address to use instead of the provider's; undefined: the provider's. */
  url?: string;
  refreshIntervalMs: number;
  window: { daysBack: number; daysAhead: number };
}

/** The guide options of the signed-in account (see {@link GuideOptions}); the account's `epgUrl` when no override. */
export function guideOptionsFor(context: AppContext): GuideOptions {
  return guideOptionsOf(accountSettings(context), context.signedIn ? context.signedIn.stored : undefined);
}

/**
 * The guide options of a saved account before it is signed in: what `session.ts` hands to `createSource`, so the
 * guide loads with them from the start.
 */
export function guideOptionsForAccount(store: Store, stored: StoredAccount): GuideOptions {
  return guideOptionsOf(settingsOfAccount(store, stored.id), stored);
}

function guideOptionsOf(settings: AccountSettings, stored: StoredAccount | undefined): GuideOptions {
  return {
    url: settings.guideUrl || (stored && stored.epgUrl) || undefined,
    refreshIntervalMs: settings.guideRefreshHours * HOUR_MS,
    window: { daysBack: GUIDE_DAYS_BACK, daysAhead: settings.guideDays },
  };
}

/** A channel's own offset in minutes (0 when it has none). */
export function channelOffset(context: AppContext, channelId: string): number {
  return accountSettings(context).channelOffsets[channelId] ?? 0;
}

/** The next offset after `minutes` in the direction `by`, stopping at the ends of the range. */
export function stepOffset(minutes: number, by: 1 | -1): number {
  const next = minutes + by * OFFSET_STEP_MINUTES;
  return Math.max(OFFSET_RANGE_MINUTES.min, Math.min(OFFSET_RANGE_MINUTES.max, next));
}

/** Stores a channel's own offset (0 removes it); for the channel menu of the Live TV page. */
export function setChannelOffset(context: AppContext, channelId: string, minutes: number): Promise<void> {
  const offsets = { ...accountSettings(context).channelOffsets };
  if (minutes === 0 || !isOffset(minutes)) delete offsets[channelId];
  else offsets[channelId] = minutes;
  return changeAccountSettings(context, { channelOffsets: offsets });
}
