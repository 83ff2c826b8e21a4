/**
 * What OK and the remove key do on a card of the home rows: a movie resumes at its saved position, an episode
 * resumes with the rest of its series after it, a channel plays full screen (zapping through the row's channels);
 * removing asks first, then forgets the item and says so.
 */
import { Router } from '@lightningjs/sdk';
import type { AppContext } from '../context';
import { t, type StringKey } from '../i18n';
import { setPlayRequest, watchPath } from '../library/playRequest';
import { RECENT_CHANNELS } from '../live/categories';
import { channelsToZap, playRequestOf, removeItem } from './rowData';
import type { RowItem } from './rowItems';

/** Plays `item` of a row holding `rowItems`; a title the catalogue lost says so instead. */
export async function playRowItem(context: AppContext, item: RowItem, rowItems: readonly RowItem[]): Promise<void> {
  if (item.kind === 'channel') {
    const channels = channelsToZap(context, rowItems, item.id);
    context.selection = { categoryId: RECENT_CHANNELS, channels, channelId: item.id };
    Router.navigate(`play/${RECENT_CHANNELS}/${encodeURIComponent(item.id)}`);
    return;
  }
  const request = await playRequestOf(context, item).catch(() => undefined);
  if (!request) {
    context.toast(t('home.playFailed', { title: item.title }));
    return;
  }
  setPlayRequest(request);
  Router.navigate(watchPath(request.kind, request.id));
}

/** The question asked before removing `item`. */
export function removalQuestion(item: RowItem): string {
  const key: StringKey = item.kind === 'channel' ? 'home.remove.channel' : 'home.remove.continue';
  return t(key, { title: item.title });
}

/** Removes `item` from its row and tells the viewer how it went; resolves once stored (or failed). */
export async function removeRowItem(context: AppContext, item: RowItem): Promise<void> {
  try {
    await removeItem(context, item);
    context.toast(t('home.removed', { title: item.title }));
  } catch {
    context.toast(t('home.removeFailed', { title: item.title }));
  }
}
