import type { TrackList } from '../types';
import type { EngineFactory, StartRequest } from './Engine';
import { mediaErrorKind, playMedia } from './mediaElement';
import { VideoEngineBase } from './VideoEngineBase';

interface AudioTrackListLike {
  length: number;
  [index: number]: { id: string; label: string; language: string; enabled: boolean };
}

/** A plain `<video src>`: MP4 movies and episodes, and HLS where the browser claims it and nothing better exists. */
class NativeEngine extends VideoEngineBase {
  readonly name = 'native' as const;
  private startAt: number | undefined;
  private readonly onError = (): void => {
    if (this.destroyed) return;
    const { kind, detail } = mediaErrorKind(this.video);
    // A <video> says "not supported" for a 404 too: let the player ask the server which it was.
    this.context.sink.failure({ kind, detail, uncertain: kind !== 'media', cause: this.video.error });
  };
  private readonly onMetadata = (): void => {
    if (this.startAt !== undefined && this.startAt > 0) this.video.currentTime = this.startAt;
    this.startAt = undefined;
    this.context.sink.tracks(this.tracks());
  };

  protected load(request: StartRequest): void {
    this.startAt = this.live ? undefined : request.startAt;
    this.video.addEventListener('error', this.onError);
    this.video.addEventListener('loadedmetadata', this.onMetadata);
    this.video.src = request.url;
    playMedia(this.video, () => !this.destroyed);
  }

  protected unload(): void {
    this.video.removeEventListener('error', this.onError);
    this.video.removeEventListener('loadedmetadata', this.onMetadata);
  }

  override tracks(): TrackList {
    const list = (this.video as unknown as { audioTracks?: AudioTrackListLike }).audioTracks;
    const audio: TrackList['audio'] = [];
    for (let i = 0; list && i < list.length; i++) {
      audio.push({
        id: String(i),
        label: list[i].label || list[i].language || `Audio ${i + 1}`,
        language: list[i].language || undefined,
        active: list[i].enabled,
      });
    }
    // Chromium hides `audioTracks` behind a flag: the stream's own audio is still one track.
    if (audio.length === 0) audio.push({ id: 'main', label: 'Default', active: true });
    return { audio, subtitles: this.elementSubtitles() };
  }

  override selectAudio(id: string): void {
    const list = (this.video as unknown as { audioTracks?: AudioTrackListLike }).audioTracks;
    for (let i = 0; list && i < list.length; i++) list[i].enabled = String(i) === id;
    this.context.sink.tracks(this.tracks());
  }
}

/** Creates the native `<video>` engine. */
export const createNativeEngine: EngineFactory = (context) => new NativeEngine(context);
