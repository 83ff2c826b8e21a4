import { Lightning } from '@lightningjs/sdk';
import type { PlaybackState, PlayerError } from '../../player';
import { BusyIndicator } from '../components/BusyIndicator';
import { appContext, playbackAccount } from '../context';
import { describeError } from '../describeError';
import { archiveRequestFor, archiveSource, type ArchiveRequest } from '../guide/archive';
import { SeekBar } from '../guide/SeekBar';
import { formatTimeRange } from '../guide/timeText';
import { t } from '../i18n';
import { registerProbe } from '../testHook';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface ArchivePlayerPageSpec extends Lightning.Component.TemplateSpec {
  Panel: { Title: object; Meta: object; Bar: typeof SeekBar; Help: object; State: object };
  Loading: typeof BusyIndicator;
  Failure: { Message: object; Hint: object };
}

const PANEL = { w: STAGE_W - 2 * SAFE.x, h: 300 } as const;
const INNER_W = PANEL.w - 96;
/** How far Left/Right seek. */
const SEEK_S = 30;
/** The panel fades this long after the last key while the programme plays. */
const PANEL_MS = 5000;

/**
 * A past programme played from the channel's archive, full screen: its title, time and channel, a seek bar (Left and
 * Right jump 30 seconds), OK or PlayPause to pause, Back to the guide. The picture is behind the canvas, as for live TV.
 */
