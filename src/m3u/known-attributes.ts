/**
 * Attribute names the parser gives a typed field. Recognising a name returns a shared constant string, so the
 * thousands of entries of a big playlist do not each allocate their own copy of `tvg-logo`; aliases map to one
 * meaning (`http-referer` → `referrer`).
 */
import { hasUpperCase } from './text';

/** What a known attribute means; `''` for any other attribute. */
export type AttributeMeaning =
  | ''
  | 'tvg-id'
  | 'tvg-name'
  | 'tvg-logo'
  | 'group-title'
  | 'tvg-chno'
  | 'catchup'
  | 'catchup-days'
  | 'catchup-source'
  | 'tvg-shift'
  | 'archive-days'
  | 'user-agent'
  | 'referrer'
  | 'tvg-url';

const NAMES: ReadonlyArray<readonly [string, AttributeMeaning]> = [
  ['tvg-id', 'tvg-id'],
  ['tvg-name', 'tvg-name'],
  ['tvg-logo', 'tvg-logo'],
  ['group-title', 'group-title'],
  ['tvg-chno', 'tvg-chno'],
  ['catchup', 'catchup'],
  ['catchup-days', 'catchup-days'],
  ['catchup-source', 'catchup-source'],
  ['tvg-shift', 'tvg-shift'],
  // Legacy ways of giving the archive depth in days.
  ['timeshift', 'archive-days'],
  ['tvg-rec', 'archive-days'],
  ['user-agent', 'user-agent'],
  ['http-user-agent', 'user-agent'],
  ['http-referrer', 'referrer'],
  ['http-referer', 'referrer'],
  ['referrer', 'referrer'],
  ['referer', 'referrer'],
  ['url-tvg', 'tvg-url'],
  ['x-tvg-url', 'tvg-url'],
  ['tvg-url', 'tvg-url'],
];

const BY_LENGTH: Array<Array<readonly [string, AttributeMeaning]>> = [];
const BY_LOWER_NAME = new Map<string, AttributeMeaning>();
for (const entry of NAMES) {
  (BY_LENGTH[entry[0].length] ??= []).push(entry);
  BY_LOWER_NAME.set(entry[0], entry[1]);
}

/** The outcome of {@link readAttributeName}: the name to store and what it means. */
export interface AttributeName {
  name: string;
  meaning: AttributeMeaning;
}

/**
 * Reads the attribute name at `[start, end)` into `into`: a shared constant when it is a known lower-case name,
 * else a copy as written (a known name in another case still gets its meaning).
 */
export function readAttributeName(text: string, start: number, end: number, into: AttributeName): void {
  const candidates = BY_LENGTH[end - start];
  if (candidates !== undefined) {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (spells(text, start, candidate[0])) {
        into.name = candidate[0];
        into.meaning = candidate[1];
        return;
      }
    }
  }
  const name = text.slice(start, end);
  into.name = name;
  into.meaning =
    candidates !== undefined && hasUpperCase(text, start, end) ? (BY_LOWER_NAME.get(name.toLowerCase()) ?? '') : '';
}

// Kept local rather than imported: it runs for every attribute of every entry.
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}
