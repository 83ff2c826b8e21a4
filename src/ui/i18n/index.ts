/**
 * The strings the viewer reads, one table per language (`en/`, `de/`), and the current language. Pages call
 * {@link t} when they draw; when the language changes, listeners (the App) redraw the open page.
 *
 * Placeholders are written `{name}` and filled from `params`; counts use two keys, `key.one` and `key.other`,
 * through {@link tn}.
 */
import { en, type StringKey } from './en';

export type { StringKey } from './en';

/** The languages the app ships. */
export type Language = 'en' | 'de';

/** Each language with its name written in that language, for the settings page. */
export const LANGUAGES: ReadonlyArray<{ id: Language; name: string }> = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
];

/**
 * The tables loaded so far. English is in the first bundle (every page starts in it and falls back to it); the
 * others are chunks of their own, loaded when chosen, so a TV does not parse strings it will never show.
 */
const TABLES: Partial<Record<Language, Record<StringKey, string>>> = { en };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Record<StringKey, string>>> = {
  de: () => import(/* webpackChunkName: "lang-de" */ './de').then((m) => m.de),
};

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

/**
 * Switches the language and tells the listeners (who redraw); unknown values are ignored. A table not loaded yet is
 * loaded first: the switch happens when the returned promise resolves (at once for a loaded table). If loading
 * fails, the language stays as it was and the promise rejects.
 */
export function setLanguage(next: Language): Promise<void> {
  if (!isLanguage(next)) return Promise.resolve();
  const apply = (): void => {
    if (next === current) return;
    current = next;
    listeners.slice().forEach((listener) => listener(next));
  };
  if (next === 'en' || TABLES[next]) {
    apply();
    return Promise.resolve();
  }
  const wanted = next;
  return LOADERS[wanted]().then((table) => {
    TABLES[wanted] = table;
    apply();
  });
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
  const table = TABLES[current] ?? en;
  const text = table[key] ?? en[key];
  return fill(text, params);
}

/** Keys that have a `.one` and a `.other` form. */
type CountedKey = StringKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** The counted string `base.one` or `base.other` for `count`, with `{count}` and the other placeholders filled. */
export function tn(base: CountedKey, count: number, params?: Readonly<Record<string, string | number>>): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as StringKey;
  return t(key, { ...params, count });
}
