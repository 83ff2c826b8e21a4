import { Lightning } from '@lightningjs/sdk';
import type { PlaybackState, PlayerError } from '../../player';
import type { LiveStream } from '../../xtream';
import { BusyIndicator } from '../components/BusyIndicator';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { loadChannels } from './loadChannels';

export interface PlayerPageSpec extends Lightning.Component.TemplateSpec {
  Banner: { Number: object; Name: object; Help: object };
  Loading: typeof BusyIndicator;
  Failure: { Message: object; Hint: object; Help: object };
}

const BANNER = { w: STAGE_W - 2 * SAFE.x, h: 170 } as const;
const FAILURE_W = 1300;
const BANNER_MS = 5000;

/**
 * Full-screen live TV. The picture is the `<video>` behind the canvas, so this page draws no background: only a
 * channel banner for a few seconds, a loading indicator, or the reason playback failed. Up/Down and the channel
 * keys zap; Back stops playback and returns to the channel list.
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
  readonly Failure = this.getByRef('Failure')!;
  readonly Message = this.Failure.getByRef('Message')!;
  readonly Hint = this.Failure.getByRef('Hint')!;
  private channels: LiveStream[] = [];
  private index = -1;
  private bannerTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void)[] = [];
  private generation = 0;

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
      context.player.on('state', (state: PlaybackState) => this.showState(state)),
      context.player.on('error', (error: PlayerError) => this.showFailure(error)),
      // A TV app in the background must release the decoder; coming back re-tunes the live channel.
      context.platform.onVisibilityChange((hidden) => {
        if (hidden) context.player.stop();
        else if (this.index >= 0) this.playAt(this.index);
      }),
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
    if (context.selection) context.selection.channelId = channel.id;
    this.showFailure(undefined);
    this.showBanner();
    void context.player.load(signedIn.client.urls.live(channel.id, 'm3u8'), { account: signedIn.account });
  }

  private showState(state: PlaybackState): void {
    if (state === 'loading') this.showLoading('Loading…');
    else if (state === 'buffering') this.showLoading('Buffering…');
    else this.showLoading(undefined);
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
