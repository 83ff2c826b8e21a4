import type { LiveStream } from '../../xtream';
import type { AppContext } from '../context';

/** The id the channels route uses for "All channels". */
export const ALL_CHANNELS = 'all';

/** The live channels of a category (`all` for every channel), from the cache when it holds that category. */
export function loadChannels(context: AppContext, categoryId: string): Promise<LiveStream[]> {
  const selection = context.selection;
  if (selection && selection.categoryId === categoryId) return Promise.resolve(selection.channels);
  const signedIn = context.signedIn;
  if (!signedIn) return Promise.reject(new Error('Not signed in'));
  return signedIn.client.liveStreams(categoryId === ALL_CHANNELS ? undefined : categoryId);
}
