import type { PlatformMedia } from '../../platform';
import type { VideoSurface } from '../surface/VideoSurface';
import type {
  AspectMode,
  BufferedSpan,
  Cue,
  EngineName,
  Rect,
  SourceHeaders,
  SourceKind,
  StreamFormat,
  TrackList,
} from '../types';
import type { EngineTuning } from './tuning';

/**
 * Why an engine gave up on a stream. Engines retry transient trouble themselves; what reaches the player is final
 * for that engine instance, except a `media` failure marked `recoverable`, which the player may ask the engine to
 * recover in place (rate-limited, see RecoveryLimiter).
 * - `http`: the server answered with an error status (`status` set).
 * - `network`: the connection failed or was cut.
 * - `timeout`: the server did not answer in time.
 * - `media`: the bytes arrived but could not be decoded or appended.
 * - `format`: this engine cannot play this kind of stream at all (try another engine).
 */
export interface EngineFailure {
  kind: 'http' | 'network' | 'timeout' | 'media' | 'format';
  /** The engine's own name for it (`fragLoadError`, `PLAYER_ERROR_CONNECTION_FAILED`, `MEDIA_ERR_DECODE`...). */
  detail: string;
  status?: number;
  /** A media failure the engine can try to recover from in place. */
  recoverable?: boolean;
  /**
   * The engine cannot tell a refused or missing URL from a real format problem (a `<video>` reports a 404 as "source
   * not supported"): the player asks the server for the URL's status before deciding.
   */
  uncertain?: boolean;
  cause?: unknown;
}

/** How an engine reports to the player. Calls after `destroy()` are ignored by the player. */
export interface EngineSink {
  /** Pictures are moving. */
  playing(): void;
  /** Waiting for data. */
  waiting(): void;
  paused(): void;
  /** A VOD or catch-up stream reached its end. */
  ended(): void;
  /** The playhead moved (seconds); also what the stall watchdog watches. */
  progress(position: number): void;
  /** Seconds; 0 for live. */
  duration(seconds: number): void;
  tracks(tracks: TrackList): void;
  /** The subtitle to show now, or null to clear it. */
  cue(cue: Cue | null): void;
  failure(failure: EngineFailure): void;
  /**
   * A problem the engine is working around itself (a segment it could not parse, say). Nothing changes while the
   * stream plays; if no picture ever comes, the player names this as the reason instead of a bare time-out.
   */
  trouble?(failure: EngineFailure): void;
}

/** What an engine gets from the player. */
export interface EngineContext {
  surface: VideoSurface;
  media: PlatformMedia;
  tuning: EngineTuning;
  sink: EngineSink;
}

/** A live playlist fetched ahead of the channel change (see PlaylistPrefetcher). */
export interface Preloaded {
  /** The session URL the panel redirected to: load this instead of the requested one. */
  url: string;
  text: string;
}

/** One stream for an engine to start. */
export interface StartRequest {
  url: string;
  format: StreamFormat;
  kind: SourceKind;
  /** Seconds; undefined starts at the beginning (VOD) or the live edge (live). */
  startAt?: number;
  headers?: SourceHeaders;
  /** The playlist, already fetched; engines that cannot use it ignore it. */
  preloaded?: Preloaded;
}

/** Frame counters of the picture. */
export interface FrameCounts {
  decoded: number;
  dropped: number;
}

/**
 * The one interface every engine implements. An engine instance plays one stream once: the player destroys it and
 * creates a new one to reconnect or to change channel, so no state leaks between streams.
 */
export interface Engine {
  readonly name: EngineName;
  start(request: StartRequest): void;
  play(): void;
  pause(): void;
  seek(seconds: number): void;
  position(): number;
  duration(): number;
  buffered(): BufferedSpan;
  frames(): FrameCounts;
  tracks(): TrackList;
  selectAudio(id: string): void;
  /** `null` switches subtitles off. */
  selectSubtitles(id: string | null): void;
  /** Recovers from a media error in place; false when this engine cannot (the player then reconnects). */
  recoverMedia(): boolean;
  /** Places the picture over `rect` (stage coordinates; undefined = full screen) in an aspect mode. */
  present(rect: Rect | undefined, aspect: AspectMode): void;
  /** Releases the decoder while the app is hidden, keeping the position (Tizen AVPlay). */
  suspend?(): void;
  /** Takes the decoder back after {@link Engine.suspend}. */
  restore?(): void;
  /** Stops and releases everything: network, decoder, listeners, elements it created. */
  destroy(): void;
}

/** Creates an engine; engine modules export one, loaded lazily so a TV never downloads a library it does not use. */
export type EngineFactory = (context: EngineContext) => Engine;

/** No tracks known. */
export function noTracks(): TrackList {
  return { audio: [], subtitles: [] };
}
