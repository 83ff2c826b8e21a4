/**
 * What the viewer watched lately, per kind, newest first: each item once, at most {@link RECENT_LIMIT} per kind.
 * Immutable, like {@link Favourites}.
 */
import { MEDIA_KINDS, type MediaKind } from './kinds';

/** Items kept per kind. */
export const RECENT_LIMIT = 50;

/** One watched item. */
export interface WatchedEntry {
  id: string;
  /** Epoch milliseconds. */
  watchedAt: number;
}

/** Recently watched as plain data (what the store saves). */
export type RecentlyWatchedData = Record<MediaKind, WatchedEntry[]>;

type Lists = Readonly<Record<MediaKind, readonly WatchedEntry[]>>;

/** Recently watched items per kind, newest first. */
export class RecentlyWatched {
  private constructor(private readonly lists: Lists) {}

  static empty(): RecentlyWatched {
    return new RecentlyWatched({ live: [], movie: [], series: [] });
  }

  /** From saved data: malformed entries are dropped, then the list is ordered, deduplicated and capped. */
  static from(data: unknown): RecentlyWatched {
    const source = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const read = (kind: MediaKind): WatchedEntry[] => {
      const list = source[kind];
      const entries: WatchedEntry[] = [];
      if (Array.isArray(list)) {
        for (const entry of list) {
          const e = entry as Partial<WatchedEntry> | null;
          if (
            e &&
            typeof e.id === 'string' &&
            e.id !== '' &&
            typeof e.watchedAt === 'number' &&
            isFinite(e.watchedAt)
          ) {
            entries.push({ id: e.id, watchedAt: e.watchedAt });
          }
        }
      }
      return tidy(entries);
    };
    return new RecentlyWatched({ live: read('live'), movie: read('movie'), series: read('series') });
  }

  /** Newest first. */
  list(kind: MediaKind): readonly WatchedEntry[] {
    return this.lists[kind];
  }

  /** The ids, newest first. */
  ids(kind: MediaKind): string[] {
    return this.lists[kind].map((entry) => entry.id);
  }

  /** Records that an item was watched: it moves to the front; the oldest past the limit fall off. */
  push(kind: MediaKind, id: string, watchedAt: number): RecentlyWatched {
    const rest = this.lists[kind].filter((entry) => entry.id !== id);
    return this.with(kind, [{ id, watchedAt }].concat(rest).slice(0, RECENT_LIMIT));
  }

  remove(kind: MediaKind, id: string): RecentlyWatched {
    const list = this.lists[kind];
    return list.some((entry) => entry.id === id)
      ? this.with(
          kind,
          list.filter((entry) => entry.id !== id),
        )
      : this;
  }

  /** Empties one kind, or all kinds. */
  clear(kind?: MediaKind): RecentlyWatched {
    return kind === undefined ? RecentlyWatched.empty() : this.with(kind, []);
  }

  toJSON(): RecentlyWatchedData {
    const data = {} as RecentlyWatchedData;
    for (const kind of MEDIA_KINDS) data[kind] = this.lists[kind].map((entry) => ({ ...entry }));
    return data;
  }

  private with(kind: MediaKind, list: readonly WatchedEntry[]): RecentlyWatched {
    const lists = { ...this.lists };
    lists[kind] = list;
    return new RecentlyWatched(lists);
  }
}

/** Newest first (stable), each id once, capped. */
function tidy(entries: WatchedEntry[]): WatchedEntry[] {
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.watchedAt - a.entry.watchedAt || a.index - b.index);
  const seen: Record<string, true> = {};
  const out: WatchedEntry[] = [];
  for (const { entry } of ordered) {
    if (seen[entry.id] || out.length >= RECENT_LIMIT) continue;
    seen[entry.id] = true;
    out.push(entry);
  }
  return out;
}
