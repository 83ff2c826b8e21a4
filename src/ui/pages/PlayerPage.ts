import { Lightning } from '@lightningjs/sdk';
import {
  describeState,
  liveSource,
  preferredLiveFormat,
  type Cue,
  type PlaybackState,
  type PlayerError,
  type ReconnectProgress,
} from '../../player';
import type { LiveStream } from '../../xtream';
import { BusyIndicator } from '../components/BusyIndicator';
import { Subtitles } from '../components/Subtitles';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { loadChannels } from './loadChannels';

export interface PlayerPageSpec extends Lightning.Component.TemplateSpec {
  Banner: { Number: object; Name: object; Help: object };
  Loading: typeof BusyIndicator;
  Subtitles: typeof Subtitles;
  Failure: { Message: object; Hint: object; Help: object };
}

const BANNER = { w: STAGE_W - 2 * SAFE.x, h: 170 } as const;
const FAILURE_W = 1300;
const BANNER_MS = 5000;

/**
 * Full-screen live TV. The picture is behind the canvas (a `<video>`, or a TV's hardware video plane), so this page
 * draws no background: only a channel banner for a few seconds, a loading or reconnecting indicator, subtitles, or
 * the reason playback failed. Up/Down and the channel keys zap; Back stops playback and returns to the channel list.
 * Going to the background and back is the player's business (it releases and re-tunes the stream).
 */
