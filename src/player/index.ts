/** Playback: a `<video>` behind the UI, hls.js for live HLS, typed states and errors. */
export { Player } from './Player';
export type { HlsClass, HlsInstance, LoadOptions, PlaybackState, PlayerListeners, PlayerOptions } from './Player';
export { PlayerError, isPlayerError } from './PlayerError';
export type { PlayerErrorCode, PlayerErrorOptions } from './PlayerError';
export { decideHlsError, playerErrorFromStatus } from './streamErrors';
export type { HlsErrorDecision, HlsErrorLike } from './streamErrors';
export { LIVE_HLS_CONFIG } from './hlsConfig';
export type { Rect } from './videoSurface';
