/**
 * What the Live TV page reads from the signed-in account: the catalogue's categories with the viewer's own lists,
 * their channels, favourites and history in the user-data store, and now/next for the rows.
 */
import type { Catalog } from '../../library';
import type { AccountUserData } from '../../store';
import type { LiveStream } from '../../xtream';
import type { ChannelRowContext } from '../components/ChannelRow';
import type { AppContext } from '../context';
import { t } from '../i18n';
import { formatClock } from '../progressText';
import { channelsIn, type OwnLists } from '../pages/loadChannels';
import { ALL_CHANNELS, composeCategories, type LiveCategory } from './categories';
import { indexNowAndNext, selectNowNext, type ProgrammePair, type ShownNowNext } from './nowNext';

/** Answers kept from the short EPG of channels the focus rested on (the guide index lacks them). */
const KEPT_ANSWERS = 200;

/** The user data of the signed-in account, or undefined when it has none stored (storage refused the account). */
export function accountData(context: AppContext): AccountUserData | undefined {
  const signedIn = context.signedIn;
  if (!signedIn || !context.store) return undefined;
  try {
    return context.store.user.forAccount(signedIn.stored.id);
  } catch {
    return undefined;
  }
}

/** The category column for a catalogue and the viewer's lists, in the current language. */
export function liveCategories(catalog: Catalog, own: OwnLists): LiveCategory[] {
  return composeCategories(
    catalog.categories('live'),
    {
      all: channelsIn(catalog, ALL_CHANNELS, own).channels.length,
      favourites: channelsIn(catalog, 'favourites', own).channels.length,
      recent: channelsIn(catalog, 'recent', own).channels.length,
    },
    {
      all: t('live.category.all'),
      favourites: t('live.category.favourites'),
      recent: t('live.category.recent'),
    },
  );
}

/** What an empty channel list says (a locked category counts as empty until the PIN is entered). */
export function emptyMessage(category: LiveCategory): { message: string; hint: string } {
  if (category.locked) return { message: t('live.locked'), hint: t('parental.lockedHint') };
  if (category.kind === 'favourites') {
    return { message: t('live.empty.favourites'), hint: t('live.empty.favouritesHint') };
  }
  if (category.kind === 'recent') return { message: t('live.empty.recent'), hint: t('live.empty.recentHint') };
  if (category.kind === 'all') return { message: t('live.empty.all'), hint: t('live.empty.allHint') };
  return { message: t('live.empty.category'), hint: t('live.empty.categoryHint') };
}

/** Adds or removes a channel from the account's favourites; resolves with the toast that says what happened. */
export async function toggleFavourite(context: AppContext, channel: LiveStream): Promise<string> {
  const data = accountData(context);
  if (!data) return t('live.favouriteFailed');
  try {
    const added = await data.toggleFavourite('live', channel.id);
    return t(added ? 'live.favouriteAdded' : 'live.favouriteRemoved', { name: channel.name });
  } catch {
    return t('live.favouriteFailed');
  }
}

/** The "next" line of a row or the details: "Next 21:00  Weather". */
export function nextLine(shown: ShownNowNext): string {
  return shown.next ? t('live.next', { time: formatClock(shown.next.start), title: shown.next.title }) : '';
}

/** Now/next of channels for the rows and the details: the guide index first, else a kept short-EPG answer. */
export class LiveGuide {
  private readonly kept = new Map<string, ProgrammePair>();
  private favourites: Record<string, true> = {};

  constructor(private readonly context: AppContext) {}

  /** Takes the viewer's favourites (ids) for the rows' stars. */
  setFavourites(ids: readonly string[]): void {
    const next: Record<string, true> = {};
    ids.forEach((id) => {
      next[id] = true;
    });
    this.favourites = next;
  }

  isFavourite(channelId: string): boolean {
    return this.favourites[channelId] === true;
  }

  /** What is on `channel` at `time`, without waiting. */
  nowNext(channel: LiveStream, time: number = Date.now()): ShownNowNext {
    const signedIn = this.context.signedIn;
    const pair = signedIn ? indexNowAndNext(signedIn.source.guide, channel, time) : undefined;
    return selectNowNext(pair ?? this.kept.get(channel.id), time);
  }

  /**
   * Asks the guide (and, for channels it lacks, the panel's short EPG) about the channel the focus rests on;
   * resolves true when the answer is new to the rows.
   */
  async fetch(channel: LiveStream): Promise<boolean> {
    const signedIn = this.context.signedIn;
    if (!signedIn || indexNowAndNext(signedIn.source.guide, channel, Date.now())) return false;
    try {
      const answer = await signedIn.source.guide.nowAndNext(channel);
      if (answer.from !== 'short-epg') return false;
      if (this.kept.size >= KEPT_ANSWERS) this.kept.clear();
      this.kept.set(channel.id, { now: answer.now, next: answer.next });
      return true;
    } catch {
      return false;
    }
  }

  /** What the rows of a channel list share. */
  rowContext(): ChannelRowContext {
    const rewrite = this.context.rewriteUrl;
    return {
      logoUrl: (channel) => (channel.logo && rewrite ? rewrite(channel.logo) : channel.logo),
      nowNext: (channel) => this.nowNext(channel),
      isFavourite: (channel) => this.isFavourite(channel.id),
      nextLine,
      noInfo: () => t('live.noInfo'),
    };
  }
}
