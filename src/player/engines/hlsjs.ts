import Hls from 'hls.js';
import type { AudioTrack, SubtitleTrack, TrackList } from '../types';
import type { EngineFactory, StartRequest } from './Engine';
import { classifyHlsError, type HlsErrorLike } from './hlsErrors';
import { hlsConfigFor, levelCap } from './hlsjsConfig';
import { preloadedPlaylistLoader } from './hlsjsPreload';
import { playMedia } from './mediaElement';
import { VideoEngineBase } from './VideoEngineBase';

/** HLS through hls.js over Media Source Extensions: browsers, and TVs whose native player failed. */
class HlsJsEngine extends VideoEngineBase {
  readonly name = 'hlsjs' as const;
  private hls: Hls | undefined;
  private hasAudio = false;

  protected load(request: StartRequest): void {
    if (!Hls.isSupported()) {
      this.context.sink.failure({ kind: 'format', detail: 'Media Source Extensions are missing' });
      return;
    }
    const preloaded = request.preloaded;
    const config = hlsConfigFor(request, this.context.tuning);
    const hls = new Hls(preloaded ? { ...config, pLoader: preloadedPlaylistLoader(preloaded) as never } : config);
    this.hls = hls;
    // Hidden, not showing: the text track still receives cues, and the UI draws them.
    hls.subtitleDisplay = false;
    hls.on(Hls.Events.MANIFEST_PARSED, (_event, data) => {
      const cap = levelCap(data.levels, this.context.tuning.maxVideoHeight);
      if (cap !== undefined) hls.autoLevelCapping = cap;
      this.reportTracks();
      playMedia(this.video, () => !this.destroyed);
    });
    hls.on(Hls.Events.BUFFER_CODECS, (_event, data) => {
      this.hasAudio = Boolean(data.audio || data.audiovideo);
      this.reportTracks();
    });
    hls.on(Hls.Events.LEVEL_LOADED, (_event, data) => {
      if (!data.details.live) this.context.sink.duration(data.details.totalduration);
    });
    const report = (): void => this.reportTracks();
    hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, report);
    hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, report);
    hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, report);
    hls.on(Hls.Events.SUBTITLE_TRACK_SWITCH, report);
    hls.on(Hls.Events.ERROR, (_event, data) => {
      const failure = classifyHlsError(data as HlsErrorLike);
      if (failure) this.context.sink.failure(failure);
      else if (data.type === Hls.ErrorTypes.MEDIA_ERROR && this.context.sink.trouble)
        this.context.sink.trouble({ kind: 'media', detail: data.details, cause: data });
    });
    hls.loadSource(preloaded ? preloaded.url : request.url);
    hls.attachMedia(this.video);
  }

  protected unload(): void {
    if (this.hls) this.hls.destroy();
    this.hls = undefined;
  }

  override tracks(): TrackList {
    const hls = this.hls;
    if (!hls) return { audio: [], subtitles: [] };
    let audio: AudioTrack[] = hls.audioTracks.map((track, index) => ({
      id: String(index),
      label: track.name || track.lang || `Audio ${index + 1}`,
      language: track.lang,
      active: index === hls.audioTrack,
    }));
    // Audio muxed into the video segments has no rendition list; it is still one track the viewer hears.
    if (audio.length === 0 && this.hasAudio) audio = [{ id: 'main', label: 'Default', active: true }];
    const subtitles: SubtitleTrack[] = hls.subtitleTracks.map((track, index) => ({
      id: String(index),
      label: track.name || track.lang || `Subtitles ${index + 1}`,
      language: track.lang,
      active: index === hls.subtitleTrack,
    }));
    return { audio, subtitles };
  }

  override selectAudio(id: string): void {
    const index = Number(id);
    if (this.hls && isFinite(index) && index >= 0 && index < this.hls.audioTracks.length) this.hls.audioTrack = index;
  }

  override selectSubtitles(id: string | null): void {
    if (!this.hls) return;
    const index = id === null ? -1 : Number(id);
    this.hls.subtitleTrack = isFinite(index) ? index : -1;
    this.hls.subtitleDisplay = false;
    this.reportTracks();
  }

  override recoverMedia(): boolean {
    if (!this.hls) return false;
    this.hls.recoverMediaError();
    return true;
  }

  private reportTracks(): void {
    if (!this.destroyed) this.context.sink.tracks(this.tracks());
  }
}

/** Creates the hls.js engine. */
export const createHlsJsEngine: EngineFactory = (context) => new HlsJsEngine(context);
