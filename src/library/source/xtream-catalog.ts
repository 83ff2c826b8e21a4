/**
 * The Xtream catalogue through the cache: six lists (categories and items of live, movies, series), each under
 * its own key with its kind's lifetime (categories and streams: hours), the long item lists in chunks so reading
 * them back never holds the page for long. They load a group of kinds at a time (live first, so the channels
 * are browsable while 150,000 movies are still on their way) and are refreshed in the background with
 * stale-while-revalidate. The lists of one refresh are put together only when every one of them has settled, so
 * the UI swaps whole sections, never a mix of old and new halves of a list.
 */
import {
  Catalog,
  MEDIA_KINDS,
  type CatalogInput,
  type CatalogRules,
  type MediaKind,
  type XtreamItemTypes,
} from '../catalog';
import {
  staleWhileRevalidate,
  type AccountCache,
  type CacheHit,
  type CacheKind,
  type RefreshOutcome,
  type Validator,
} from '../../store';
import type { Category, XtreamClient } from '../../xtream';
import { diffList, type ListChanges, type SectionChanges } from './changes';
import { ListTally } from './list-tally';
import type { ProgressListener } from './progress';
import { CACHED } from './validators';

/** Items per stored chunk of an item list (see the store's `chunkedList.ts`). */
export const ITEM_CHUNK_SIZE = 5000;

/** Anything with an id and a name: categories and items alike. */
interface Listed {
  id: string;
  name: string;
}

/** One cached list of the catalogue. */
interface ListPart {
  key: string;
  kind: CacheKind;
  section: MediaKind;
  role: 'categories' | 'items';
  validate: Validator<Listed[]>;
  fetch: (signal?: AbortSignal) => Promise<Listed[]>;
  /** Stored in chunks of this many items (the item lists); categories are stored whole. */
  chunkSize?: number;
}

/** The lists by cache key. */
export type CatalogLists = Map<string, Listed[]>;

/** The six lists of an Xtream account, with their cache keys (`live:categories`, `live:streams`, ...). */
export function xtreamCatalogParts(client: XtreamClient): ListPart[] {
  const part = (
    section: MediaKind,
    role: ListPart['role'],
    validate: Validator<Listed[]>,
    fetch: ListPart['fetch'],
  ): ListPart => ({
    key: `${section}:${role === 'categories' ? 'categories' : 'streams'}`,
    kind: role === 'categories' ? 'categories' : 'streams',
    section,
    role,
    validate,
    fetch,
    chunkSize: role === 'items' ? ITEM_CHUNK_SIZE : undefined,
  });
  return [
    part('live', 'categories', CACHED.categories, (s) => client.liveCategories(s)),
    part('live', 'items', CACHED.live, (s) => client.liveStreams(undefined, s)),
    part('movie', 'categories', CACHED.categories, (s) => client.vodCategories(s)),
    part('movie', 'items', CACHED.movie, (s) => client.vodStreams(undefined, s)),
    part('series', 'categories', CACHED.categories, (s) => client.seriesCategories(s)),
    part('series', 'items', CACHED.series, (s) => client.series(undefined, s)),
  ];
}

/** The parts of the given kinds. */
export function partsOf(parts: readonly ListPart[], kinds: readonly MediaKind[]): ListPart[] {
  return parts.filter((part) => kinds.indexOf(part.section) >= 0);
}

/** What changed in the sections a refresh updated. */
export type RefreshedSections = Partial<Record<MediaKind, Partial<SectionChanges>>>;

/** How the background refresh of the lists ended. */
export type ListsRefresh =
  | { status: 'skipped' }
  | { status: 'updated'; lists: CatalogLists; sections: RefreshedSections }
  | { status: 'failed'; error: unknown };

/** What {@link loadCatalogLists} resolves with. */
export interface LoadedLists {
  lists: CatalogLists;
  fromCache: boolean;
  stale: boolean;
  fetchedAt: number;
  refresh: Promise<ListsRefresh>;
}

interface PartState {
  part: ListPart;
  cached: CacheHit<Listed[]> | undefined;
  refresh: Promise<RefreshOutcome<Listed[], ListChanges>>;
  wanted: boolean;
  /** The fetched list as soon as it is parsed, before the cache has stored it. */
  fetched: Promise<Listed[]>;
}

/** Options of {@link loadCatalogLists}. */
export interface LoadListsOptions {
  signal?: AbortSignal;
  /** Progress of this load alone (ignored when `tally` is given). */
  onProgress?: ProgressListener;
  /** Counts this load as one group of a load of several (each group reports to it once it is over). */
  tally?: ListTally;
  refresh?: 'when-stale' | 'always';
  now?: () => number;
}

/**
 * Reads the lists of `parts` from the cache and starts refreshing the stale or missing ones. When all are cached,
 * resolves at once (the refresh goes on in the background); otherwise waits for the missing ones, and rejects with
 * the error of a list that is neither cached nor fetchable.
 */
