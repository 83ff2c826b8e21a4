import type { Catalog, CategoryRules } from '../../library';
import type { LiveStream } from '../../xtream';
import type { AppContext } from '../context';
import { ALL_CHANNELS, FAVOURITE_CHANNELS, RECENT_CHANNELS } from '../live/categories';
import { applyStoredCategoryRules } from '../parental/parentalState';
import { applyGuideOffsets } from '../settings/accountSettings';

export { ALL_CHANNELS, FAVOURITE_CHANNELS, RECENT_CHANNELS } from '../live/categories';

/** The viewer's own lists a channel listing needs: favourite ids in their order, watched ids newest first. */
export interface OwnLists {
  favourites: readonly string[];
  recent: readonly string[];
}

/** The channels of a Live TV category, and whether the category itself is locked (then it lists none). */
export interface ChannelListing {
  channels: LiveStream[];
  locked: boolean;
}

function known(catalog: Catalog, ids: readonly string[]): LiveStream[] {
  const out: LiveStream[] = [];
  ids.forEach((id) => {
    const channel = catalog.byId('live', id);
    if (channel && !catalog.isLocked('live', id)) out.push(channel);
  });
  return out;
}

/**
 * The channels of a category id of the Live TV column: `all` (every listed channel), `favourites` (in the viewer's
 * order), `recent` (newest first) or a provider category. Channels of locked categories appear nowhere without
 * the PIN: a locked category lists nothing and says so, and the three own lists leave such channels out.
 */
export function channelsIn(catalog: Catalog, categoryId: string, own: OwnLists): ChannelListing {
  if (categoryId === FAVOURITE_CHANNELS) return { channels: known(catalog, own.favourites), locked: false };
  if (categoryId === RECENT_CHANNELS) return { channels: known(catalog, own.recent), locked: false };
  if (categoryId !== ALL_CHANNELS) {
    const category = catalog.category('live', categoryId);
    if (category && category.locked) return { channels: [], locked: true };
    return { channels: catalog.items('live', categoryId).toArray(), locked: false };
  }
  const list = catalog.items('live', ALL_CHANNELS);
  const rules: CategoryRules = catalog.categoryRules('live');
  // Nothing locked (no locks, adult categories open): the listing as it is.
  if ((rules.locked ?? []).length === 0 && !rules.lockAdult) return { channels: list.toArray(), locked: false };
  const channels: LiveStream[] = [];
  for (let p = 0; p < list.length; p++) if (!list.isLocked(p)) channels.push(list.at(p) as LiveStream);
  return { channels, locked: false };
}

/** The viewer's favourites and recently watched channels of the signed-in account (empty without stored data). */
export function ownLists(context: AppContext): OwnLists {
  const signedIn = context.signedIn;
  const store = context.store;
  if (!signedIn || !store) return { favourites: [], recent: [] };
  try {
    const data = store.user.forAccount(signedIn.stored.id);
    return { favourites: data.favourites('live'), recent: data.recentlyWatched('live').map((entry) => entry.id) };
  } catch {
    // The account could not be saved (e.g. storage refused it): it has no favourites or history yet.
    return { favourites: [], recent: [] };
  }
}

/**
 * The live channels of a category (`all`, `favourites`, `recent` or a provider id): the selection being browsed
 * when it is that category, else the signed-in account's catalogue (cached, or loading).
 */
export async function loadChannels(context: AppContext, categoryId: string): Promise<LiveStream[]> {
  const selection = context.selection;
  if (selection && selection.categoryId === categoryId) return selection.channels;
  const signedIn = context.signedIn;
  if (!signedIn) throw new Error('Not signed in');
  const loaded = await signedIn.activity.catalog();
  // After a background refresh the source holds the newer catalogue.
  const catalog = signedIn.source.catalog ?? loaded;
  // The guide may be the first page to read the catalogue: the viewer's rules and guide offsets apply before it
  // lists channels.
  applyStoredCategoryRules(context, catalog);
  applyGuideOffsets(context, catalog);
  return channelsIn(catalog, categoryId, ownLists(context)).channels;
}
