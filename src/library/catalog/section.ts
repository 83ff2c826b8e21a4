/**
 * One kind of a catalogue (live, movies or series): items in provider order, an id map, per-category member
 * lists (typed arrays of item indexes), the viewer's hidden, locked and ordered categories, and sorted listings cached
 * per category and sort order.
 */
import { isAdultCategoryName } from './adult';
import * as itemFlags from './item-flags';
import { SortKeys } from './sort-orders';
import type { CatalogCategory, CatalogEntry, CategoryInfo, CategoryRules, SortOrder } from './types';

// A local copy: bundlers may turn imported bindings into getter calls, slow in per-item loops.
const { ADULT, LISTED, LOCKED } = itemFlags;
const EMPTY = new Int32Array(0);

/** The items and categories of one kind, indexed. */
export class CatalogSection<T extends CatalogEntry> {
  readonly items: readonly T[];
  readonly categories: readonly CatalogCategory[];
  /** Item id → index; a null-prototype object, several times faster than a Map for the numeric ids of panels. */
  private readonly indexById: Record<string, number> = Object.create(null) as Record<string, number>;
  /** Category id → slot; slots past the provider's categories are ids items use but the category list lacks. */
  private readonly slotById = new Map<string, number>();
  private readonly members: Int32Array[] = [];
  private hidden = new Set<string>();
  private locked = new Set<string>();
  private lockAdult = false;
  private unlocked = new Set<string>();
  private viewerOrder: readonly string[] = [];
  /** Provider category positions in the viewer's order, once asked for. */
  private ordered: number[] | undefined;
  private flags: Uint8Array | undefined;
  private adultSlots: Uint8Array | undefined;
  private readonly sortKeys: SortKeys;
  /** The whole kind in each sort order, once a large listing needed it. */
  private readonly orders: Partial<Record<SortOrder, Int32Array>> = {};
  private readonly listings = new Map<string, Int32Array>();

  constructor(categories: readonly CatalogCategory[], items: readonly T[], rules: CategoryRules = {}) {
    this.items = items;
    this.categories = categories;
    this.sortKeys = new SortKeys(items);
    for (let c = 0; c < categories.length; c++) {
      if (!this.slotById.has(categories[c].id)) this.slotById.set(categories[c].id, c);
    }
    this.indexItems();
    this.setRules(rules);
  }

  /** The index of the item with an id (the first, if the provider lists an id twice), or -1. */
  indexOf(id: string): number {
    const index = this.indexById[id];
    return index === undefined ? -1 : index;
  }

  /** Item flags ({@link LISTED}, {@link LOCKED}, {@link ADULT}) of an item index. */
  flagsOf(index: number): number {
    return this.itemFlags()[index];
  }

  /** Replaces the viewer's hidden, locked and ordered categories. */
  setRules(rules: CategoryRules): void {
    this.hidden = new Set(rules.hidden ?? []);
    this.locked = new Set(rules.locked ?? []);
    this.lockAdult = rules.lockAdult === true;
    this.unlocked = new Set(rules.unlocked ?? []);
    this.viewerOrder = rules.order ? rules.order.slice() : [];
    this.ordered = undefined;
    this.flags = undefined;
    this.listings.clear();
  }

  /** The rules as given (a refreshed section takes them over); optional parts only when set. */
  rules(): CategoryRules & { hidden: string[]; locked: string[] } {
    const rules: CategoryRules & { hidden: string[]; locked: string[] } = {
      hidden: Array.from(this.hidden),
      locked: Array.from(this.locked),
    };
    if (this.lockAdult) rules.lockAdult = true;
    if (this.unlocked.size > 0) rules.unlocked = Array.from(this.unlocked);
    if (this.viewerOrder.length > 0) rules.order = this.viewerOrder.slice();
    return rules;
  }