export async function loadCatalogLists(
  cache: AccountCache,
  parts: readonly ListPart[],
  options: LoadListsOptions = {},
): Promise<LoadedLists> {
  const tally = options.tally ?? new ListTally(options.onProgress ?? (() => undefined));
  const now = options.now ?? Date.now;
  const states: PartState[] = await Promise.all(
    parts.map(async (part): Promise<PartState> => {
      let delivered: (list: Listed[]) => void = () => undefined;
      const fetched = new Promise<Listed[]>((resolve) => {
        delivered = resolve;
      });
      const { cached, refresh } = await staleWhileRevalidate<Listed[], ListChanges>({
        cache,
        key: part.key,
        kind: part.kind,
        validate: part.validate,
        fetch: () =>
          part.fetch(options.signal).then((list) => {
            delivered(list);
            return list;
          }),
        diff: (previous, next) => diffList(previous, next),
        refresh: options.refresh,
        chunkSize: part.chunkSize,
      });
      const wanted = options.refresh === 'always' || !cached || cached.stale;
      return { part, cached, refresh, wanted, fetched };
    }),
  );
  const settled = countSettled(states, tally);
  const cachedAll = states.every((s) => s.cached !== undefined);
  if (cachedAll) {
    const lists: CatalogLists = new Map(states.map((s) => [s.part.key, (s.cached as CacheHit<Listed[]>).value]));
    return {
      lists,
      fromCache: true,
      stale: states.some((s) => s.wanted),
      fetchedAt: Math.min(...states.map((s) => (s.cached as CacheHit<Listed[]>).storedAt)),
      refresh: settled.then((outcomes) => refreshOf(states, outcomes, lists)),
    };
  }
  // Something is missing: the lists are shown as soon as they are fetched; storing them goes on behind.
  const arrived = await Promise.all(states.map(arrivalOf));
  const lists: CatalogLists = new Map();
  states.forEach((state, i) => lists.set(state.part.key, arrived[i].list));
  const keptTimes = states
    .filter((s, i) => s.cached !== undefined && !arrived[i].fresh)
    .map((s) => (s.cached as CacheHit<Listed[]>).storedAt);
  return {
    lists,
    fromCache: false,
    stale: false,
    fetchedAt: Math.min(now(), ...keptTimes),
    // Nothing to swap in later; it settles once the fetched lists are stored.
    refresh: settled.then((): ListsRefresh => ({ status: 'skipped' })),
  };
}

/**
 * A list for a load that could not be shown from the cache alone: fetched (as soon as it is parsed), else the
 * cached one; rejects with the fetch's error when there is neither.
 */
function arrivalOf(state: PartState): Promise<{ list: Listed[]; fresh: boolean }> {
  const cached = state.cached;
  if (!state.wanted && cached) return Promise.resolve({ list: cached.value, fresh: false });
  const settled = state.refresh.then((outcome) => {
    if (outcome.status === 'updated') return { list: outcome.value, fresh: true };
    if (cached) return { list: cached.value, fresh: false };
    throw outcome.status === 'failed' ? outcome.error : new Error(`${state.part.key} was not loaded`);
  });
  // A refresh joined from elsewhere never calls this load's fetch: its outcome answers then.
  return Promise.race([state.fetched.then((list) => ({ list, fresh: true })), settled]);
}

/** Waits for every refresh, counting each fetched list as it arrives; the group is over once all settled. */
function countSettled(states: PartState[], tally: ListTally): Promise<RefreshOutcome<Listed[], ListChanges>[]> {
  tally.expect(states.filter((s) => s.wanted).length);
  return Promise.all(
    states.map((s) =>
      s.refresh.then((outcome) => {
        if (s.wanted) tally.settled();
        return outcome;
      }),
    ),
  ).then((outcomes) => {
    tally.groupDone();
    return outcomes;
  });
}

/** The background outcome once every list settled: one update with every fresh list, or why there is none. */
function refreshOf(
  states: PartState[],
  outcomes: RefreshOutcome<Listed[], ListChanges>[],
  shown: CatalogLists,
): ListsRefresh {
  const lists: CatalogLists = new Map(shown);
  const sections: RefreshedSections = {};
  let updated = false;
  let failure: unknown;
  states.forEach((state, i) => {
    const outcome = outcomes[i];
    if (outcome.status === 'updated') {
      updated = true;
      lists.set(state.part.key, outcome.value);
      const section = (sections[state.part.section] = sections[state.part.section] ?? {});
      section[state.part.role] = outcome.changes;
    } else if (outcome.status === 'failed' && failure === undefined) failure = outcome.error;
  });
  if (updated) return { status: 'updated', lists, sections };
  return failure === undefined ? { status: 'skipped' } : { status: 'failed', error: failure };
}

/** The categories and items of one kind in `lists` (empty when missing). */
export function sectionOf(lists: CatalogLists, kind: MediaKind): { categories: Category[]; items: Listed[] } {
  return {
    categories: (lists.get(`${kind}:categories`) ?? []) as Category[],
    items: lists.get(`${kind}:streams`) ?? [],
  };
}

/**
 * A catalogue of the lists, keeping the viewer's category rules of `previous`; the `pending` kinds are marked as
 * still loading.
 */
export function catalogOfLists(lists: CatalogLists, previous?: Catalog, pending: readonly MediaKind[] = []): Catalog {
  const input: Record<string, { categories: Category[]; items: Listed[] }> = {};
  const rules: CatalogRules = {};
  for (const kind of MEDIA_KINDS) {
    if (pending.indexOf(kind) < 0) input[kind] = sectionOf(lists, kind);
    if (previous) rules[kind] = previous.categoryRules(kind);
  }
  // The lists passed their validators on the way in: each kind holds that kind's models.
  return new Catalog<XtreamItemTypes>(input as unknown as CatalogInput<XtreamItemTypes>, rules, { pending });
}

/** Fills (or replaces) one kind of `catalog` with its lists, in one step. */
export function putSection(catalog: Catalog, kind: MediaKind, lists: CatalogLists): void {
  const { categories, items } = sectionOf(lists, kind);
  // The lists passed their validators on the way in: they hold this kind's models.
  catalog.setSection(kind, categories, items as unknown as XtreamItemTypes[typeof kind][]);
}
