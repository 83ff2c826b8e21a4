/**
 * What OK on a search hit does: a channel, or a programme on air, plays full screen (zapping then walks the
 * channel's category); a past programme plays from the channel's archive; a future one says when it starts; a
 * movie or a series opens its page.
 */
import { Router } from '@lightningjs/sdk';
import type { Catalog } from '../../library';
import type { LiveStream } from '../../xtream';
import type { AppContext } from '../context';
import { archiveRoute, requestArchive } from '../guide/archive';
import { formatClock, formatDay } from '../guide/timeText';
import { t } from '../i18n';
import { accountData } from '../live/liveData';
import { ALL_CHANNELS, channelsIn, ownLists } from '../pages/loadChannels';
import type { ProgrammeHit } from '../../library';
import type { SearchTarget } from './resultEntries';

/** The route and channel list that play `channel`: its own category when it is listed there, else all channels. */
function playChannel(context: AppContext, catalog: Catalog, channel: LiveStream): void {
  const own = ownLists(context);
  const ids = [channel.categoryId, ALL_CHANNELS].filter((id): id is string => id !== undefined);
  for (const categoryId of ids) {
    const channels = channelsIn(catalog, categoryId, own).channels;
    if (!channels.some((c) => c.id === channel.id)) continue;
    context.selection = { categoryId, channels, channelId: channel.id };
    const data = accountData(context);
    if (data) data.markWatched('live', channel.id).catch(() => undefined);
    Router.navigate(`play/${encodeURIComponent(categoryId)}/${encodeURIComponent(channel.id)}`);
    return;
  }
  context.toast(t('search.channelGone'));
}

/** A past programme: handed to the archive player with its full guide entry when the guide still has it. */
function playArchive(context: AppContext, channel: LiveStream, hit: ProgrammeHit): void {
  const guide = context.signedIn?.source.guide.index;
  const found = guide ? guide.programmesBetween(hit.channelId, hit.start, hit.start + 1) : [];
  const programme = found.filter((p) => p.start === hit.start)[0];
  if (!programme) {
    context.toast(t('search.noCatchup'));
    return;
  }
  const request = { channel, programme };
  requestArchive(request);
  Router.navigate(archiveRoute(request));
}

/** Does what OK on a hit does; see the file comment. */
export function openTarget(context: AppContext, catalog: Catalog, target: SearchTarget, now: number): void {
  switch (target.kind) {
    case 'channel':
      playChannel(context, catalog, target.channel);
      return;
    case 'movie':
      Router.navigate(`movie/${encodeURIComponent(target.id)}`);
      return;
    case 'series':
      Router.navigate(`series/${encodeURIComponent(target.id)}`);
      return;
    case 'query':
    case 'more':
    case 'clearRecent':
      return;
    case 'programme': {
      const { channel, programme } = target;
      // Judged again now: the programme may have started or ended since the results were drawn.
      if (programme.start <= now && now < programme.stop) playChannel(context, catalog, channel);
      else if (programme.start > now) {
        const day = formatDay(programme.start, now);
        const time = formatClock(programme.start);
        context.toast(t('search.startsToast', { title: programme.title, day, time, channel: channel.name }));
      } else playArchive(context, channel, programme);
    }
  }
}
