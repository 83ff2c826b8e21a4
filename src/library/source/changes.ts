/**
 * What a catalogue refresh changed, per kind, counted by id: items that appeared, disappeared, or changed in
 * what a list shows (name, categories, picture, dates, rating). Cheap enough to run on a TV after each refresh.
 */
import { MEDIA_KINDS, type CatalogCategory, type CatalogEntry, type MediaKind } from '../catalog';

/** Changes between two versions of one list. */
export interface ListChanges {
  added: number;
  removed: number;
  updated: number;
}

/** Changes of one kind: its categories and its items. */
export interface SectionChanges {
  categories: ListChanges;
  items: ListChanges;
}

/** What a refresh changed; `changed` is false when the fresh catalogue shows exactly what the old one did. */
export interface CatalogChanges {
  changed: boolean;
  sections: Record<MediaKind, SectionChanges>;
}

const NONE: ListChanges = { added: 0, removed: 0, updated: 0 };

interface Showable {
  id: string;
  name: string;
  parentId?: string;
  categoryIds?: readonly string[];
  added?: number;
  lastModified?: number;
  rating?: number;
  logo?: string;
  poster?: string;
  cover?: string;
  epgChannelId?: string;
  hasArchive?: boolean;
  url?: string;
}

/** What a list shows of an item, as one string: two items with the same fingerprint look the same. */
function fingerprint(item: Showable): string {
  return [
    item.name,
    item.parentId,
    item.categoryIds ? item.categoryIds.join(',') : '',
    item.added,
    item.lastModified,
    item.rating,
    item.logo ?? item.poster ?? item.cover,
    item.epgChannelId,
    item.hasArchive,
    item.url,
  ].join('\u0001');
}

/** Counts added, removed and updated entries between two lists of things with ids. */
export function diffList(previous: readonly Showable[] | undefined, next: readonly Showable[]): ListChanges {
  if (!previous) return { added: next.length, removed: 0, updated: 0 };
  const before = new Map<string, string>();
  for (const item of previous) before.set(item.id, fingerprint(item));
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const item of next) {
    const was = before.get(item.id);
    if (was === undefined) added++;
    else {
      kept++;
      if (was !== fingerprint(item)) updated++;
    }
  }
  return { added, removed: before.size - kept, updated };
}

/** Whether a list changed at all. */
export function listChanged(changes: ListChanges): boolean {
  return changes.added + changes.removed + changes.updated > 0;
}

/** The changes of a catalogue whose sections changed as given (missing sections did not change). */
export function catalogChanges(sections: Partial<Record<MediaKind, Partial<SectionChanges>>>): CatalogChanges {
  const all = {} as Record<MediaKind, SectionChanges>;
  let changed = false;
  for (const kind of MEDIA_KINDS) {
    const given = sections[kind] ?? {};
    const section = { categories: given.categories ?? NONE, items: given.items ?? NONE };
    changed = changed || listChanged(section.categories) || listChanged(section.items);
    all[kind] = section;
  }
  return { changed, sections: all };
}

/** The changes between two whole sections (categories and items). */
export function diffSection(
  previous: { categories: readonly CatalogCategory[]; items: readonly CatalogEntry[] } | undefined,
  next: { categories: readonly CatalogCategory[]; items: readonly CatalogEntry[] },
): SectionChanges {
  return {
    categories: diffList(previous?.categories, next.categories),
    items: diffList(previous?.items, next.items),
  };
}
