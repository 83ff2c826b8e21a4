/**
 * Character-level helpers the parser uses on `(text, start, end)` ranges, so that lines are never copied out of the
 * chunk they arrived in. Written with `charCodeAt` because `startsWith` is a slow polyfill on the TVs' engines.
 */

// Character codes are local constants in every file that scans: an imported constant costs a property read on
// each use under CommonJS loaders, which shows in loops that run once per character.
const SPACE = 32;

/** Whether `text` holds `literal` at `pos` (case-sensitive). */
export function equalsAt(text: string, pos: number, literal: string): boolean {
  const length = literal.length;
  if (pos + length > text.length) return false;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(pos + i) !== literal.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether `text` holds `lowerLiteral` at `pos`, ignoring ASCII case; `lowerLiteral` must be lower case. */
export function equalsAtIgnoringCase(text: string, pos: number, lowerLiteral: string): boolean {
  const length = lowerLiteral.length;
  if (pos + length > text.length) return false;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(pos + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== lowerLiteral.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether the range holds an ASCII upper-case letter (then a lookup needs a lower-cased copy). */
export function hasUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Index of the first character of `[start, end)` that is not blank (space, tab, CR or another control). */
export function skipBlanks(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) <= SPACE) start++;
  return start;
}

/** Index just after the last non-blank character of `[start, end)`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
  return end;
}

/**
 * A copy of `value` that does not keep the text it was cut from alive (V8 keeps long substrings as views into
 * their parent). Used for values stored for the whole session, such as interned group names.
 */
export function detached(value: string): string {
  return (' ' + value).slice(1);
}

/** A finite number written in `value` (decimal, optional sign and fraction), else `undefined`. */
export function parseNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}
