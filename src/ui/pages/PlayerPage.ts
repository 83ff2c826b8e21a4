import { Lightning } from '@lightningjs/sdk';
import { digitOf } from '../../platform';
import type { AspectMode, Cue, PlaybackState, PlayerError, ReconnectProgress } from '../../player';
import type { LiveStream } from '../../xtream';
import { BusyIndicator } from '../components/BusyIndicator';
import { Subtitles } from '../components/Subtitles';
import { appContext } from '../context';
import { onLanguageChange, t } from '../i18n';
import { BackPress } from '../player/backPress';
import { DigitEntry } from '../player/DigitEntry';
import { FailurePanel } from '../player/FailurePanel';
import { LiveChannels } from '../player/LiveChannels';
import { MiniList } from '../player/MiniList';
import { leaveToLiveTv, liveProbe } from '../player/navigation';
import { NumberEntry } from '../player/NumberEntry';
import { Osd } from '../player/Osd';
import { OsdTimer, osdChannel } from '../player/osdTimer';
import { failureText, stateCaption } from '../player/playerText';
import { TrackMenu, menuChoices, type MenuChoice } from '../player/TrackMenu';
import { registerProbe } from '../testHook';
import { RADIUS, STAGE_H, STAGE_W } from '../theme';

export interface PlayerPageSpec extends Lightning.Component.TemplateSpec {
  Osd: typeof Osd;
  Subtitles: typeof Subtitles;
  Busy: { Loading: typeof BusyIndicator };
  Failure: typeof FailurePanel;
  Entry: typeof NumberEntry;
  List: typeof MiniList;
  Tracks: typeof TrackMenu;
}

const BUSY = { w: 480, h: 260 } as const;

/** Which overlay has the keys. */
type Overlay = 'none' | 'list' | 'tracks';

/**
 * Full-screen live TV. The picture is behind the canvas (a `<video>`, or a TV's hardware video plane), so this page
 * draws no background: the on-screen display for a few seconds after a change (or on OK/Info), the number being
 * typed, a loading or reconnecting indicator, subtitles, the reason playback failed, and on demand the mini channel
 * list (Left) and the audio/subtitle/picture menu (Right). Up/Down and the channel keys zap; PreviousChannel or a
 * long Back returns to the last channel; Back returns to the Live TV page, whose preview keeps the stream playing.
 */
