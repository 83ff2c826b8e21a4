/**
 * A listing of items: a view over the catalogue's items through a list of indexes, never a copy, so a list of
 * 150,000 movies costs one typed array (shared with the cache) and reading a screenful costs a screenful.
 */
import { ADULT, LISTED, LOCKED } from './item-flags';
import type { CatalogEntry } from './types';

/** What a listing reads from its catalogue section. */
export interface ListingSource<T> {
  readonly items: readonly T[];
  flagsOf(index: number): number;
}

/** Items of one category (or All) in one sort order, read by position. */
export class ItemList<T extends CatalogEntry> {
  constructor(
    private readonly source: ListingSource<T>,
    private readonly order: Int32Array,
  ) {}

  get length(): number {
    return this.order.length;
  }

  /** The item at a position of the listing. */
  at(position: number): T | undefined {
    return position >= 0 && position < this.order.length ? this.source.items[this.order[position]] : undefined;
  }

  /** Items of positions [from, to), e.g. the rows a virtual list shows. */
  slice(from: number, to: number = this.order.length): T[] {
    const end = Math.min(to, this.order.length);
    const out: T[] = [];
    for (let p = Math.max(0, from); p < end; p++) out.push(this.source.items[this.order[p]]);
    return out;
  }

  /** Every item, in listing order (a copy: for small lists and tests). */
  toArray(): T[] {
    return this.slice(0);
  }

  /** The position of the item with an id, or -1 (linear: for restoring focus, not for lookups). */
  positionOf(id: string): number {
    const items = this.source.items;
    for (let p = 0; p < this.order.length; p++) if (items[this.order[p]].id === id) return p;
    return -1;
  }

  /** Whether the item at a position is in a locked category (the UI asks for the PIN). */
  isLocked(position: number): boolean {
    return this.flagAt(position, LOCKED);
  }

  /** Whether the item at a position is adult (marked so, or in an adult category). */
  isAdult(position: number): boolean {
    return this.flagAt(position, ADULT);
  }

  /** Whether the item at a position shows in "All" (not only in hidden categories). */
  isListed(position: number): boolean {
    return this.flagAt(position, LISTED);
  }

  private flagAt(position: number, flag: number): boolean {
    if (position < 0 || position >= this.order.length) return false;
    return (this.source.flagsOf(this.order[position]) & flag) !== 0;
  }
}