  /** The provider's categories in the viewer's order with counts and states; hidden ones only when asked for. */
  categoryInfos(includeHidden: boolean): CategoryInfo[] {
    const out: CategoryInfo[] = [];
    const positions = this.orderedPositions();
    for (let p = 0; p < positions.length; p++) {
      const info = this.categoryInfo(this.categories[positions[p]].id);
      if (info && (includeHidden || !info.hidden)) out.push(info);
    }
    return out;
  }

  /** Positions of the provider's categories: those the viewer ordered first, in that order, then the others. */
  private orderedPositions(): number[] {
    if (this.ordered) return this.ordered;
    const positions: number[] = [];
    const taken = new Uint8Array(this.categories.length);
    for (const id of this.viewerOrder) {
      const slot = this.slotById.get(id);
      if (slot === undefined || slot >= this.categories.length || taken[slot]) continue;
      taken[slot] = 1;
      positions.push(slot);
    }
    for (let c = 0; c < this.categories.length; c++) {
      // A category id the provider lists twice has one slot: its later duplicates are not shown twice.
      const slot = this.slotById.get(this.categories[c].id) as number;
      if (slot === c && !taken[c]) positions.push(c);
    }
    this.ordered = positions;
    return positions;
  }

  /** Whether a category counts as locked: the viewer locked it, or it is adult and adult ones are locked. */
  private isLockedSlot(slot: number, id: string): boolean {
    if (this.locked.has(id)) return true;
    return this.lockAdult && !this.unlocked.has(id) && this.slotIsAdult(slot);
  }