export class ArchivePlayerPage
  extends Lightning.Component<ArchivePlayerPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<ArchivePlayerPageSpec>
{
  static override _template(): Lightning.Component.Template<ArchivePlayerPageSpec> {
    return {
      w: STAGE_W,
      h: STAGE_H,
      Panel: {
        x: SAFE.x,
        y: STAGE_H - SAFE.y - PANEL.h,
        w: PANEL.w,
        h: PANEL.h,
        rect: true,
        color: COLORS.banner,
        Title: {
          x: 48,
          y: 28,
          text: textStyle('', FONT.heading, COLORS.text, {
            maxLines: 1,
            wordWrap: false,
            textOverflow: 'ellipsis',
            wordWrapWidth: INNER_W,
          }),
        },
        Meta: {
          x: 48,
          y: 90,
          text: textStyle('', FONT.small, COLORS.textMuted, { maxLines: 1, wordWrapWidth: INNER_W }),
        },
        Bar: { type: SeekBar, x: 48, y: 132, w: INNER_W },
        Help: { x: 48, y: 236, text: textStyle('', FONT.small, COLORS.textMuted) },
        State: { x: 48 + INNER_W, y: 236, mountX: 1, text: textStyle('', FONT.small, COLORS.text) },
      },
      Loading: { type: BusyIndicator, x: STAGE_W / 2, y: STAGE_H / 2 - 120, stacked: true, visible: false },
      Failure: {
        x: (STAGE_W - 1300) / 2,
        y: 240,
        w: 1300,
        h: 300,
        rect: true,
        color: COLORS.surface,
        visible: false,
        Message: {
          x: 60,
          y: 60,
          text: textStyle('', FONT.heading, COLORS.error, { wordWrapWidth: 1180, maxLines: 2, lineHeight: 54 }),
        },
        Hint: { x: 60, y: 190, text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: 1180, maxLines: 2 }) },
      },
    };
  }

  readonly Panel = this.getByRef('Panel')!;
  readonly Title = this.Panel.getByRef('Title')!;
  readonly Meta = this.Panel.getByRef('Meta')!;
  readonly Bar = this.Panel.getByRef('Bar')!;
  readonly Help = this.Panel.getByRef('Help')!;
  readonly State = this.Panel.getByRef('State')!;
  readonly Loading = this.getByRef('Loading')!;
  readonly Failure = this.getByRef('Failure')!;
  readonly Message = this.Failure.getByRef('Message')!;
  readonly Hint = this.Failure.getByRef('Hint')!;
  private request: ArchiveRequest | undefined;
  private stops: (() => void)[] = [];
  private generation = 0;
  private panelTimer: ReturnType<typeof setTimeout> | undefined;
  private url: string | undefined;

  /** Called by the route: plays the programme of stream `streamId` that starts at `start` (epoch ms). */
  open(streamId: string, start: number): void {
    const generation = ++this.generation;
    this.listen();
    this.showFailure(undefined);
    this.Help.text = t('guide.archiveHelp');
    this.showLoading(t('guide.archiveLoading'));
    void this.find(streamId, start).then((request) => {
      if (generation !== this.generation) return;
      this.play(request);
    });
  }

  override _inactive(): void {
    this.generation++;
    this.stops.forEach((stop) => stop());
    this.stops = [];
    if (this.panelTimer) clearTimeout(this.panelTimer);
    appContext().player.stop();
  }

  override _handleLeft(): void {
    this.seekBy(-SEEK_S);
  }

  override _handleRight(): void {
    this.seekBy(SEEK_S);
  }

  override _handleEnter(): void {
    this.togglePause();
  }

  _handlePlayPause(): void {
    this.togglePause();
  }

  _handlePlay(): void {
    appContext().player.play();
    this.showPanel();
  }

  _handlePause(): void {
    appContext().player.pause();
    this.showPanel();
  }

  _handleRewind(): void {
    this.seekBy(-SEEK_S);
  }

  _handleFastForward(): void {
    this.seekBy(SEEK_S);
  }

  override _handleBack(): boolean {
    appContext().player.stop();
    // The router goes back to the guide, which still shows the programme that was chosen.
    return false;
  }

  /** The programme the guide chose, or (after a reload) the one the guide has at that start. */
  private async find(streamId: string, start: number): Promise<ArchiveRequest | undefined> {
    const handed = archiveRequestFor(streamId, start);
    if (handed) return handed;
    const signedIn = appContext().signedIn;
    if (!signedIn || !Number.isFinite(start)) return undefined;
    const catalog = signedIn.source.catalog ?? (await signedIn.activity.catalog());
    const channel = catalog.byId('live', streamId);
    if (!channel) return undefined;
    const found = await signedIn.source.guide.programmesBetween(channel, start, start + 1);
    const programme = found.programmes.filter((p) => p.start === start)[0];
    return programme ? { channel, programme } : undefined;
  }

  private play(request: ArchiveRequest | undefined): void {
    const context = appContext();
    const signedIn = context.signedIn;
    const source = request && signedIn ? archiveSource(signedIn, request) : undefined;
    this.request = request;
    if (!request || !signedIn || !source) {
      this.showLoading(undefined);
      this.showFailure({ message: t('guide.archiveMissing'), hint: '' });
      return;
    }
    const { channel, programme } = request;
    this.Title.text = programme.title;
    const channelText = channel.num !== undefined ? `${channel.num}  ${channel.name}` : channel.name;
    this.Meta.text = `${formatTimeRange(programme.start, programme.stop, Date.now())}  ·  ${channelText}`;
    this.Bar.show(0, this.programmeSeconds());
    this.url = source.url;
    this.showPanel();
    void context.player.load(source, playbackAccount(signedIn));
  }

  private listen(): void {
    if (this.stops.length > 0) return;
    const player = appContext().player;
    this.stops = [
      player.on('state', (state: PlaybackState) => this.showState(state)),
      player.on('time', (position: number) => this.Bar.show(position, this.duration())),
      player.on('error', (error: PlayerError) => this.showFailure(describeError(error))),
      registerProbe('archive', () => ({
        url: this.url,
        state: player.state,
        position: player.position,
        duration: this.duration(),
        title: this.request ? this.request.programme.title : undefined,
      })),
    ];
  }

  /** The recording's length: as the stream says, else the programme's. */
  private duration(): number {
    const reported = appContext().player.duration;
    return reported > 0 && Number.isFinite(reported) ? reported : this.programmeSeconds();
  }

  private programmeSeconds(): number {
    const programme = this.request?.programme;
    return programme ? (programme.stop - programme.start) / 1000 : 0;
  }

  private seekBy(seconds: number): void {
    const player = appContext().player;
    const target = Math.max(0, Math.min(this.duration() - 1, player.position + seconds));
    if (player.seek(target)) this.Bar.show(target, this.duration());
    this.showPanel();
  }

  private togglePause(): void {
    const player = appContext().player;
    if (player.state === 'paused' || player.state === 'ended') player.play();
    else player.pause();
    this.showPanel();
  }

  private showState(state: PlaybackState): void {
    const busy = state === 'loading' || state === 'buffering' || state === 'reconnecting';
    this.showLoading(busy ? t(state === 'loading' ? 'guide.archiveLoading' : 'guide.archiveBuffering') : undefined);
    this.State.text = state === 'paused' ? t('guide.archivePaused') : state === 'ended' ? t('guide.archiveEnded') : '';
    if (state === 'paused' || state === 'ended') this.showPanel(false);
    else if (state === 'playing') this.showPanel();
  }

  /** Shows the panel; it fades after a while unless `stay`. */
  private showPanel(fade = true): void {
    this.Panel.setSmooth('alpha', 1, { duration: 0.2 });
    if (this.panelTimer) clearTimeout(this.panelTimer);
    this.panelTimer = undefined;
    if (!fade) return;
    this.panelTimer = setTimeout(() => {
      const state = appContext().player.state;
      if (state === 'playing') this.Panel.setSmooth('alpha', 0, { duration: 0.5 });
    }, PANEL_MS);
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
}
