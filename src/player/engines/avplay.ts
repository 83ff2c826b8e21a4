import type { AvPlayApi, AvPlayListener, AvPlayState } from '../../platform';
import type { AspectMode, BufferedSpan, Rect, TrackList } from '../types';
import {
  noTracks,
  type Engine,
  type EngineContext,
  type EngineFactory,
  type FrameCounts,
  type StartRequest,
} from './Engine';
import {
  avplayState,
  configureStream,
  errorName,
  placePicture,
  safely,
  SEEK_STATES,
  STOP_STATES,
  TRACK_STATES,
} from './avplayControl';
import { classifyAvPlayError, failureFromException } from './avplayErrors';
import { asStreamList, avplayTracks } from './avplayTracks';

/**
 * Tizen's native player: decodes to a hardware plane under the web layer, shown through the surface's transparent
 * `<object>`. Plays raw MPEG-TS, HLS, DASH, MP4 and MKV without MSE, with every audio track the TV can decode.
 */
class AvPlayEngine implements Engine {
  readonly name = 'avplay' as const;
  private readonly avplay: AvPlayApi | undefined;
  private request: StartRequest | undefined;
  private live = false;
  private destroyed = false;
  private positionMs = 0;
  private durationMs = 0;
  private httpStatus: number | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private cueTimer: ReturnType<typeof setTimeout> | undefined;
  /** Live MPEG-TS cannot pause (pause() may throw): pausing stops, playing reopens at the live edge. */
  private stoppedLive = false;
  private subtitlesOn = false;
  /** Tizen 3 refuses audio changes unless PLAYING: a choice made while paused waits for play. */
  private pendingAudio: number | undefined;
  private rect: Rect | undefined;
  private aspect: AspectMode = 'fit';
  private knownTracks: TrackList = noTracks();

  constructor(private readonly context: EngineContext) {
    this.avplay = context.media.avplay;
  }

  start(request: StartRequest): void {
    this.request = request;
    this.live = request.kind === 'live';
    const avplay = this.avplay;
    if (!avplay) {
      this.context.sink.failure({ kind: 'format', detail: 'AVPlay is not available' });
      return;
    }
    this.context.surface.avplayObject();
    this.context.surface.show('avplay');
    this.open(avplay, request);
  }

  private open(avplay: AvPlayApi, request: StartRequest): void {
    const tuning = this.context.tuning;
    try {
      // A stale instance makes open() fail with INVALID_STATE (§1.3): close whatever the last stream left.
      if (avplay.getState() !== 'NONE') avplay.close();
      avplay.open(request.url);
      avplay.setListener(this.listener());
      placePicture(avplay, this.aspect, this.rect);
      configureStream(avplay, request, tuning, this.live);
    } catch (error) {
      this.context.sink.failure(failureFromException(error, 'open'));
      return;
    }
    this.armStartWatchdog();
    avplay.prepareAsync(
      () => this.onPrepared(avplay),
      (error) => {
        if (!this.destroyed) this.context.sink.failure(classifyAvPlayError(errorName(error), this.httpStatus));
      },
    );
  }

  private onPrepared(avplay: AvPlayApi): void {
    if (this.destroyed) return;
    try {
      this.durationMs = this.live ? 0 : avplay.getDuration();
      this.context.sink.duration(this.durationMs / 1000);
      avplay.play();
      this.positionMs = avplay.getCurrentTime();
    } catch (error) {
      this.context.sink.failure(failureFromException(error, 'play'));
      return;
    }
    this.clearStartWatchdog();
    this.applyPendingAudio();
    this.context.sink.tracks(this.tracks());
    this.context.sink.playing();
  }

  private listener(): AvPlayListener {
    const sink = this.context.sink;
    const alive = (): boolean => !this.destroyed;
    return {
      onbufferingstart: () => alive() && sink.waiting(),
      onbufferingcomplete: () => alive() && this.state() === 'PLAYING' && sink.playing(),
      oncurrentplaytime: (ms) => {
        if (!alive()) return;
        this.positionMs = ms;
        sink.progress(ms / 1000);
      },
      onstreamcompleted: () => {
        if (!alive()) return;
        // A live stream does not complete: the connection ended.
        if (this.live) sink.failure({ kind: 'network', detail: 'live stream completed' });
        else {
          safely(() => this.avplay && this.avplay.stop());
          sink.ended();
        }
      },
      onevent: (type, data) => {
        if (type === 'PLAYER_MSG_HTTP_ERROR_CODE') {
          const status = parseInt(data, 10);
          if (isFinite(status)) this.httpStatus = status;
        }
      },
      onerror: (name) => alive() && sink.failure(classifyAvPlayError(String(name), this.httpStatus)),
      onsubtitlechange: (durationMs, text) => alive() && this.showCue(durationMs, text),
    };
  }

