/**
 * The in-memory catalogue of one account: live channels, movies and series with their categories, lookups by id,
 * sorted listings, and the viewer's hidden and locked categories. Built from arrays of models, whatever source
 * they came from; it keeps the provider's order and never copies items.
 */
import { ItemList } from './item-list';
import { ADULT, LISTED, LOCKED } from './item-flags';
import { MEDIA_KINDS, type MediaKind } from './kinds';
import { CatalogSection } from './section';
import {
  ALL_CATEGORIES,
  type CatalogCategory,
  type CatalogItemTypes,
  type CategoryInfo,
  type CategoryRules,
  type SortOrder,
  type XtreamItemTypes,
} from './types';

/** The categories and items of one kind. */
export interface CatalogSectionInput<T> {
  categories: readonly CatalogCategory[];
  /** In the provider's order. */
  items: readonly T[];
}

/** What a catalogue is built from: any of the three kinds (a missing kind is empty). */
export type CatalogInput<T extends CatalogItemTypes> = { [K in MediaKind]?: CatalogSectionInput<T[K]> };

/** The viewer's category rules per kind. */
export type CatalogRules = { [K in MediaKind]?: CategoryRules };

/** Options of a {@link Catalog}. */
export interface CatalogOptions {
  /** Kinds whose lists are still loading: empty until {@link Catalog.setSection} fills them. */
  pending?: readonly MediaKind[];
}

type Sections<T extends CatalogItemTypes> = { [K in MediaKind]: CatalogSection<T[K]> };

/** Channels, movies and series of one account, with their categories; see the file comment. */
export class Catalog<T extends CatalogItemTypes = XtreamItemTypes> {
  private readonly sections: Sections<T>;
  private readonly pending: MediaKind[];

  /**
   * Indexes the items (id maps and per-category lists; sorting waits until a sorted listing is asked for).
   *
   * @example
   * ```ts
   * const live = { categories: await client.liveCategories(), items: await client.liveStreams() };
   * const catalog = new Catalog({ live }, { live: { hidden: ['7'], locked: ['66'] } });
   * const news = catalog.items('live', '12', 'name');
   * news.slice(0, 20); // the first screenful
   * ```
   */
  constructor(input: CatalogInput<T> = {}, rules: CatalogRules = {}, options: CatalogOptions = {}) {
    const section = <K extends MediaKind>(kind: K): CatalogSection<T[K]> => {
      const given = input[kind];
      return new CatalogSection<T[K]>(given?.categories ?? [], given?.items ?? [], rules[kind]);
    };
    this.sections = { live: section('live'), movie: section('movie'), series: section('series') };
    this.pending = MEDIA_KINDS.filter((kind) => (options.pending ?? []).indexOf(kind) >= 0);
  }

  /**
   * Replaces one kind's categories and items (e.g. after a refresh, or when a kind that was still loading comes
   * in); its rules are kept. The kind is loaded from then on.
   */
  setSection<K extends MediaKind>(kind: K, categories: readonly CatalogCategory[], items: readonly T[K][]): void {
    const rules = this.sections[kind].rules();
    (this.sections as Record<MediaKind, CatalogSection<T[K]>>)[kind] = new CatalogSection(categories, items, rules);
    const at = this.pending.indexOf(kind);
    if (at >= 0) this.pending.splice(at, 1);
  }

  /** Whether a kind's lists are in (false while it is still loading: it then lists nothing). */
  isLoaded(kind: MediaKind): boolean {
    return this.pending.indexOf(kind) < 0;
  }

  /**
   * A catalogue sharing this one's sections (indexes, sorted listings and rules are not rebuilt): replacing a
   * section of the copy with {@link setSection} leaves this one as it was. Swapping in a copy with one section
   * refreshed costs only that section.
   */
  copy(): Catalog<T> {
    const copy = new Catalog<T>({}, {}, { pending: this.pending });
    (copy as unknown as { sections: Sections<T> }).sections = { ...this.sections };
    return copy;
  }

  /** Number of items of a kind, hidden ones included. */
  count(kind: MediaKind): number {
    return this.sections[kind].items.length;
  }

  /** The item with an id, hidden or not. */
  byId<K extends MediaKind>(kind: K, id: string): T[K] | undefined {
    const section = this.sections[kind];
    const index = section.indexOf(id);
    return index < 0 ? undefined : section.items[index];
  }

  /**
   * The items of a category (or {@link ALL_CATEGORIES}) in a sort order, as a view. "All" leaves out items whose
   * every category is hidden; a hidden category itself still lists its items when opened by id (the manager).
   * An unknown category gives an empty list.
   */
  items<K extends MediaKind>(kind: K, categoryId: string, sort: SortOrder = 'provider'): ItemList<T[K]> {
    const section = this.sections[kind];
    return new ItemList(section, section.listing(categoryId === ALL_CATEGORIES ? undefined : categoryId, sort));
  }

  /** The provider's categories in its order with counts and states; hidden ones only with `includeHidden`. */
  categories(kind: MediaKind, options: { includeHidden?: boolean } = {}): CategoryInfo[] {
    return this.sections[kind].categoryInfos(options.includeHidden === true);
  }

  /** One category, hidden or not. */
  category(kind: MediaKind, id: string): CategoryInfo | undefined {
    return this.sections[kind].categoryInfo(id);
  }

  /** Replaces the viewer's hidden and locked categories of a kind. */
  setCategoryRules(kind: MediaKind, rules: CategoryRules): void {
    this.sections[kind].setRules(rules);
  }

  /** The hidden and locked categories of a kind. */
  categoryRules(kind: MediaKind): { hidden: string[]; locked: string[] } {
    return this.sections[kind].rules();
  }

  /** Whether an item shows in "All" (exists and is not only in hidden categories). */
  isListed(kind: MediaKind, id: string): boolean {
    return this.hasFlag(kind, id, LISTED);
  }

  /** Whether an item is in a locked category. */
  isLocked(kind: MediaKind, id: string): boolean {
    return this.hasFlag(kind, id, LOCKED);
  }

  /** Whether an item is adult (marked by the provider or in an adult category). */
  isAdult(kind: MediaKind, id: string): boolean {
    return this.hasFlag(kind, id, ADULT);
  }

  /** The kinds that have items. */
  kinds(): MediaKind[] {
    return MEDIA_KINDS.filter((kind) => this.sections[kind].items.length > 0);
  }

  private hasFlag(kind: MediaKind, id: string, flag: number): boolean {
    const section = this.sections[kind];
    const index = section.indexOf(id);
    return index >= 0 && (section.flagsOf(index) & flag) !== 0;
  }
}
