import shaka from 'shaka-player';
import type { TrackList } from '../types';
import type { EngineFactory, StartRequest } from './Engine';
import { playMedia } from './mediaElement';
import { classifyShakaError, type ShakaErrorLike } from './shakaErrors';
import { CueCollector } from './shakaText';
import { VideoEngineBase } from './VideoEngineBase';

let polyfilled = false;
/** shaka's destroy() is asynchronous: the next player must not attach to the shared <video> before it finished. */
let released: Promise<unknown> = Promise.resolve();

const TRACK_EVENTS = ['trackschanged', 'variantchanged', 'textchanged', 'adaptation', 'texttrackvisibility'];

/** DASH (and HLS where hls.js fails) through shaka-player over Media Source Extensions. */
class ShakaEngine extends VideoEngineBase {
  readonly name = 'shaka' as const;
  private player: shaka.Player | undefined;
  private readonly text = new CueCollector();
  private lastCue = '';
  private readonly onTime = (): void => this.relayCue();
  private readonly onTracks = (): void => this.reportTracks();
  private readonly onError = (event: Event): void => this.fail((event as unknown as { detail: ShakaErrorLike }).detail);

  protected override relaysTextTracks(): boolean {
    return false;
  }

  protected load(request: StartRequest): void {
    if (!polyfilled) {
      shaka.polyfill.installAll();
      polyfilled = true;
    }
    if (!shaka.Player.isBrowserSupported()) {
      this.context.sink.failure({ kind: 'format', detail: 'shaka-player is not supported here' });
      return;
    }
    const tuning = this.context.tuning;
    const player = new shaka.Player();
    this.player = player;
    const retry = (maxAttempts: number) => ({
      maxAttempts,
      baseDelay: 500,
      backoffFactor: 2,
      fuzzFactor: 0.5,
      timeout: 15000,
    });
    player.configure({
      streaming: {
        bufferingGoal: tuning.forwardBufferSeconds,
        rebufferingGoal: 2,
        bufferBehind: tuning.backBufferSeconds,
        lowLatencyMode: false,
        retryParameters: retry(3),
        // Every streaming failure comes to the player, whose reconnect has a visible state and a budget; shaka's
        // default retries live failures silently forever.
        failureCallback: (error: ShakaErrorLike) => this.fail(error),
      },
      manifest: { retryParameters: retry(2) },
      // Adaptive switching stays at or under the viewer's maximum resolution.
      restrictions: { maxHeight: tuning.maxVideoHeight > 0 ? tuning.maxVideoHeight : Infinity },
      textDisplayFactory: (_player: unknown) => this.text as unknown as shaka.extern.TextDisplayer,
    });
    player.addEventListener('error', this.onError);
    TRACK_EVENTS.forEach((type) => player.addEventListener(type, this.onTracks));
    this.video.addEventListener('timeupdate', this.onTime);
    const startAt = this.live ? null : (request.startAt ?? null);
    released
      .then(() => (this.destroyed ? undefined : player.attach(this.video)))
      .then(() => (this.destroyed ? undefined : player.load(request.url, startAt)))
      .then(() => {
        if (this.destroyed) return;
        this.reportTracks();
        if (!player.isLive()) this.context.sink.duration(this.video.duration);
        playMedia(this.video, () => !this.destroyed);
      })
      .catch((error: unknown) => this.fail(error as ShakaErrorLike));
  }

  protected unload(): void {
    this.video.removeEventListener('timeupdate', this.onTime);
    const player = this.player;
    this.player = undefined;
    if (!player) return;
    player.removeEventListener('error', this.onError);
    TRACK_EVENTS.forEach((type) => player.removeEventListener(type, this.onTracks));
    released = player.destroy().catch(() => undefined);
  }

  override tracks(): TrackList {
    const player = this.player;
    if (!player) return { audio: [], subtitles: [] };
    const audio = player.getAudioTracks().map((track, index) => ({
      id: String(index),
      label: track.label || (track.language && track.language !== 'und' ? track.language : `Audio ${index + 1}`),
      language: track.language && track.language !== 'und' ? track.language : undefined,
      active: track.active,
    }));
    const subtitles = player.getTextTracks().map((track) => ({
      id: String(track.id),
      label: track.label || track.language || `Subtitles ${track.id}`,
      language: track.language || undefined,
      active: track.active,
    }));
    return { audio, subtitles };
  }

  override selectAudio(id: string): void {
    const player = this.player;
    const track = player ? player.getAudioTracks()[Number(id)] : undefined;
    if (player && track) player.selectAudioTrack(track);
  }

  override selectSubtitles(id: string | null): void {
    const player = this.player;
    if (!player) return;
    const track = id === null ? undefined : player.getTextTracks().find((t) => String(t.id) === id);
    // shaka 5 has no visibility switch: selecting null unloads the text stream.
    player.selectTextTrack(track ?? null);
    this.text.setTextVisibility(Boolean(track));
    this.relayCue();
    this.reportTracks();
  }

  private relayCue(): void {
    const cue = this.text.cueAt(this.video.currentTime);
    const key = cue ? `${cue.start}|${cue.text}` : '';
    if (key === this.lastCue) return;
    this.lastCue = key;
    this.context.sink.cue(cue);
  }

  private reportTracks(): void {
    if (!this.destroyed) this.context.sink.tracks(this.tracks());
  }

  private fail(error: ShakaErrorLike): void {
    if (this.destroyed) return;
    const failure = classifyShakaError(error || {});
    if (failure) this.context.sink.failure(failure);
  }
}

/** Creates the shaka-player engine. */
export const createShakaEngine: EngineFactory = (context) => new ShakaEngine(context);
