import type { AspectMode, BufferedSpan, EngineName, Rect, TrackList } from '../types';
import { noTracks, type Engine, type EngineContext, type FrameCounts, type StartRequest } from './Engine';
import { bufferedAround, forwardMediaEvents, frameCounts, playMedia, resetMediaElement } from './mediaElement';
import { TextTrackCueRelay } from './textTrackCues';

/**
 * What every engine drawing into the shared `<video>` has in common: media events to the sink, the playhead,
 * buffer and frame figures, placement, subtitles from hidden text tracks, and a thorough reset on destroy so the
 * next engine gets a clean element. Subclasses add the library.
 */
export abstract class VideoEngineBase implements Engine {
  abstract readonly name: EngineName;
  protected readonly video: HTMLVideoElement;
  protected live = false;
  protected destroyed = false;
  private unbind: (() => void) | undefined;
  private cues: TextTrackCueRelay | undefined;

  constructor(protected readonly context: EngineContext) {
    this.video = context.surface.video();
  }

  start(request: StartRequest): void {
    this.live = request.kind === 'live';
    this.context.surface.show('video');
    this.unbind = forwardMediaEvents(this.video, this.context.sink, this.live);
    if (this.relaysTextTracks()) {
      this.cues = new TextTrackCueRelay(this.video, (cue) => this.context.sink.cue(cue));
      this.cues.attach();
    }
    this.load(request);
  }

  /** Starts the library on `this.video`. */
  protected abstract load(request: StartRequest): void;

  /** Releases the library (called before the element is reset). */
  protected abstract unload(): void;

  /** Whether subtitles come from the element's text tracks (false where the engine delivers cues itself). */
  protected relaysTextTracks(): boolean {
    return true;
  }

  play(): void {
    playMedia(this.video, () => !this.destroyed);
  }

  pause(): void {
    this.video.pause();
  }

  seek(seconds: number): void {
    this.video.currentTime = seconds;
  }

  position(): number {
    return this.video.currentTime || 0;
  }

  duration(): number {
    const duration = this.video.duration;
    return this.live || !isFinite(duration) ? 0 : duration;
  }

  buffered(): BufferedSpan {
    return bufferedAround(this.video);
  }

  frames(): FrameCounts {
    return frameCounts(this.video);
  }

  tracks(): TrackList {
    return noTracks();
  }

  selectAudio(_id: string): void {
    // Engines without track switching keep the stream's default audio.
  }

  selectSubtitles(id: string | null): void {
    const tracks = this.video.textTracks;
    for (let i = 0; tracks && i < tracks.length; i++) {
      tracks[i].mode = String(i) === id ? 'hidden' : 'disabled';
    }
    this.context.sink.tracks(this.tracks());
  }

  recoverMedia(): boolean {
    return false;
  }

  present(rect: Rect | undefined, aspect: AspectMode): void {
    this.context.surface.place(rect, aspect);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.unbind) this.unbind();
    if (this.cues) this.cues.detach();
    try {
      this.unload();
    } finally {
      resetMediaElement(this.video);
    }
  }

  /** The element's own text tracks (native HLS, `<track>`), as subtitle tracks. */
  protected elementSubtitles(): TrackList['subtitles'] {
    const list: TrackList['subtitles'] = [];
    const tracks = this.video.textTracks;
    for (let i = 0; tracks && i < tracks.length; i++) {
      const track = tracks[i];
      if (track.kind !== 'subtitles' && track.kind !== 'captions') continue;
      list.push({
        id: String(i),
        label: track.label || track.language || `Subtitles ${list.length + 1}`,
        language: track.language || undefined,
        active: track.mode !== 'disabled',
      });
    }
    return list;
  }
}
