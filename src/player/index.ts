/**
 * Playback: one {@link Player} facade over the TVs' native players (Tizen AVPlay, webOS `<video>`) and the web
 * engines (hls.js, shaka-player, mpegts.js, plain `<video>`), each loaded only when a stream needs it.
 */
export { Player } from './Player';
export type { LoadOptions, PlayerListeners, PlayerOptions } from './playerOptions';
export { PlayerError, isPlayerError, PLAYER_ERROR_CODES } from './PlayerError';
export type { PlayerErrorCode, PlayerErrorOptions } from './PlayerError';
export { playerErrorFromStatus, playerErrorFromFailure } from './errorMapping';
export type {
  AlternateUrl,
  AspectMode,
  AudioTrack,
  BufferedSpan,
  Cue,
  EngineName,
  PlaybackSource,
  PlaybackState,
  PlaybackStats,
  ReconnectProgress,
  Rect,
  SourceHeaders,
  SourceKind,
  StreamFormat,
  SubtitleTrack,
  TrackList,
} from './types';
export { inferFormat, planAttempts, preferredLiveFormat } from './engineChoice';
export type { EngineAttempt } from './engineChoice';
export { ENGINE_LOADERS } from './engineLoaders';
export type { EngineLoader } from './engineLoaders';
export type { Engine, EngineContext, EngineFactory, EngineFailure, EngineSink, StartRequest } from './engines/Engine';
export { DEFAULT_TUNING } from './engines/tuning';
export type { EngineTuning } from './engines/tuning';
export { DEFAULT_POLICY, reconnectDelay } from './resilience/policy';
export type { ResiliencePolicy } from './resilience/policy';
export { ASPECT_MODES, nextAspectMode, pictureBox, STAGE } from './surface/aspect';
export type { SurfaceDocument } from './surface/VideoSurface';
export { describeState } from './describeState';
export { catchupSource, episodeSource, liveSource, movieSource } from './sources';
export type { ProgrammeTimes, SourceOptions } from './sources';
export { createPanelLineCheck, isLineTaken, panelAddress } from './lineCheck';
export type { LineCheck, LineUsage, PanelLineCheckOptions } from './lineCheck';
export { ResumeTracker } from './ResumeTracker';
export type { ResumeTrackerOptions, SavePosition, TrackedPlayer } from './ResumeTracker';
export { EpisodeQueue } from './EpisodeQueue';
export type { QueuePlayer } from './EpisodeQueue';
export { PlaylistPrefetcher } from './PlaylistPrefetcher';
export type { PlaylistFetch, PrefetchedPlaylist, PrefetcherOptions } from './PlaylistPrefetcher';
export type { Preloaded } from './engines/Engine';
