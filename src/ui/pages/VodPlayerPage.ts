import { Lightning } from '@lightningjs/sdk';
import { describeState, type Cue, type PlaybackState, type PlayerError, type ReconnectProgress } from '../../player';
import { BusyIndicator } from '../components/BusyIndicator';
import { Subtitles } from '../components/Subtitles';
import { appContext } from '../context';
import { t } from '../i18n';
import { catalogNow, loadCatalog, userData } from '../library/libraryData';
import { NextUpOverlay } from '../library/NextUpOverlay';
import { playRequestFor, type PlayRequest, type WatchKind } from '../library/playRequest';
import { SeekAccelerator } from '../library/seekAcceleration';
import { TransportBar } from '../library/TransportBar';
import { VodSession, type SessionItem } from '../library/vodSession';
import { savedPosition } from '../library/watchProgress';
import { registerProbe } from '../testHook';
import { textStyle } from '../text';
import { COLORS, FONT, STAGE_H, STAGE_W } from '../theme';

export interface VodPlayerPageSpec extends Lightning.Component.TemplateSpec {
  Subtitles: typeof Subtitles;
  Bar: typeof TransportBar;
  NextUp: typeof NextUpOverlay;
  Loading: typeof BusyIndicator;
  Failure: { Message: object; Hint: object };
}

const FAILURE_W = 1300;
/** The bar hides after this long without a key while playing. */
const BAR_MS = 5000;
/** A seek is applied once Left/Right rest this long. */
const SEEK_SETTLE_MS = 600;

/**
 * A movie or an episode full screen. The picture is behind the canvas, so the page draws only the transport bar
 * (on keys, and while paused), subtitles, a loading indicator, the countdown to the next episode and the reason
 * playback failed. OK or PlayPause pause, Left/Right seek (faster when held), Back leaves (the position is kept).
 */
