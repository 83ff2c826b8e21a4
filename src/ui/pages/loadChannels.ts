import { ALL_CATEGORIES } from '../../library';
import type { LiveStream } from '../../xtream';
import type { AppContext } from '../context';

/** The id the channels route uses for "All channels". */
export const ALL_CHANNELS = ALL_CATEGORIES;

/**
 * The live channels of a category (`all` for every channel) in the provider's order: the selection being browsed
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
  return catalog.items('live', categoryId).toArray();
}
