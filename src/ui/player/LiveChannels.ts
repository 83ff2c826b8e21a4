/**
 * The channels the full-screen player zaps through and what it tunes: the list being browsed (the Live TV page's
 * selection, or the category loaded from the catalogue when the route is opened directly), the channel on screen,
 * the previous-channel memory and the prefetch of the next channel. Lightning-free; the page draws.
 */
import { ALL_CATEGORIES } from '../../library';
import { channelsIn, ownLists } from '../pages/loadChannels';
import type { LiveStream } from '../../xtream';
import { playbackAccount, type AppContext } from '../context';
import { liveSourceFor } from '../playback';
import { ChannelMemory, channelNumber, indexOfNumber, wrapIndex } from './zapping';

/** A channel found by its number, and the list it was found in. */
export interface NumberMatch {
  categoryId: string;
  channels: LiveStream[];
  index: number;
}

/** See the file comment. */
export class LiveChannels {
  private list: LiveStream[] = [];
  private category = ALL_CATEGORIES;
  private position = -1;
  private readonly memory = new ChannelMemory();
  /** The channel whose neighbour is being prefetched (a rebuffer must not start it over). */
  private prefetchedFor = -1;

  constructor(private readonly context: AppContext) {}

  get channels(): readonly LiveStream[] {
    return this.list;
  }

  get categoryId(): string {
    return this.category;
  }

  get index(): number {
    return this.position;
  }

  /** The channel on screen (or being tuned). */
  get current(): LiveStream | undefined {
    return this.list[this.position];
  }

  /** The number the current channel shows. */
  get currentNumber(): number | undefined {
    const channel = this.current;
    return channel ? channelNumber(channel, this.position) : undefined;
  }

  /**
   * The channels of `categoryId` (`all` for every channel): the Live TV page's selection when it is that category,
   * else the catalogue's list. A category the catalogue does not know (e.g. favourites, opened from an old
   * address) falls back to all channels.
   */
  async load(categoryId: string): Promise<void> {
    const selection = this.context.selection;
    if (selection && selection.categoryId === categoryId && selection.channels.length > 0) {
      this.setList(categoryId, selection.channels);
      return;
    }
    const listed = await this.catalogList(categoryId);
    if (listed.length > 0 || categoryId === ALL_CATEGORIES) this.setList(categoryId, listed);
    else this.setList(ALL_CATEGORIES, await this.catalogList(ALL_CATEGORIES));
  }

  /** The index of channel `id` in the list, or -1. */
  indexOf(id: string): number {
    for (let i = 0; i < this.list.length; i++) if (this.list[i].id === id) return i;
    return -1;
  }

  /** Whether the player already plays (or is tuning) channel `id`, e.g. in the Live TV page's preview window. */
  isPlaying(id: string): boolean {
    const player = this.context.player;
    const source = player.source;
    return source !== undefined && source.kind === 'live' && source.id === id && player.state !== 'idle';
  }

  /**
   * Makes channel `index` the one on screen and tunes it, unless the player already plays it (`reuse`): then the
   * picture only goes full screen, without a new load.
   */
  play(index: number, reuse = false): LiveStream | undefined {
    const channel = this.list[index];
    const signedIn = this.context.signedIn;
    if (!channel || !signedIn) return undefined;
    this.position = index;
    this.memory.watch(channel.id);
    this.remember(channel);
    const player = this.context.player;
    player.setRect(undefined);
    if (reuse && this.isPlaying(channel.id) && player.state !== 'error') return channel;
    this.prefetchedFor = -1;
    // The viewer's live format (by default MPEG-TS on a TV, HLS in a browser); the other format is the fallback.
    void player.load(liveSourceFor(this.context, channel), playbackAccount(signedIn));
    return channel;
  }

  /** Tunes the channel `step` away in the list, wrapping around. */
  zap(step: number): LiveStream | undefined {
    if (this.list.length === 0) return undefined;
    return this.play(wrapIndex(Math.max(0, this.position), step, this.list.length));
  }

  /** Tunes the channel on screen again (Retry after an error). */
  retry(): LiveStream | undefined {
    return this.play(this.position);
  }

  /** Tunes the channel watched before this one; undefined when there is none (or it left the lists). */
  async previous(): Promise<LiveStream | undefined> {
    const id = this.memory.previous;
    if (id === undefined) return undefined;
    let index = this.indexOf(id);
    if (index < 0) {
      const all = await this.catalogList(ALL_CATEGORIES);
      index = all.findIndex((c) => c.id === id);
      if (index < 0) return undefined;
      this.setList(ALL_CATEGORIES, all);
    }
    return this.play(index);
  }

  /** The channel with `number`: in the list being zapped first, else among all channels. */
  async findNumber(number: number): Promise<NumberMatch | undefined> {
    const here = indexOfNumber(this.list, number);
    if (here >= 0) return { categoryId: this.category, channels: this.list, index: here };
    const all = await this.catalogList(ALL_CATEGORIES);
    const there = indexOfNumber(all, number);
    return there >= 0 ? { categoryId: ALL_CATEGORIES, channels: all, index: there } : undefined;
  }

  /** Tunes a channel found by number, switching to the list it was found in. */
  playMatch(match: NumberMatch): LiveStream | undefined {
    if (match.channels !== this.list) this.setList(match.categoryId, match.channels);
    return this.play(match.index);
  }

  /**
   * Warms the next channel's playlist while this one plays, so the usual zap (channel up) starts faster. On an Xtream
   * panel a warmed channel holds one of the account's connections, so only when one more stays free beyond this
   * stream and the warmed one (a two-connection account does not prefetch).
   */
  prefetchNext(): void {
    const signedIn = this.context.signedIn;
    const next = this.list[wrapIndex(this.position, 1, this.list.length)];
    if (!signedIn || !next || this.list.length < 2 || this.prefetchedFor === this.position) return;
    this.prefetchedFor = this.position;
    const account = signedIn.account;
    const spare = (account.maxConnections ?? 1) - (account.activeConnections ?? 0) - 1;
    void this.context.player.prefetch([liveSourceFor(this.context, next)], Math.min(1, spare - 1));
  }

  private setList(categoryId: string, channels: LiveStream[]): void {
    this.category = categoryId;
    this.list = channels;
    this.prefetchedFor = -1;
  }

  /** Keeps the Live TV page's selection on the channel on screen, so Back lands on it. */
  private remember(channel: LiveStream): void {
    const selection = this.context.selection;
    if (selection && selection.categoryId === this.category) {
      selection.channels = this.list;
      selection.channelId = channel.id;
    } else {
      this.context.selection = { categoryId: this.category, channels: this.list, channelId: channel.id };
    }
  }

  private async catalogList(categoryId: string): Promise<LiveStream[]> {
    const signedIn = this.context.signedIn;
    if (!signedIn) throw new Error('Not signed in');
    const loaded = await signedIn.activity.catalog();
    // After a background refresh the source holds the newer catalogue.
    const catalog = signedIn.source.catalog ?? loaded;
    // The same listing as the Live TV page: favourites and recently watched stay zappable, locked channels stay out.
    return channelsIn(catalog, categoryId, ownLists(this.context)).channels;
  }
}
