import type { PlaybackEngineName } from '../platform';

/** What is being watched: decides seeking (none on live), resume positions and how hard to retry. */
export type SourceKind = 'live' | 'movie' | 'episode' | 'catchup';

/** How the bytes are packaged. Inferred from the URL when a source does not say. */
export type StreamFormat = 'hls' | 'dash' | 'mpegts' | 'mp4' | 'mkv' | 'other';

/** Request headers a provider may check. Browsers forbid setting User-Agent; native TV players honour it. */
export interface SourceHeaders {
  userAgent?: string;
  referrer?: string;
}

/** Another URL of the same stream, tried when the main one cannot play here (e.g. the `.m3u8` of a live `.ts`). */
export interface AlternateUrl {
  url: string;
  format: StreamFormat;
}

/** One thing to play. */
export interface PlaybackSource {
  url: string;
  kind: SourceKind;
  /** Packaging; inferred from the URL's extension when absent. */
  format?: StreamFormat;
  /** Where to start, in seconds (VOD and catch-up; ignored for live, which starts at the live edge). */
  startAt?: number;
  headers?: SourceHeaders;
  /** Tried in order when the main URL cannot play on this device. */
  alternates?: readonly AlternateUrl[];
  /** What the viewer would call it (channel or title), for logs and stats. */
  title?: string;
  /** The catalogue id, for resume positions and episode queues. */
  id?: string;
}

/** Where playback is. `reconnecting` is a live stream (or a VOD download) being re-established after a failure. */
export type PlaybackState =
  'idle' | 'loading' | 'playing' | 'paused' | 'buffering' | 'reconnecting' | 'ended' | 'error';

/** Progress of the reconnect loop, for a visible "Reconnecting 2/5". */
export interface ReconnectProgress {
  attempt: number;
  max: number;
  /** How long the player waits before this attempt. */
  delayMs: number;
}

/** The engines behind the facade (names only; the UI never branches on them). */
export type EngineName = PlaybackEngineName;

/** How the picture fills its rectangle. */
export type AspectMode = 'fit' | 'fill' | 'zoom' | '16:9' | '4:3';

/** A rectangle in stage coordinates: the 1920×1080 space the UI is laid out in (and AVPlay's display space). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An audio track as the viewer picks it. `id` is stable for the life of a stream. */
export interface AudioTrack {
  id: string;
  label: string;
  language?: string;
  active: boolean;
}

/** A subtitle track. Selecting none switches subtitles off. */
export interface SubtitleTrack {
  id: string;
  label: string;
  language?: string;
  active: boolean;
}

/** The tracks of the current stream. */
export interface TrackList {
  audio: AudioTrack[];
  subtitles: SubtitleTrack[];
}

/** A subtitle to draw now (seconds on the media clock); the UI draws it, a canvas app gets no browser rendering. */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

/** Seconds of media held before and after the playhead. */
export interface BufferedSpan {
  ahead: number;
  behind: number;
}

/** Figures about the current stream, for an info overlay and the benchmarks. */
export interface PlaybackStats {
  engine?: EngineName;
  url?: string;
  state: PlaybackState;
  position: number;
  /** 0 for live. */
  duration: number;
  buffered: BufferedSpan;
  decodedFrames: number;
  droppedFrames: number;
  /** Reconnects since the stream was loaded. */
  reconnects: number;
  /** In-place media-error recoveries since the stream was loaded. */
  mediaRecoveries: number;
  /** Milliseconds from `load()` to the first picture, once there was one. */
  startupMs?: number;
}