export class PlayerPage
  extends Lightning.Component<PlayerPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<PlayerPageSpec>
{
  static override _template(): Lightning.Component.Template<PlayerPageSpec> {
    return {
      w: STAGE_W,
      h: STAGE_H,
      Banner: {
        x: SAFE.x,
        y: STAGE_H - SAFE.y - BANNER.h,
        w: BANNER.w,
        h: BANNER.h,
        rect: true,
        color: COLORS.banner,
        alpha: 0,
        Number: { x: 48, y: 36, text: textStyle('', FONT.heading, COLORS.textMuted) },
        Name: {
          x: 200,
          y: 30,
          text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: BANNER.w - 260, maxLines: 1 }),
        },
        Help: {
          x: 200,
          y: 108,
          text: textStyle('Up/Down: change channel   OK: info   Back: channel list', FONT.small, COLORS.textMuted),
        },
      },
      Subtitles: { type: Subtitles },
      Loading: { type: BusyIndicator, x: STAGE_W / 2, y: STAGE_H / 2, stacked: true, visible: false },
      Failure: {
        x: (STAGE_W - FAILURE_W) / 2,
        y: 300,
        w: FAILURE_W,
        h: 400,
        rect: true,
        color: COLORS.surface,
        visible: false,
        Message: {
          x: 60,
          y: 60,
          text: textStyle('', FONT.heading, COLORS.error, {
            wordWrapWidth: FAILURE_W - 120,
            maxLines: 2,
            lineHeight: 54,
          }),
        },
        Hint: {
          x: 60,
          y: 190,
          text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: FAILURE_W - 120, maxLines: 3, lineHeight: 46 }),
        },
        Help: {
          x: 60,
          y: 320,
          text: textStyle('Back: channel list   Up/Down: another channel', FONT.small, COLORS.textMuted),
        },
      },
    };
  }

  readonly Banner = this.getByRef('Banner')!;
  readonly Number = this.Banner.getByRef('Number')!;
  readonly Name = this.Banner.getByRef('Name')!;
  readonly Loading = this.getByRef('Loading')!;
  readonly Subtitles = this.getByRef('Subtitles')!;
  readonly Failure = this.getByRef('Failure')!;
  readonly Message = this.Failure.getByRef('Message')!;
  readonly Hint = this.Failure.getByRef('Hint')!;
  private channels: LiveStream[] = [];
  private index = -1;
  private bannerTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void)[] = [];
  private generation = 0;
  /** The channel whose neighbour is being prefetched (a rebuffer must not start it over). */
  private prefetchedFor = -1;

  /** Called by the route: plays `streamId` from the channel list of `categoryId`. */
  open(categoryId: string, streamId: string): void {
    const generation = ++this.generation;
    this.listen();
    this.showFailure(undefined);
    this.showLoading('Loading…');
    loadChannels(appContext(), categoryId).then(
      (channels) => {
        if (generation !== this.generation) return;
        this.channels = channels;
        this.playAt(
          Math.max(
            0,
            channels.findIndex((c) => c.id === streamId),
          ),
        );
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.showLoading(undefined);
        this.showFailure(describeError(error));
      },
    );
  }

  override _inactive(): void {
    this.generation++;
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = [];
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    this.Subtitles.show(null);
    appContext().player.stop();
  }

  override _handleUp(): void {
    this.zap(1);
  }

  override _handleDown(): void {
    this.zap(-1);
  }

  _handleChannelUp(): void {
    this.zap(1);
  }

  _handleChannelDown(): void {
    this.zap(-1);
  }

  override _handleEnter(): void {
    this.showBanner();
  }

  _handleInfo(): void {
    this.showBanner();
  }

  override _handleBack(): boolean {
    appContext().player.stop();
    // The router takes the viewer back to the channel list, which focuses the channel that was playing.
    return false;
  }

  private listen(): void {
    if (this.unsubscribe.length > 0) return;
    const context = appContext();
    this.unsubscribe = [
      context.player.on('state', (state: PlaybackState, reconnect?: ReconnectProgress) =>
        this.showState(state, reconnect),
      ),
      context.player.on('error', (error: PlayerError) => this.showFailure(error)),
      context.player.on('cue', (cue: Cue | null) => this.Subtitles.show(cue ? cue.text : null)),
    ];
  }

  private zap(step: number): void {
    if (this.channels.length === 0) return;
    const count = this.channels.length;
    this.playAt((((this.index + step) % count) + count) % count);
  }

  private playAt(index: number): void {
    const context = appContext();
    const channel = this.channels[index];
    const signedIn = context.signedIn;
    if (!channel || !signedIn) return;
    this.index = index;
    this.prefetchedFor = -1;
    if (context.selection) context.selection.channelId = channel.id;
    this.showFailure(undefined);
    this.showBanner();
    // TVs ask for the raw MPEG-TS their native players like, browsers for HLS; the other format is the fallback.
    const format = preferredLiveFormat(context.platform.media());
    const source = liveSource(signedIn.client.urls, channel.id, format, { title: channel.name });
    void context.player.load(source, { account: signedIn.account });
  }

  private showState(state: PlaybackState, reconnect?: ReconnectProgress): void {
    if (state === 'playing') this.prefetchNext();
    const busy = state === 'loading' || state === 'buffering' || state === 'reconnecting';
    this.showLoading(busy ? describeState(state, reconnect) : undefined);
    if (state !== 'playing' && state !== 'paused') this.Subtitles.show(null);
  }

  /**
   * Warms the next channel's playlist while this one plays, so the usual zap (channel up) starts faster. On an Xtream
   * panel a warmed channel holds one of the account's connections, so only when one more stays free beyond this
   * stream and the warmed one (a two-connection account does not prefetch).
   */
  private prefetchNext(): void {
    const context = appContext();
    const signedIn = context.signedIn;
    const next = this.channels[(this.index + 1) % Math.max(1, this.channels.length)];
    if (!signedIn || !next || this.channels.length < 2 || this.prefetchedFor === this.index) return;
    this.prefetchedFor = this.index;
    const account = signedIn.account;
    const spare = (account.maxConnections ?? 1) - (account.activeConnections ?? 0) - 1;
    const format = preferredLiveFormat(context.platform.media());
    void context.player.prefetch([liveSource(signedIn.client.urls, next.id, format)], Math.min(1, spare - 1));
  }

  private showLoading(caption: string | undefined): void {
    this.Loading.visible = caption !== undefined;
    if (caption !== undefined) this.Loading.caption = caption;
  }

  private showFailure(error: { message: string; hint: string } | undefined): void {
    this.Failure.visible = error !== undefined;
    if (!error) return;
    this.showLoading(undefined);
    this.Message.text = error.message;
    this.Hint.text = error.hint;
  }

  private showBanner(): void {
    const channel = this.channels[this.index];
    if (!channel) return;
    this.Number.text = String(channel.num ?? this.index + 1);
    this.Name.text = channel.name;
    this.Banner.setSmooth('alpha', 1, { duration: 0.2 });
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    this.bannerTimer = setTimeout(() => this.Banner.setSmooth('alpha', 0, { duration: 0.5 }), BANNER_MS);
  }
}