  categoryInfo(id: string): CategoryInfo | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined || slot >= this.categories.length) return undefined;
    const category = this.categories[slot];
    const info: CategoryInfo = {
      id: category.id,
      name: category.name,
      count: this.members[slot].length,
      hidden: this.hidden.has(category.id),
      locked: this.isLockedSlot(slot, category.id),
      adult: this.slotIsAdult(slot),
    };
    if (category.parentId !== undefined) info.parentId = category.parentId;
    return info;
  }

  /** Item indexes of a category (or of "All" when `categoryId` is undefined) in `sort` order; cached. */
  listing(categoryId: string | undefined, sort: SortOrder): Int32Array {
    const slot = categoryId === undefined ? -1 : this.slotById.get(categoryId);
    if (slot === undefined) return EMPTY;
    const key = `${slot}|${sort}`;
    let listing = this.listings.get(key);
    if (!listing) {
      listing = slot < 0 ? this.allListing(sort) : this.categoryListing(slot, sort);
      this.listings.set(key, listing);
    }
    return listing;
  }

  private allListing(sort: SortOrder): Int32Array {
    const order = this.order(sort);
    if (this.hidden.size === 0) return order;
    const flags = this.itemFlags();
    return filter(order, (index) => (flags[index] & LISTED) !== 0);
  }

  private categoryListing(slot: number, sort: SortOrder): Int32Array {
    const members = this.members[slot];
    if (sort === 'provider' || members.length < 2) return members;
    const total = this.items.length;
    // A small category sorts its own members; a large one filters the kind's whole order (sorted once).
    if (members.length * 4 < total && !(this.orders[sort] && members.length * 16 >= total)) {
      const indexes: number[] = new Array(members.length);
      for (let i = 0; i < members.length; i++) indexes[i] = members[i];
      return new Int32Array(this.sortKeys.sort(indexes, sort));
    }
    const inCategory = new Uint8Array(total);
    for (let i = 0; i < members.length; i++) inCategory[members[i]] = 1;
    return filter(this.order(sort), (index) => inCategory[index] === 1);
  }

  private order(sort: SortOrder): Int32Array {
    return (this.orders[sort] ??= this.sortKeys.wholeOrder(sort));
  }

  /**
   * Builds the id map and the member lists: one pass to count, one to fill. Providers list items category by
   * category, so the slot of the previous item's category is tried before the map.
   */
  private indexItems(): void {
    const items = this.items;
    const counts: number[] = new Array(this.categories.length).fill(0);
    const firstSlots = new Int32Array(items.length);
    // Backwards, so the first of two items with the same id is the one kept.
    for (let i = items.length - 1; i >= 0; i--) this.indexById[items[i].id] = i;
    let lastId: string | undefined;
    let lastSlot = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const ids = item.categoryIds;
      firstSlots[i] = -1;
      for (let k = 0; k < ids.length; k++) {
        if (k > 0 && repeated(ids, k)) continue;
        const id = ids[k];
        let slot = id === lastId ? lastSlot : this.slotById.get(id);
        if (slot === undefined) {
          slot = counts.length;
          this.slotById.set(id, slot);
          counts.push(0);
        }
        if (k === 0) {
          firstSlots[i] = slot;
          lastId = id;
          lastSlot = slot;
        }
        counts[slot]++;
      }
    }
    const filled: number[] = new Array(counts.length).fill(0);
    for (let s = 0; s < counts.length; s++) this.members.push(new Int32Array(counts[s]));
    for (let i = 0; i < items.length; i++) {
      const first = firstSlots[i];
      if (first < 0) continue;
      this.members[first][filled[first]++] = i;
      const ids = items[i].categoryIds;
      for (let k = 1; k < ids.length; k++) {
        if (repeated(ids, k)) continue;
        const slot = this.slotById.get(ids[k]) as number;
        this.members[slot][filled[slot]++] = i;
      }
    }
  }

  private slotIsAdult(slot: number): boolean {
    if (!this.adultSlots) this.itemFlags();
    return (this.adultSlots as Uint8Array)[slot] === 1;
  }

  /** Flags of every item, recomputed after the rules change. */
  private itemFlags(): Uint8Array {
    if (this.flags) return this.flags;
    const items = this.items;
    const flags = new Uint8Array(items.length);
    const adultSlots = this.adultSlots ?? this.findAdultSlots();
    this.adultSlots = adultSlots;
    // Shown in "All" unless every category it is in is hidden.
    const shownMemberships = new Uint16Array(items.length);
    this.slotById.forEach((slot, id) => {
      const hidden = this.hidden.has(id);
      const locked = this.locked.has(id) || (this.lockAdult && adultSlots[slot] === 1 && !this.unlocked.has(id));
      const mark = (locked ? LOCKED : 0) | (adultSlots[slot] ? ADULT : 0);
      const members = this.members[slot];
      for (let i = 0; i < members.length; i++) {
        const index = members[i];
        flags[index] |= mark;
        if (!hidden) shownMemberships[index]++;
      }
    });
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // An adult item outside every category has no category to unlock: it stays locked while adult ones are.
      if (item.isAdult) flags[i] |= item.categoryIds.length === 0 && this.lockAdult ? ADULT | LOCKED : ADULT;
      if (shownMemberships[i] > 0 || item.categoryIds.length === 0) flags[i] |= LISTED;
    }
    this.flags = flags;
    return flags;
  }

  private findAdultSlots(): Uint8Array {
    const adult = new Uint8Array(this.members.length);
    for (let slot = 0; slot < this.categories.length; slot++) {
      if (isAdultCategoryName(this.categories[slot].name)) adult[slot] = 1;
    }
    for (let slot = 0; slot < this.members.length; slot++) {
      const members = this.members[slot];
      for (let i = 0; i < members.length && !adult[slot]; i++) {
        if (this.items[members[i]].isAdult) adult[slot] = 1;
      }
    }
    return adult;
  }
}

function filter(order: Int32Array, keep: (index: number) => boolean): Int32Array {
  const kept: number[] = [];
  for (let i = 0; i < order.length; i++) if (keep(order[i])) kept.push(order[i]);
  return new Int32Array(kept);
}

/** Whether ids[k] already occurred before position k (a category listed twice for one item). */
function repeated(ids: readonly string[], k: number): boolean {
  for (let j = 0; j < k; j++) if (ids[j] === ids[k]) return true;
  return false;
}
