/** Where the focus goes in the results list, which mixes group headings with hits (plain functions, tested alone). */
import type { SearchEntry } from './resultEntries';

/** The index of the first hit at or after `from` going in `direction`, or -1 (headings are stepped over). */
export function hitIndexFrom(entries: readonly SearchEntry[], from: number, direction: 1 | -1): number {
  for (let i = from; i >= 0 && i < entries.length; i += direction) if (entries[i].type === 'hit') return i;
  return -1;
}

/**
 * The first hit of the next group after `index` (`direction` 1) or of the group before the one holding `index`
 * (-1), or -1 when there is none.
 */
export function groupStart(entries: readonly SearchEntry[], index: number, direction: 1 | -1): number {
  const headings: number[] = [];
  entries.forEach((entry, i) => {
    if (entry.type === 'header') headings.push(i);
  });
  let current = -1;
  for (let h = 0; h < headings.length; h++) if (headings[h] <= index) current = h;
  const target = current + direction;
  if (target < 0 || target >= headings.length) return -1;
  return hitIndexFrom(entries, headings[target] + 1, 1);
}