export class PlayerPage
  extends Lightning.Component<PlayerPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<PlayerPageSpec>
{
  static override _template(): Lightning.Component.Template<PlayerPageSpec> {
    return {
      w: STAGE_W,
      h: STAGE_H,
      Osd: { type: Osd, alpha: 0 },
      Subtitles: { type: Subtitles },
      // A dark backing keeps the caption readable over a bright picture.
      Busy: {
        x: STAGE_W / 2,
        y: STAGE_H / 2,
        mount: 0.5,
        texture: Lightning.Tools.getRoundRect(BUSY.w, BUSY.h, RADIUS, 0, 0, true, 0xffffffff),
        color: 0xa6000000,
        visible: false,
        Loading: { type: BusyIndicator, x: BUSY.w / 2, y: 90, stacked: true },
      },
      Failure: { type: FailurePanel },
      Entry: { type: NumberEntry },
      List: { type: MiniList, signals: { select: '_listSelect', close: '_closeOverlay' } },
      Tracks: { type: TrackMenu, signals: { choose: '_trackChoose', close: '_closeOverlay' } },
    };
  }

  readonly Osd = this.getByRef('Osd')!;
  readonly Subtitles = this.getByRef('Subtitles')!;
  readonly Busy = this.getByRef('Busy')!;
  readonly Loading = this.Busy.getByRef('Loading')!;
  readonly Failure = this.getByRef('Failure')!;
  readonly Entry = this.getByRef('Entry')!;
  readonly List = this.getByRef('List')!;
  readonly Tracks = this.getByRef('Tracks')!;
  private live: LiveChannels | undefined;
  private overlay: Overlay = 'none';
  private generation = 0;
  private unsubscribe: Array<() => void> = [];
  private readonly back = new BackPress();
  private readonly osd = new OsdTimer(() => this.Osd);
  private readonly digits = new DigitEntry({
    onChange: (typed) => this.Entry.showDigits(typed),
    onCommit: (number) => void this.tuneNumber(number),
  });

  /** Called by the route: shows `streamId` from the channel list of `categoryId` full screen. */
  open(categoryId: string, streamId: string): void {
    const generation = ++this.generation;
    const live = this.channels();
    this.listen();
    this.closeOverlay();
    this.showFailure(undefined);
    this.showState('loading');
    live.load(categoryId).then(
      () => {
        if (generation !== this.generation) return;
        const index = live.indexOf(streamId);
        // The preview of the Live TV page may already play this channel: full screen at once, no new load.
        this.changed(live.play(Math.max(0, index), true));
        const player = appContext().player;
        this.showState(player.state, player.reconnect);
        if (player.error) this.showFailure(player.error);
      },
      (error: unknown) => generation === this.generation && this.showFailure(error),
    );
  }

  override _inactive(): void {
    this.generation++;
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = [];
    this.osd.stop();
    this.digits.cancel();
    this.back.reset();
    this.Entry.clear();
    this.closeOverlay();
    this.Subtitles.show(null);
    // The player keeps playing: the Live TV page shows it in its preview window.
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.overlay === 'list') return this.List;
    if (this.overlay === 'tracks') return this.Tracks;
    return undefined;
  }

  override _handleUp(): void {
    this.changed(this.channels().zap(1));
  }

  override _handleDown(): void {
    this.changed(this.channels().zap(-1));
  }

  _handleChannelUp(): void {
    this.changed(this.channels().zap(1));
  }

  _handleChannelDown(): void {
    this.changed(this.channels().zap(-1));
  }

  override _handleEnter(): void {
    if (this.digits.active) this.digits.commit();
    else if (this.Failure.visible) this.changed(this.channels().retry());
    else this.osd.show();
  }

  _handleInfo(): void {
    this.osd.show();
  }

  override _handleLeft(): void {
    this.openList();
  }

  _handleChannelList(): void {
    this.openList();
  }

  override _handleRight(): void {
    this.openTracks();
  }

  _handleGreen(): void {
    this.openTracks();
  }

  _handlePreviousChannel(): void {
    void this.channels()
      .previous()
      .then((channel) => this.changed(channel));
  }

  override _handleBack(event?: KeyboardEvent): void {
    if (this.digits.active) {
      this.digits.cancel();
      return;
    }
    if (this.back.down(Date.now(), Boolean(event && event.repeat)) === 'long') this._handlePreviousChannel();
  }

  override _handleBackRelease(): void {
    if (this.back.up() === 'short') leaveToLiveTv(this.channels().categoryId);
  }

  /** Digits type a channel number (any other unhandled key goes on to the App). */
  override _handleKey(event: KeyboardEvent): boolean {
    const key = appContext().platform.keyMap[event.keyCode];
    const digit = key === undefined ? undefined : digitOf(key);
    if (digit === undefined) return false;
    this.digits.press(digit);
    return true;
  }

  _listSelect(index: number): void {
    const live = this.channels();
    const channel = live.channels[index];
    this.closeOverlay();
    if (channel && channel.id !== (live.current && live.current.id)) this.changed(live.play(index));
  }

  _trackChoose(choice: MenuChoice): void {
    const player = appContext().player;
    if (choice.group === 'audio' && choice.id !== null) player.selectAudio(choice.id);
    else if (choice.group === 'subtitles') player.selectSubtitles(choice.id);
    else if (choice.group === 'aspect') player.setAspect(choice.id as AspectMode);
    this.refreshTracks();
  }

  _closeOverlay(): void {
    this.closeOverlay();
  }

  private channels(): LiveChannels {
    if (!this.live) this.live = new LiveChannels(appContext());
    return this.live;
  }

  private listen(): void {
    if (this.unsubscribe.length > 0) return;
    const player = appContext().player;
    this.unsubscribe = [
      player.on('state', (state: PlaybackState, reconnect?: ReconnectProgress) => this.showState(state, reconnect)),
      player.on('error', (error: PlayerError) => this.showFailure(error)),
      player.on('cue', (cue: Cue | null) => this.Subtitles.show(cue ? cue.text : null)),
      player.on('tracks', () => this.refreshTracks()),
      onLanguageChange(() => this.osd.redraw(this.channels())),
      registerProbe('player.live', () =>
        liveProbe(this.channels(), {
          state: player.state,
          osdVisible: this.osd.visible,
          overlay: this.overlay,
          digits: this.digits.typed,
        }),
      ),
    ];
  }

  /** A new channel is on screen (or tuning): show it at once in the display while it loads. */
  private changed(channel: LiveStream | undefined): void {
    if (!channel) return;
    this.showFailure(undefined);
    this.osd.showChannel(this.channels());
  }

  private async tuneNumber(number: number): Promise<void> {
    const generation = this.generation;
    const match = await this.channels().findNumber(number);
    if (generation !== this.generation) return;
    if (match) this.changed(this.channels().playMatch(match));
    else this.Entry.showMessage(t('player.noChannel', { number }));
  }

  private openList(): void {
    const live = this.channels();
    const rewrite = appContext().rewriteUrl;
    this.osd.hide();
    this.overlay = 'list';
    this.List.open(
      { count: live.channels.length, at: (i) => osdChannel(live.channels[i], i, rewrite) },
      Math.max(0, live.index),
    );
    this._refocus();
  }

  private openTracks(): void {
    const player = appContext().player;
    this.osd.hide();
    this.overlay = 'tracks';
    this.Tracks.open(menuChoices(player.tracks(), player.aspect));
    this._refocus();
  }

  /** Redraws the open track menu (a choice applied, or the stream reported its tracks). */
  private refreshTracks(): void {
    const player = appContext().player;
    if (this.overlay === 'tracks') this.Tracks.open(menuChoices(player.tracks(), player.aspect));
  }

  private closeOverlay(): void {
    this.overlay = 'none';
    this.List.close();
    this.Tracks.close();
    this._refocus();
  }

  private showState(state: PlaybackState, reconnect?: ReconnectProgress): void {
    if (state === 'playing') this.channels().prefetchNext();
    const caption = stateCaption(state, reconnect);
    this.Busy.visible = caption !== undefined && !this.Failure.visible;
    if (caption !== undefined) this.Loading.caption = caption;
    if (state !== 'playing' && state !== 'paused') this.Subtitles.show(null);
  }

  private showFailure(error: unknown): void {
    this.Failure.show(error === undefined ? undefined : failureText(error));
    if (error === undefined) return;
    // OK now means Retry: nothing may stand between the viewer and the explanation.
    this.Busy.visible = false;
    this.closeOverlay();
  }
}
