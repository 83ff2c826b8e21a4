/**
 * Builds the search index of the signed-in account before the viewer opens Search, so the first keystroke there
 * already finds everything. It starts once the catalogue (every kind) and the guide are in, nothing is loading or
 * refreshing, and no key was pressed for a while (see `appRest`); its slices of a few milliseconds then wait for
 * the next rest, so the viewer navigating never waits for it. A refreshed catalogue or guide brings it up to date
 * at the next rest; another account gets its own index (the old one is dropped). This file stays small: the index
 * code loads with the search page's chunk, when the build starts.
 */
import type { AppContext, SignedIn } from '../context';
import { atRest, noteKeys } from './appRest';
import type { SearchCatalog } from './searchCatalog';

type SearchCatalogModule = typeof import('./sharedSearchCatalog');

function loadSearchCatalog(): Promise<SearchCatalogModule> {
  return import(/* webpackChunkName: "page-search" */ './sharedSearchCatalog');
}

/**
 * Tells browser tests how far the index built ahead is. The test hook belongs to the Lightning app (already loaded
 * there, so this fetches nothing); under Node, where this file is tested, there is none and nothing is reported.
 */
function reportToTests(read: () => unknown): void {
  import('../testHook').then(
    (hook) => hook.registerProbe('searchIndex', read),
    () => undefined,
  );
}

/** Whether the catalogue (every kind) and the guide are in and nothing of them is loading or refreshing. */
export function sourcesSettled(signedIn: SignedIn): boolean {
  const catalog = signedIn.activity.snapshot.catalog;
  const guide = signedIn.source.guide.status;
  if (catalog.state !== 'ready' || catalog.refreshing || !signedIn.source.catalog) return false;
  const sections = catalog.sections;
  if (sections.live === 'loading' || sections.movie === 'loading' || sections.series === 'loading') return false;
  return (guide.state === 'ready' || guide.state === 'unavailable') && !guide.refreshing;
}

/**
 * Starts building the search index of the signed-in account ahead of the viewer (see the file comment). Call it
 * once per session, when the session begins; it ends with the session.
 */
export function warmSearch(context: AppContext): void {
  const signedIn = context.signedIn;
  if (!signedIn) return;
  noteKeys();
  const source = signedIn.source;
  const current = (): boolean => context.signedIn === signedIn;
  // While the catalogue or the guide refreshes, the build waits: what it indexed would be replaced anyway.
  const busy = (): boolean => current() && !sourcesSettled(signedIn);
  let built: SearchCatalog | undefined;
  let waiting = false;

  const build = (module: SearchCatalogModule): void => {
    const catalog = source.catalog;
    if (!current() || !catalog) return;
    const search = module.searchCatalogFor(source);
    built = search;
    search.restWith(() =>
      atRest(busy).then(() => {
        // The account was left: its index goes, and its memory with it.
        if (!current() && module.keptSearchCatalog(source) === search) module.releaseSearchCatalog();
      }),
    );
    search.update({ catalog, guide: source.guide });
  };

  /** Brings the index up to date at the next rest, once everything it is built from is in. */
  const follow = (): void => {
    if (waiting || !current() || !sourcesSettled(signedIn)) return;
    waiting = true;
    void atRest(busy)
      .then(loadSearchCatalog)
      .then(build)
      .catch((error: unknown) => console.warn('The search index could not be built ahead', error))
      .then(() => {
        waiting = false;
      });
  };

  signedIn.activity.onChange(follow);
  source.guide.onChange(follow);
  source.onCatalogChange(follow);
  reportToTests(() => {
    const progress = built && current() ? built.progress : undefined;
    return { started: progress !== undefined, documents: progress ? progress.documents : 0, done: !!progress?.done };
  });
  follow();
}
