import { LANGUAGES, t, type Language } from '../i18n';
import type { ClockFormat, Preferences } from '../preferences';

/** The rows of the settings page, top to bottom. */
export type SettingId = 'language' | 'clock' | 'about';

export const SETTING_IDS: readonly SettingId[] = ['language', 'clock', 'about'];

const CLOCKS: readonly ClockFormat[] = ['24h', '12h'];

function step<T>(values: readonly T[], current: T, by: 1 | -1): T {
  const index = values.indexOf(current);
  return values[(index + by + values.length) % values.length];
}

/**
 * The preferences after Left (`-1`) or Right/OK (`+1`) on the row `id`: the choices wrap around. Undefined for a
 * row that is not a choice (About opens a panel instead).
 */
export function changedPreference(id: SettingId, current: Preferences, by: 1 | -1): Partial<Preferences> | undefined {
  if (id === 'language') {
    const languages = LANGUAGES.map((entry) => entry.id);
    return { language: step<Language>(languages, current.language, by) };
  }
  if (id === 'clock') return { clock: step(CLOCKS, current.clock, by) };
  return undefined;
}

/** The row's label in the current language. */
export function settingLabel(id: SettingId): string {
  if (id === 'language') return t('settings.language');
  if (id === 'clock') return t('settings.clock');
  return t('settings.about');
}

/** The row's value as shown: a language by its own name, the clock format in words, About's subtitle. */
export function settingValue(id: SettingId, current: Preferences): string {
  if (id === 'language') {
    const entry = LANGUAGES.filter((l) => l.id === current.language)[0];
    return entry ? entry.name : current.language;
  }
  if (id === 'clock') return t(current.clock === '12h' ? 'settings.clock.12h' : 'settings.clock.24h');
  return t('settings.about.open');
}
