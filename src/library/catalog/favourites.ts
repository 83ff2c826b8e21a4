/**
 * The viewer's favourites per kind, in the order they arranged them. Immutable: every change returns a new
 * value, so the UI can compare and the store can persist `toJSON()` as it is.
 */
import { MEDIA_KINDS, type MediaKind } from './kinds';

/** Favourites as plain data (what the store saves). */
export type FavouritesData = Record<MediaKind, string[]>;

type Lists = Readonly<Record<MediaKind, readonly string[]>>;

/** Favourite ids per kind, in the viewer's order. */
export class Favourites {
  private constructor(private readonly lists: Lists) {}

  /** No favourites. */
  static empty(): Favourites {
    return new Favourites({ live: [], movie: [], series: [] });
  }

  /** Favourites from saved data; anything that is not a list of ids is ignored, repeated ids kept once. */
  static from(data: unknown): Favourites {
    const source = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const read = (kind: MediaKind): string[] => {
      const list = source[kind];
      const ids: string[] = [];
      if (Array.isArray(list)) {
        for (const id of list) if (typeof id === 'string' && id !== '' && ids.indexOf(id) < 0) ids.push(id);
      }
      return ids;
    };
    return new Favourites({ live: read('live'), movie: read('movie'), series: read('series') });
  }

  /** The favourite ids of a kind, in the viewer's order. */
  list(kind: MediaKind): readonly string[] {
    return this.lists[kind];
  }

  has(kind: MediaKind, id: string): boolean {
    return this.lists[kind].indexOf(id) >= 0;
  }

  /** Adds an id at the end (no change if it is already there). */
  add(kind: MediaKind, id: string): Favourites {
    return this.has(kind, id) ? this : this.with(kind, this.lists[kind].concat(id));
  }

  remove(kind: MediaKind, id: string): Favourites {
    return this.has(kind, id)
      ? this.with(
          kind,
          this.lists[kind].filter((x) => x !== id),
        )
      : this;
  }

  /** Adds or removes, the way a "favourite" key does. */
  toggle(kind: MediaKind, id: string): Favourites {
    return this.has(kind, id) ? this.remove(kind, id) : this.add(kind, id);
  }

  /** Moves a favourite to a position (clamped to the list). */
  move(kind: MediaKind, id: string, toIndex: number): Favourites {
    const list = this.lists[kind];
    const from = list.indexOf(id);
    if (from < 0) return this;
    const rest = list.filter((x) => x !== id);
    const to = Math.max(0, Math.min(rest.length, Math.floor(toIndex)));
    if (to === from) return this;
    return this.with(kind, rest.slice(0, to).concat(id, rest.slice(to)));
  }

  toJSON(): FavouritesData {
    const data = {} as FavouritesData;
    for (const kind of MEDIA_KINDS) data[kind] = this.lists[kind].slice();
    return data;
  }

  private with(kind: MediaKind, list: readonly string[]): Favourites {
    const lists = { ...this.lists };
    lists[kind] = list;
    return new Favourites(lists);
  }
}
