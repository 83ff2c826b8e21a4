/**
 * Sorting item indexes of one kind. Keys are computed once per item and kept: the A–Z key (folded case and
 * diacritics, punctuation dropped, so "Élan" sorts with "elan") only when an item is first compared, the dates
 * and ratings for the whole kind at once (cheap). Ties keep the provider's order (older engines sort unstably).
 */
import * as fold from '../search/fold';
import type { CatalogEntry, SortOrder } from './types';

// A local copy: bundlers may turn imported bindings into getter calls, slow in per-item loops.
const { foldedKey } = fold;
// Missing values sort last: a large negative finite number keeps `b - a` a number (two -Infinity give NaN).
const MISSING = -Number.MAX_VALUE;

export class SortKeys {
  private names: Array<string | undefined> | undefined;
  private addedValues: Float64Array | undefined;
  private ratingValues: Float64Array | undefined;

  constructor(private readonly items: readonly CatalogEntry[]) {}

  /** The item indexes 0..n-1 in `sort` order. */
  wholeOrder(sort: SortOrder): Int32Array {
    const indexes: number[] = new Array(this.items.length);
    for (let i = 0; i < indexes.length; i++) indexes[i] = i;
    if (sort === 'provider') return new Int32Array(indexes);
    if (sort === 'name') this.nameKeys(indexes);
    return new Int32Array(this.sort(indexes, sort));
  }

  /** Sorts `indexes` (provider order) in place by `sort`; returns it. */
  sort(indexes: number[], sort: SortOrder): number[] {
    if (sort === 'provider') return indexes.sort((a, b) => a - b);
    if (sort === 'name') {
      const keys = this.nameKeys(indexes);
      return indexes.sort((a, b) => {
        const ka = keys[a] as string;
        const kb = keys[b] as string;
        return ka < kb ? -1 : ka > kb ? 1 : a - b;
      });
    }
    const values = sort === 'added' ? this.added() : this.rating();
    return indexes.sort((a, b) => values[b] - values[a] || a - b);
  }

  /** The name keys array with the keys of `indexes` filled in. */
  private nameKeys(indexes: readonly number[]): Array<string | undefined> {
    const keys = (this.names ??= new Array<string | undefined>(this.items.length));
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i];
      if (keys[index] === undefined) keys[index] = foldedKey(this.items[index].name);
    }
    return keys;
  }

  private added(): Float64Array {
    if (!this.addedValues) {
      this.addedValues = this.values((item) => item.added ?? item.lastModified);
    }
    return this.addedValues;
  }

  private rating(): Float64Array {
    if (!this.ratingValues) {
      this.ratingValues = this.values(
        (item) => item.rating ?? (item.rating5 === undefined ? undefined : item.rating5 * 2),
      );
    }
    return this.ratingValues;
  }

  private values(read: (item: CatalogEntry) => number | undefined): Float64Array {
    const values = new Float64Array(this.items.length);
    for (let i = 0; i < values.length; i++) {
      const value = read(this.items[i]);
      values[i] = value === undefined ? MISSING : value;
    }
    return values;
  }
}
