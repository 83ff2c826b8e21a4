/**
 * What the library pages read from the signed-in account: the catalogue (waiting for its first load), the viewer's
 * data for the account (favourites, resume positions), and poster addresses the browser may load.
 */
import type { Catalog, MediaKind } from '../../library';
import type { AccountUserData } from '../../store';
import type { AppContext } from '../context';

/** Poster kinds the grids show. */
export type LibraryKind = 'movie' | 'series';

/**
 * The catalogue of the signed-in account (the newer one after a background refresh) once `kind` is in it, or every
 * kind when none is named: movies and series load behind the channels, and asking for them starts them now.
 */
export async function loadCatalog(context: AppContext, kind?: MediaKind): Promise<Catalog> {
  const signedIn = context.signedIn;
  if (!signedIn) throw new Error('Not signed in');
  const loaded = await (kind ? signedIn.activity.section(kind) : signedIn.activity.completeCatalog());
  return signedIn.source.catalog ?? loaded;
}

/**
 * The catalogue if `kind` is already in it (details pages paint from it at once); without `kind`, whatever part is
 * loaded (the home rows draw what they can and again as kinds arrive).
 */
export function catalogNow(context: AppContext, kind?: MediaKind): Catalog | undefined {
  const catalog = context.signedIn ? context.signedIn.source.catalog : undefined;
  return catalog && (!kind || catalog.isLoaded(kind)) ? catalog : undefined;
}

/** The viewer's data of the signed-in account; undefined before the store is open. */
export function userData(context: AppContext): AccountUserData | undefined {
  const signedIn = context.signedIn;
  return signedIn && context.store ? context.store.user.forAccount(signedIn.stored.id) : undefined;
}

/** An image address the browser may load: through the emulator's proxy when there is one. */
export function imageUrl(context: AppContext, url: string | undefined): string | undefined {
  if (!url) return undefined;
  return context.rewriteUrl ? context.rewriteUrl(url) : url;
}
