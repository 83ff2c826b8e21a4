/** Small readers over raw markup: attribute values and blank text. */
import { decodeEntities } from './entities';

/** The value of attribute `name` among `attributes[0, count)`, entities decoded; `''` when absent. */
export function attribute(attributes: string[], count: number, name: string): string {
  for (let i = 0; i < count; i += 2) {
    if (attributes[i] === name) {
      const value = attributes[i + 1];
      return value.indexOf('&') < 0 ? value : decodeEntities(value);
    }
  }
  return '';
}

/** Whether `s[from, to)` holds only XML white space (or a BOM). */
export function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}
