/**
 * What the search page asks of the session while it is open: the catalogue (every kind, asked for now rather than
 * at the next quiet moment) handed to the index as it arrives; and what it tells browser tests. Lightning-free.
 */
import type { Catalog } from '../../library';
import type { SignedIn } from '../context';
import type { SearchEntry } from './resultEntries';
import type { SearchCatalog } from './searchCatalog';

/** The rows and the index as the page's test probe reports them. */
export function describeEntries(entries: readonly SearchEntry[], search: SearchCatalog | undefined) {
  const progress = search ? search.progress : { done: false, documents: 0 };
  const groups = entries.filter((e) => e.type === 'header').map((e) => e.group);
  return { entries: entries.length, groups, indexed: progress.documents, indexDone: progress.done };
}

/**
 * Makes `search` follow the catalogue of `signedIn`: the channels first, then movies and series once they are in.
 * `wanted()` says whether the page still shows this index (it may have been left, or the account changed). Resolves
 * false when the catalogue could not be loaded (the home page and Live TV say why; search stays empty).
 */
export async function feedSearch(signedIn: SignedIn, search: SearchCatalog, wanted: () => boolean): Promise<boolean> {
  const follow = (loaded: Catalog): void => {
    if (!wanted()) return;
    search.update({ catalog: signedIn.source.catalog ?? loaded, guide: signedIn.source.guide });
  };
  try {
    follow(await signedIn.activity.catalog());
    follow(await signedIn.activity.completeCatalog());
    return true;
  } catch {
    return false;
  }
}
