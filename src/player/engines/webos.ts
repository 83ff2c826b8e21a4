import type { WebOsVideoElement } from '../../platform';
import type { StreamFormat, TrackList } from '../types';
import type { EngineFactory, StartRequest } from './Engine';
import { mediaErrorKind, playMedia } from './mediaElement';
import { VideoEngineBase } from './VideoEngineBase';
import { LunaMediaControl } from './webosLuna';

interface AudioTrackListLike {
  length: number;
  [index: number]: { label: string; language: string; enabled: boolean };
}

/** MIME types LG's pipeline expects on `<source>` (HLS as `application/x-mpegURL`). */
const MIME: Partial<Record<StreamFormat, string>> = {
  hls: 'application/x-mpegURL',
  mpegts: 'video/mp2t',
  mp4: 'video/mp4',
  mkv: 'video/x-matroska',
};

/**
 * The `<source type>` for a stream: with a start position, LG's `mediaOption` starts the pipeline there directly
 * instead of loading from 0 and seeking (no double buffering; tv-platforms.md §3.6).
 */
export function webosSourceType(format: StreamFormat, startAt: number | undefined): string {
  const mime = MIME[format] ?? '';
  if (startAt === undefined || startAt <= 0) return mime;
  const option = { option: { transmission: { playTime: { start: Math.round(startAt * 1000) } } } };
  return `${mime};mediaOption=${encodeURI(JSON.stringify(option))}`;
}

/**
 * LG webOS native playback: the stream URL on a `<video>` (HLS, MPEG-TS, MP4 and MKV without MSE), tracks through
 * the element's lists, switched through `luna://com.webos.media` where the TV offers it.
 */
class WebOsEngine extends VideoEngineBase {
  readonly name = 'webos' as const;
  private luna: LunaMediaControl | undefined;
  private readonly onError = (): void => {
    if (this.destroyed) return;
    const { kind, detail } = mediaErrorKind(this.video);
    this.context.sink.failure({ kind, detail, uncertain: kind !== 'media', cause: this.video.error });
  };
  /** Every `<source>` failed (HTTP error, unreachable, unknown type): the element itself has no error then. */
  private readonly onSourceError = (): void => {
    if (!this.destroyed) this.context.sink.failure({ kind: 'format', detail: 'source failed', uncertain: true });
  };
  private readonly onMetadata = (): void => this.context.sink.tracks(this.tracks());

  protected load(request: StartRequest): void {
    const source = this.video.ownerDocument.createElement('source');
    source.src = request.url;
    const type = webosSourceType(request.format, this.live ? undefined : request.startAt);
    if (type !== '') source.type = type;
    this.video.addEventListener('error', this.onError);
    this.video.addEventListener('loadedmetadata', this.onMetadata);
    // Errors of a <source> fire on the source element, not the video.
    source.addEventListener('error', this.onSourceError);
    this.video.appendChild(source);
    this.video.load();
    this.luna = new LunaMediaControl(this.context.media.luna, this.video as WebOsVideoElement);
    this.luna.watch();
    playMedia(this.video, () => !this.destroyed);
  }

  protected unload(): void {
    if (this.luna) this.luna.close();
    this.video.removeEventListener('error', this.onError);
    this.video.removeEventListener('loadedmetadata', this.onMetadata);
    const source = this.video.firstChild;
    if (source) source.removeEventListener('error', this.onSourceError);
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
    return { audio, subtitles: this.elementSubtitles() };
  }

  override selectAudio(id: string): void {
    const index = Number(id);
    const list = (this.video as unknown as { audioTracks?: AudioTrackListLike }).audioTracks;
    for (let i = 0; list && i < list.length; i++) list[i].enabled = i === index;
    // The element's flag alone does not switch the decoder on every webOS version; Luna does.
    if (this.luna && isFinite(index)) this.luna.selectTrack('audio', index);
    this.context.sink.tracks(this.tracks());
  }

  override selectSubtitles(id: string | null): void {
    super.selectSubtitles(id);
    if (!this.luna) return;
    this.luna.enableSubtitles(id !== null);
    if (id !== null) this.luna.selectTrack('text', Number(id));
  }
}

/** Creates the webOS engine. */
export const createWebOsEngine: EngineFactory = (context) => new WebOsEngine(context);
