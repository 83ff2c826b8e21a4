/**
 * The strings the viewer reads, one table per language (`en/`, `de/`), and the current language. Pages call
 * {@link t} when they draw; when the language changes, listeners (the App) redraw the open page.
 *
 * Placeholders are written `{name}` and filled from `params`; counts use two keys, `key.one` and `key.other`,
 * through {@link tn}.
 */
import { de } from './de';
import { en, type StringKey } from './en';

export type { StringKey } from './en';

/** The languages the app ships. */
export type Language = 'en' | 'de';

/** Each language with its name written in that language, for the settings page. */
export const LANGUAGES: ReadonlyArray<{ id: Language; name: string }> = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
];

const TABLES: Record<Language, Record<StringKey, string>> = { en, de };

let current: Language = 'en';
const listeners: Array<(language: Language) => void> = [];

/** Whether `value` names a language the app ships. */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'de';
}

/** The language strings are currently drawn in. */
export function language(): Language {
  return current;
}

/** Switches the language and tells the listeners (who redraw); unknown values are ignored. */
export function setLanguage(next: Language): void {
  if (!isLanguage(next) || next === current) return;
  current = next;
  listeners.slice().forEach((listener) => listener(next));
}

/** Calls `listener` after every language change; returns an unsubscribe. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The string `key` in the current language (English when a table lacks it), with `{name}` placeholders filled. */
export function t(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
  const text = TABLES[current][key] ?? en[key];
  return fill(text, params);
}

/** Keys that have a `.one` and a `.other` form. */
type CountedKey = StringKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** The counted string `base.one` or `base.other` for `count`, with `{count}` and the other placeholders filled. */
export function tn(base: CountedKey, count: number, params?: Readonly<Record<string, string | number>>): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as StringKey;
  return t(key, { ...params, count });
}
