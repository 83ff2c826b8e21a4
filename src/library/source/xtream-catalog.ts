/**
 * The Xtream catalogue through the cache: six lists (categories and items of live, movies, series), each under
 * its own key with its kind's lifetime (categories and streams: hours), read at once and refreshed in the
 * background with stale-while-revalidate. The lists of one refresh are put together only when every one of them
 * has settled, so the UI swaps whole catalogues, never a mix of old and new halves.
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
import { catalogChanges, diffList, type CatalogChanges, type ListChanges } from './changes';
import { fractionOf, type ProgressListener } from './progress';
import { CACHED } from './validators';

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

/** How the background refresh of the lists ended. */
export type ListsRefresh =
  | { status: 'skipped' }
  | { status: 'updated'; lists: CatalogLists; changes: CatalogChanges }
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
}

/** Options of {@link loadCatalogLists}. */
export interface LoadListsOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  refresh?: 'when-stale' | 'always';
  now?: () => number;
}

/**
 * Reads every list from the cache and starts refreshing the stale or missing ones. When all are cached, resolves
 * at once (the refresh goes on in the background); otherwise waits for the missing ones, and rejects with the
 * error of a list that is neither cached nor fetchable.
 */
export async function loadCatalogLists(
  cache: AccountCache,
  parts: readonly ListPart[],
  options: LoadListsOptions = {},
): Promise<LoadedLists> {
  const report = options.onProgress ?? (() => undefined);
  const now = options.now ?? Date.now;
  report({ task: 'catalog', phase: 'cache' });
  const states: PartState[] = await Promise.all(
    parts.map(async (part): Promise<PartState> => {
      const { cached, refresh } = await staleWhileRevalidate<Listed[], ListChanges>({
        cache,
        key: part.key,
        kind: part.kind,
        validate: part.validate,
        fetch: () => part.fetch(options.signal),
        diff: (previous, next) => diffList(previous, next),
        refresh: options.refresh,
      });
      const wanted = options.refresh === 'always' || !cached || cached.stale;
      return { part, cached, refresh, wanted };
    }),
  );
  const settled = countSettled(states, report);
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
  const outcomes = await settled;
  const lists: CatalogLists = new Map();
  states.forEach((state, i) => {
    const outcome = outcomes[i];
    if (outcome.status === 'updated') lists.set(state.part.key, outcome.value);
    else if (state.cached) lists.set(state.part.key, state.cached.value);
    else throw outcome.status === 'failed' ? outcome.error : new Error(`${state.part.key} was not loaded`);
  });
  const keptTimes = states
    .filter((s, i) => s.cached !== undefined && outcomes[i].status !== 'updated')
    .map((s) => (s.cached as CacheHit<Listed[]>).storedAt);
  return {
    lists,
    fromCache: false,
    stale: false,
    fetchedAt: Math.min(now(), ...keptTimes),
    refresh: Promise.resolve({ status: 'skipped' }),
  };
}

/** Waits for every refresh, reporting each list as it arrives. */
function countSettled(states: PartState[], report: ProgressListener): Promise<RefreshOutcome<Listed[], ListChanges>[]> {
  const total = states.filter((s) => s.wanted).length;
  if (total === 0) {
    report({ task: 'catalog', phase: 'done', fraction: 1 });
    return Promise.all(states.map((s) => s.refresh));
  }
  let done = 0;
  report({ task: 'catalog', phase: 'download', items: 0, totalItems: total, fraction: 0 });
  return Promise.all(
    states.map((s) =>
      s.refresh.then((outcome) => {
        if (s.wanted) {
          done++;
          report({
            task: 'catalog',
            phase: 'download',
            items: done,
            totalItems: total,
            fraction: fractionOf(done, total),
          });
        }
        return outcome;
      }),
    ),
  ).then((outcomes) => {
    report({ task: 'catalog', phase: 'done', items: done, totalItems: total, fraction: 1 });
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
  const sections: Partial<Record<MediaKind, { categories?: ListChanges; items?: ListChanges }>> = {};
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
  if (updated) return { status: 'updated', lists, changes: catalogChanges(sections) };
  return failure === undefined ? { status: 'skipped' } : { status: 'failed', error: failure };
}

/** A catalogue of the lists, keeping the viewer's category rules of `previous`. */
export function catalogOfLists(lists: CatalogLists, previous?: Catalog): Catalog {
  const input: Record<string, { categories: Category[]; items: Listed[] }> = {};
  const rules: CatalogRules = {};
  for (const kind of MEDIA_KINDS) {
    input[kind] = {
      categories: (lists.get(`${kind}:categories`) ?? []) as Category[],
      items: lists.get(`${kind}:streams`) ?? [],
    };
    if (previous) rules[kind] = previous.categoryRules(kind);
  }
  // The lists passed their validators on the way in: each kind holds that kind's models.
  return new Catalog<XtreamItemTypes>(input as unknown as CatalogInput<XtreamItemTypes>, rules);
}
