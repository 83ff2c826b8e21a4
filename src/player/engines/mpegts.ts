import mpegts from 'mpegts.js';
import type { TrackList } from '../types';
import type { EngineFactory, StartRequest } from './Engine';
import { playMedia } from './mediaElement';
import { classifyMpegTsError } from './mpegtsErrors';
import { VideoEngineBase } from './VideoEngineBase';

/** Raw MPEG-TS over HTTP (Xtream's `/live/…/ID.ts`) in a browser: mpegts.js remuxes it to fMP4 for MSE. */
class MpegTsEngine extends VideoEngineBase {
  readonly name = 'mpegts' as const;
  private player: ReturnType<typeof mpegts.createPlayer> | undefined;
  private hasAudio = false;
  private readonly onError = (type: string, detail: string, info?: { code?: number; msg?: string }): void => {
    if (!this.destroyed) this.context.sink.failure(classifyMpegTsError(type, detail, info));
  };
  private readonly onComplete = (): void => {
    // A live TS body never ends on its own: the server cut it (a panel does that when another device takes the line).
    if (!this.destroyed && this.live) this.context.sink.failure({ kind: 'network', detail: 'live stream ended' });
  };
  private readonly onMediaInfo = (info: { hasAudio?: boolean }): void => {
    this.hasAudio = Boolean(info && info.hasAudio);
    if (!this.destroyed) this.context.sink.tracks(this.tracks());
  };

  protected load(request: StartRequest): void {
    const features = mpegts.getFeatureList();
    if (!(this.live ? features.mseLivePlayback : features.msePlayback)) {
      this.context.sink.failure({ kind: 'format', detail: 'mpegts.js cannot play here (no MSE)' });
      return;
    }
    const tuning = this.context.tuning;
    const player = mpegts.createPlayer(
      { type: 'mpegts', isLive: this.live, url: request.url },
      {
        enableWorker: tuning.useWorker,
        // The stash buffer (384 KB by default) would hold back the first frame for seconds on a low-bitrate channel.
        enableStashBuffer: tuning.stashKB > 0,
        stashInitialSize: tuning.stashKB > 0 ? tuning.stashKB * 1024 : undefined,
        // Keep the connection open: a live body read lazily would be cut and reopened, costing a panel connection.
        lazyLoad: false,
        liveBufferLatencyChasing: this.live,
        liveBufferLatencyMaxLatency: 4,
        liveBufferLatencyMinRemain: 1,
        autoCleanupSourceBuffer: true,
        autoCleanupMaxBackwardDuration: tuning.backBufferSeconds,
        autoCleanupMinBackwardDuration: Math.max(5, Math.floor(tuning.backBufferSeconds / 2)),
        reuseRedirectedURL: true,
      },
    );
    this.player = player;
    player.on(mpegts.Events.ERROR, this.onError);
    player.on(mpegts.Events.LOADING_COMPLETE, this.onComplete);
    player.on(mpegts.Events.MEDIA_INFO, this.onMediaInfo);
    player.attachMediaElement(this.video);
    player.load();
    if (!this.live && request.startAt !== undefined) this.video.currentTime = request.startAt;
    playMedia(this.video, () => !this.destroyed);
  }

  protected unload(): void {
    const player = this.player;
    this.player = undefined;
    if (!player) return;
    player.off(mpegts.Events.ERROR, this.onError);
    player.off(mpegts.Events.LOADING_COMPLETE, this.onComplete);
    player.off(mpegts.Events.MEDIA_INFO, this.onMediaInfo);
    player.pause();
    player.unload();
    player.detachMediaElement();
    player.destroy();
  }

  override tracks(): TrackList {
    // mpegts.js plays the first audio PID only: several audio PIDs in one TS need the TV's native player.
    return { audio: this.hasAudio ? [{ id: 'main', label: 'Default', active: true }] : [], subtitles: [] };
  }
}

/** Creates the mpegts.js engine. */
export const createMpegTsEngine: EngineFactory = (context) => new MpegTsEngine(context);
