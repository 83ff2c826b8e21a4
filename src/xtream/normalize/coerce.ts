// Pure helpers that turn loosely typed panel JSON into real types (xtream-api.md Appendix A).

/** A JSON object (not an array, not null). */
export type RawObject = Record<string, unknown>;

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const INDEX_KEY = /^\d+$/;

export function isObject(x: unknown): x is RawObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A number from a number or numeric string (Q1); undefined for "", null, "n/A" and anything else (Q10). */
export function num(x: unknown): number | undefined {
  if (typeof x === 'number') return isFinite(x) ? x : undefined;
  if (typeof x !== 'string') return undefined;
  const plain = plainDecimal(x);
  if (plain !== undefined) return plain;
  const trimmed = x.trim();
  return NUMERIC.test(trimmed) ? Number(trimmed) : undefined;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of the common case of a numeric string, digits with an optional fraction ("1527267703",
 * "6.3"), read without a regular expression; undefined for anything else, which {@link num} checks
 * in full. Up to 15 digits the integer and the power of ten are exact doubles, so one division
 * rounds exactly as `Number()` does.
 */
function plainDecimal(s: string): number | undefined {
  const length = s.length;
  if (length === 0 || length > 16) return undefined;
  let value = 0;
  let point = -1;
  for (let i = 0; i < length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) value = value * 10 + digit;
    else if (digit === -2 && point < 0 && i > 0 && i < length - 1) point = i;
    else return undefined;
  }
  if (point < 0) return length > 15 ? undefined : value;
  return value / POWERS_OF_TEN[length - 1 - point];
}

/** A string from a string or number; "" for null, undefined and anything else. Use it for ids. */
export function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return isFinite(x) ? String(x) : '';
  if (typeof x === 'boolean') return String(x);
  return '';
}

/** A trimmed, non-empty string, or undefined (Q22: null metadata). */
export function text(x: unknown): string | undefined {
  if (typeof x === 'string' && isTrimmed(x)) return x;
  const s = str(x).trim();
  return s === '' ? undefined : s;
}

/** Whether a string is non-empty and starts and ends with printable ASCII, so trimming cannot change it. */
function isTrimmed(s: string): boolean {
  const length = s.length;
  if (length === 0) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** True for 1, "1", true and "true" (Q3, Q29). */
export function bool01(x: unknown): boolean {
  if (x === true || x === 1) return true;
  if (typeof x !== 'string') return false;
  const s = x.trim().toLowerCase();
  return s === '1' || s === 'true';
}

/**
 * The items of a list: an array as is; an object keyed by index becomes its values sorted by
 * numeric key (Q17); `{}`, null, undefined, false and "" are empty (Q19). Anything else is not a
 * list and gives undefined.
 */
export function list(x: unknown): unknown[] | undefined {
  if (Array.isArray(x)) return x;
  if (x === null || x === undefined || x === false || x === '') return [];
  if (!isObject(x)) return undefined;
  const keys = Object.keys(x);
  if (!keys.every((key) => INDEX_KEY.test(key))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => x[key]);
}

/** Non-empty strings from an array, a single string (Q13: backdrop_path), or nothing. */
export function strList(x: unknown): string[] {
  if (typeof x === 'string') return x.trim() === '' ? [] : [x.trim()];
  if (!Array.isArray(x)) return [];
  const out: string[] = [];
  for (const item of x) {
    const s = text(item);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** Ids from an array of numbers or strings (XUI `category_ids`). */
export function idList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  const out: string[] = [];
  for (const item of x) {
    const id = text(item);
    if (id !== undefined && out.indexOf(id) === -1) out.push(id);
  }
  return out;
}

/** The category ids: `category_ids` (XUI) when it lists any, or else the single `category_id`. */
export function categoryIds(list: unknown, categoryId: string | undefined): string[] {
  const ids = Array.isArray(list) ? idList(list) : undefined;
  if (ids !== undefined && ids.length > 0) return ids;
  return categoryId === undefined ? [] : [categoryId];
}

/** A plain object, else {} (Q14: `info: []`). */
export function obj(x: unknown): RawObject {
  return isObject(x) ? x : {};
}

/** One episode of `get_series_info` with the season it belongs to. */
export interface SeasonedEpisode {
  season: number;
  episode: RawObject;
}

/**
 * Flattens `episodes` (Q15): an object keyed by season, an array of arrays (PHP list encoding:
 * the index is the season), a flat array of episodes, or null/missing. Each episode's own
 * `season` wins over the key it was filed under.
 */
export function episodes(x: unknown): SeasonedEpisode[] {
  const out: SeasonedEpisode[] = [];
  const add = (item: unknown, key: number | undefined): void => {
    if (Array.isArray(item)) {
      for (const nested of item) add(nested, key);
      return;
    }
    if (!isObject(item)) return;
    const season = num(item.season) ?? key ?? 0;
    out.push({ season, episode: item });
  };
  if (Array.isArray(x)) {
    x.forEach((item, index) => add(item, Array.isArray(item) ? index : undefined));
  } else if (isObject(x)) {
    const keys = Object.keys(x).sort((a, b) => (num(a) ?? 0) - (num(b) ?? 0));
    for (const key of keys) add(x[key], num(key));
  }
  return out;
}

/** Epoch milliseconds from unix seconds given as a number or string. */
export function unixMs(x: unknown): number | undefined {
  const seconds = num(x);
  return seconds === undefined || seconds <= 0 ? undefined : Math.round(seconds * 1000);
}