export class VodPlayerPage
  extends Lightning.Component<VodPlayerPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<VodPlayerPageSpec>
{
  static override _template(): Lightning.Component.Template<VodPlayerPageSpec> {
    return {
      w: STAGE_W,
      h: STAGE_H,
      Subtitles: { type: Subtitles },
      Bar: { type: TransportBar, alpha: 0 },
      NextUp: { type: NextUpOverlay },
      Loading: { type: BusyIndicator, x: STAGE_W / 2, y: STAGE_H / 2, stacked: true, visible: false },
      Failure: {
        x: (STAGE_W - FAILURE_W) / 2,
        y: 300,
        w: FAILURE_W,
        h: 330,
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
      },
    };
  }

  readonly Subtitles = this.getByRef('Subtitles')!;
  readonly Bar = this.getByRef('Bar')!;
  readonly NextUp = this.getByRef('NextUp')!;
  readonly Loading = this.getByRef('Loading')!;
  readonly Failure = this.getByRef('Failure')!;
  private session: VodSession | undefined;
  private item: SessionItem | undefined;
  private playback: PlaybackState = 'idle';
  private readonly seek = new SeekAccelerator();
  private seekTimer: ReturnType<typeof setTimeout> | undefined;
  private barTimer: ReturnType<typeof setTimeout> | undefined;
  private stops: (() => void)[] = [];
  private generation = 0;

  /** Called by the route: plays what the details page asked for (or the movie of the address). */
  open(kind: string, id: string): void {
    const generation = ++this.generation;
    this.stopSession();
    this.listen();
    this.showFailure(undefined);
    this.NextUp.hide();
    this.Loading.visible = true;
    this.Loading.caption = t('common.loading');
    void this.requestFor(kind, id).then((request) => {
      if (generation !== this.generation) return;
      if (!request) {
        this.Loading.visible = false;
        this.showFailure({ message: t('library.nothingToPlay'), hint: t('library.nothingToPlayHint') });
        return;
      }
      this.session = new VodSession(appContext(), request, {
        item: (item) => this.showItem(item),
        countdown: (seconds, next) => this.NextUp.countdown(seconds, next.title),
        finished: () => {
          this.NextUp.finished();
          this.showBar(true);
        },
      });
      this.session.start();
    });
  }

  override _inactive(): void {
    this.generation++;
    this.stopSession();
    this.stops.forEach((stop) => stop());
    this.stops = [];
    this.Subtitles.show(null);
    appContext().player.stop();
  }

  override _handleEnter(): void {
    if (this.session && this.session.skipCountdown()) return;
    this.togglePause();
  }

  _handlePlayPause(): void {
    this.togglePause();
  }

  override _handleLeft(): void {
    this.seekBy(-1);
  }

  override _handleRight(): void {
    this.seekBy(1);
  }

  override _handleUp(): void {
    this.showBar();
  }

  override _handleDown(): void {
    this.showBar();
  }

  _handleInfo(): void {
    this.showBar();
  }

  override _handleBack(): boolean {
    if (this.session && this.session.cancelCountdown()) return true;
    // The last position is saved now, before the details page opens and reads it; the router then goes back.
    this.stopSession();
    return false;
  }

  private async requestFor(kind: string, id: string): Promise<PlayRequest | undefined> {
    const request = playRequestFor(kind, id);
    if (request || kind !== 'movie') return request;
    const context = appContext();
    const catalog = catalogNow(context, 'movie') ?? (await loadCatalog(context, 'movie').catch(() => undefined));
    const movie = catalog ? catalog.byId('movie', id) : undefined;
    if (!movie) return undefined;
    const startAt = savedPosition(userData(context), 'movie', id);
    return { kind: kind as WatchKind, id, title: movie.name, movie, startAt };
  }

  private listen(): void {
    if (this.stops.length > 0) return;
    const player = appContext().player;
    this.stops = [
      player.on('state', (state: PlaybackState, reconnect?: ReconnectProgress) => this.showState(state, reconnect)),
      player.on('time', () => this.drawPosition()),
      player.on('duration', () => this.drawPosition()),
      player.on('error', (error: PlayerError) => this.showFailure(error)),
      player.on('cue', (cue: Cue | null) => this.Subtitles.show(cue ? cue.text : null)),
      registerProbe('vod.player', () => ({
        kind: this.item ? this.item.kind : undefined,
        id: this.item ? this.item.id : undefined,
        state: player.state,
        position: player.position,
        duration: player.duration,
      })),
    ];
  }

  private stopSession(): void {
    if (this.session) this.session.dispose();
    this.session = undefined;
    this.item = undefined;
    this.seek.reset();
    if (this.seekTimer) clearTimeout(this.seekTimer);
    if (this.barTimer) clearTimeout(this.barTimer);
  }

  private showItem(item: SessionItem): void {
    this.item = item;
    this.NextUp.hide();
    this.showFailure(undefined);
    (this.Bar as TransportBar).setTitle(item.title);
    this.showBar();
  }

  private showState(state: PlaybackState, reconnect?: ReconnectProgress): void {
    this.playback = state;
    const busy = state === 'loading' || state === 'buffering' || state === 'reconnecting';
    this.Loading.visible = busy;
    if (busy) this.Loading.caption = describeState(state, reconnect);
    if (state !== 'playing' && state !== 'paused') this.Subtitles.show(null);
    if (state === 'paused') this.showBar(true);
    if (state === 'playing') this.showBar();
    if (state === 'ended' && this.session) this.session.ended();
    this.drawPosition();
  }

  private togglePause(): void {
    const player = appContext().player;
    if (this.playback === 'playing' || this.playback === 'buffering') player.pause();
    else if (this.playback === 'paused') player.play();
    this.showBar(this.playback === 'paused');
  }

  private seekBy(direction: 1 | -1): void {
    const player = appContext().player;
    if (!player.canSeek || (this.session && this.session.countingDown)) return;
    this.seek.press(direction, Date.now(), player.position, player.duration);
    this.showBar(true);
    this.drawPosition();
    if (this.seekTimer) clearTimeout(this.seekTimer);
    this.seekTimer = setTimeout(() => {
      const target = this.seek.commit();
      if (target !== undefined) player.seek(target);
      this.showBar();
    }, SEEK_SETTLE_MS);
  }

  private drawPosition(): void {
    if (this.Bar.alpha === 0) return;
    const player = appContext().player;
    (this.Bar as TransportBar).setPosition(
      player.position,
      player.duration,
      this.playback === 'paused',
      this.seek.pending,
    );
  }

  /** Shows the bar; it hides after a while unless `stay` (paused, seeking, finished). */
  private showBar(stay = false): void {
    this.Bar.alpha = 1;
    this.drawPosition();
    if (this.barTimer) clearTimeout(this.barTimer);
    if (stay || this.playback === 'paused' || this.playback === 'ended') return;
    this.barTimer = setTimeout(() => {
      if (this.playback === 'playing' && this.seek.pending === undefined)
        this.Bar.setSmooth('alpha', 0, { duration: 0.4 });
    }, BAR_MS);
  }

  private showFailure(error: { message: string; hint: string } | undefined): void {
    this.Failure.visible = error !== undefined;
    if (!error) return;
    this.Loading.visible = false;
    this.Failure.patch({ Message: { text: { text: error.message } }, Hint: { text: { text: error.hint } } });
  }
}