  play(): void {
    const avplay = this.avplay;
    if (!avplay || this.destroyed) return;
    if (this.stoppedLive && this.request) {
      this.stoppedLive = false;
      this.open(avplay, this.request);
      return;
    }
    if (this.state() === 'PAUSED' || this.state() === 'READY') {
      safely(() => avplay.play());
      this.applyPendingAudio();
      this.context.sink.playing();
    }
  }

  pause(): void {
    const avplay = this.avplay;
    if (!avplay || this.state() !== 'PLAYING') return;
    if (this.live) {
      safely(() => avplay.stop());
      this.stoppedLive = true;
    } else safely(() => avplay.pause());
    this.context.sink.paused();
  }

  seek(seconds: number): void {
    const avplay = this.avplay;
    if (!avplay || this.live) return;
    if (SEEK_STATES.indexOf(this.state()) === -1) return;
    this.positionMs = Math.round(seconds * 1000);
    safely(() => avplay.seekTo(this.positionMs, undefined, () => undefined));
  }

  position(): number {
    return this.positionMs / 1000;
  }

  duration(): number {
    return this.durationMs / 1000;
  }

  buffered(): BufferedSpan {
    // AVPlay does not report its buffer; setBufferingParam keeps it bounded.
    return { ahead: 0, behind: 0 };
  }

  frames(): FrameCounts {
    return { decoded: 0, dropped: 0 };
  }

  tracks(): TrackList {
    const avplay = this.avplay;
    // Track info is readable in READY and PLAYING only (§1.3): while paused the last list stands.
    if (!avplay || TRACK_STATES.indexOf(this.state()) === -1) return this.knownTracks;
    try {
      this.knownTracks = avplayTracks(
        avplay.getTotalTrackInfo(),
        asStreamList(avplay.getCurrentStreamInfo()),
        this.subtitlesOn,
      );
    } catch {
      // Right after start the track info may not be populated yet (§1.6).
    }
    return this.knownTracks;
  }

  selectAudio(id: string): void {
    this.pendingAudio = Number(id);
    if (this.state() === 'PLAYING') this.applyPendingAudio();
  }

  selectSubtitles(id: string | null): void {
    const avplay = this.avplay;
    if (!avplay) return;
    this.subtitlesOn = id !== null;
    if (id === null) this.context.sink.cue(null);
    if (this.state() === 'PLAYING' || this.state() === 'PAUSED') {
      safely(() => {
        avplay.setSilentSubtitle(id === null);
        if (id !== null) avplay.setSelectTrack('TEXT', Number(id));
      });
    }
    this.context.sink.tracks(this.tracks());
  }

  recoverMedia(): boolean {
    return false;
  }

  present(rect: Rect | undefined, aspect: AspectMode): void {
    this.rect = rect;
    this.aspect = aspect;
    this.context.surface.place(rect, aspect);
    if (this.avplay) placePicture(this.avplay, aspect, rect);
  }

  suspend(): void {
    const state = this.state();
    if (state === 'READY' || state === 'PLAYING' || state === 'PAUSED')
      safely(() => this.avplay && this.avplay.suspend());
  }

  restore(): void {
    const state = this.state();
    if (state === 'NONE' || state === 'PLAYING' || state === 'PAUSED')
      safely(() => this.avplay && this.avplay.restore());
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearStartWatchdog();
    if (this.cueTimer) clearTimeout(this.cueTimer);
    const avplay = this.avplay;
    if (!avplay) return;
    if (STOP_STATES.indexOf(this.state()) !== -1) safely(() => avplay.stop());
    safely(() => avplay.close());
  }

  private applyPendingAudio(): void {
    const avplay = this.avplay;
    const index = this.pendingAudio;
    if (!avplay || index === undefined || !isFinite(index) || this.state() !== 'PLAYING') return;
    this.pendingAudio = undefined;
    safely(() => avplay.setSelectTrack('AUDIO', index));
    this.context.sink.tracks(this.tracks());
  }

  private showCue(durationMs: number, text: string): void {
    if (!this.subtitlesOn) return;
    const start = this.positionMs / 1000;
    this.context.sink.cue(text.trim() === '' ? null : { text: text.trim(), start, end: start + durationMs / 1000 });
    if (this.cueTimer) clearTimeout(this.cueTimer);
    // AVPlay announces a cue and its duration, never its end.
    this.cueTimer = setTimeout(() => !this.destroyed && this.context.sink.cue(null), durationMs);
  }

  private armStartWatchdog(): void {
    this.clearStartWatchdog();
    this.startTimer = setTimeout(() => {
      // A hanging server and a refused URL look the same from here: the player asks the server which it was.
      if (!this.destroyed)
        this.context.sink.failure({ kind: 'timeout', detail: 'AVPlay did not start in time', uncertain: true });
    }, this.context.tuning.nativeStartTimeoutMs);
  }

  private clearStartWatchdog(): void {
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = undefined;
  }

  private state(): AvPlayState {
    return avplayState(this.avplay);
  }
}

/** Creates the AVPlay engine. */
export const createAvPlayEngine: EngineFactory = (context) => new AvPlayEngine(context);
