/**
 * The one search catalogue of the app: the index of the signed-in account's source, kept between visits of the search
 * page and built ahead of them (see `warmSearch`). Another source replaces it, and the old index goes with its memory.
 */
import { atRest } from './appRest';
import { SearchCatalog } from './searchCatalog';

let shared: { key: unknown; catalog: SearchCatalog } | undefined;

/**
 * The search catalogue of an account's source, kept while the same source is signed in (another source replaces
 * it, the old index and its memory dropped). It starts in the background, waiting for the app to rest between
 * slices; the search page brings it to the foreground while open.
 */
export function searchCatalogFor(source: unknown): SearchCatalog {
  if (!shared || shared.key !== source) {
    if (shared) shared.catalog.stop();
    shared = { key: source, catalog: new SearchCatalog({ rest: () => atRest(), background: true }) };
  }
  return shared.catalog;
}

/** The kept search catalogue when it belongs to `source` (undefined otherwise; none is made). */
export function keptSearchCatalog(source: unknown): SearchCatalog | undefined {
  return shared && shared.key === source ? shared.catalog : undefined;
}

/** Drops the kept index (its memory with it), e.g. when the account is left. */
export function releaseSearchCatalog(): void {
  if (shared) shared.catalog.stop();
  shared = undefined;
}
