/**
 * Typings of Samsung's `webapis.avplay` (the Tizen TV native player), as far as the app uses it. Written from the
 * vendor's AVPlay API reference and its TypeScript declarations (research: tv-platforms.md §1).
 */

/** `getState()` values. NONE: no instance or after close(); IDLE: after open(); READY: prepared; PLAYING; PAUSED. */
export type AvPlayState = 'NONE' | 'IDLE' | 'READY' | 'PLAYING' | 'PAUSED';

/** Error names AVPlay hands to `onerror` (the misspelled `GENEREIC` is the API's own). */
export type AvPlayErrorName =
  | 'PLAYER_ERROR_NONE'
  | 'PLAYER_ERROR_INVALID_PARAMETER'
  | 'PLAYER_ERROR_NO_SUCH_FILE'
  | 'PLAYER_ERROR_INVALID_OPERATION'
  | 'PLAYER_ERROR_SEEK_FAILED'
  | 'PLAYER_ERROR_INVALID_STATE'
  | 'PLAYER_ERROR_NOT_SUPPORTED_FILE'
  | 'PLAYER_ERROR_NOT_SUPPORTED_FORMAT'
  | 'PLAYER_ERROR_INVALID_URI'
  | 'PLAYER_ERROR_CONNECTION_FAILED'
  | 'PLAYER_ERROR_GENEREIC';

/** `onevent` types. */
export type AvPlayEventName =
  | 'PLAYER_MSG_NONE'
  | 'PLAYER_MSG_RESOLUTION_CHANGED'
  | 'PLAYER_MSG_BITRATE_CHANGE'
  | 'PLAYER_MSG_FRAGMENT_INFO'
  | 'PLAYER_SPARSE_TRACK_DETECT'
  | 'PLAYER_STREAMING_EVENT'
  | 'PLAYER_MSG_HTTP_ERROR_CODE'
  | 'PLAYER_MSG_DRM_CHALLENGE_DATA';

/** The callbacks of `setListener()`; every one is optional. Times are milliseconds. */
export interface AvPlayListener {
  onbufferingstart?(): void;
  onbufferingprogress?(percent: number): void;
  onbufferingcomplete?(): void;
  oncurrentplaytime?(ms: number): void;
  onstreamcompleted?(): void;
  onevent?(type: AvPlayEventName | string, data: string): void;
  onerror?(error: AvPlayErrorName | string): void;
  onsubtitlechange?(durationMs: number, text: string, type: number, attributeCount: number, attributes: unknown): void;
  ondrmevent?(type: string, data: string): void;
}

/** One entry of `getTotalTrackInfo()` / `getCurrentStreamInfo()`; `extra_info` is a JSON string. */
export interface AvPlayStreamInfo {
  index: number;
  type: 'VIDEO' | 'AUDIO' | 'TEXT' | string;
  extra_info: string;
}

/** Display methods of `setDisplayMethod()`. */
export type AvPlayDisplayMethod =
  'PLAYER_DISPLAY_MODE_LETTER_BOX' | 'PLAYER_DISPLAY_MODE_FULL_SCREEN' | 'PLAYER_DISPLAY_MODE_AUTO_ASPECT_RATIO';

/** `webapis.avplay`. Synchronous calls throw a WebAPIException (a `name` such as `InvalidStateError`). */
export interface AvPlayApi {
  open(url: string): void;
  close(): void;
  prepare(): void;
  prepareAsync(success?: () => void, error?: (e: unknown) => void): void;
  play(): void;
  pause(): void;
  stop(): void;
  seekTo(ms: number, success?: () => void, error?: (e: unknown) => void): void;
  getState(): AvPlayState;
  getDuration(): number;
  getCurrentTime(): number;
  setListener(listener: AvPlayListener): void;
  setDisplayRect(x: number, y: number, width: number, height: number): void;
  setDisplayMethod(method: AvPlayDisplayMethod): void;
  setStreamingProperty(type: string, value: string): void;
  getStreamingProperty?(type: string): string;
  setTimeoutForBuffering(seconds: number): void;
  setBufferingParam(option: string, unit: string, amount: number): void;
  getTotalTrackInfo(): AvPlayStreamInfo[];
  /** Documented as one object, but Samsung's own sample loops over it: treat it as an array (tv-platforms.md §1.6). */
  getCurrentStreamInfo(): AvPlayStreamInfo[] | AvPlayStreamInfo;
  setSelectTrack(type: 'AUDIO' | 'TEXT', index: number): void;
  setSilentSubtitle(silent: boolean): void;
  suspend(): void;
  restore(url?: string, resumeTimeMs?: number, prepare?: boolean): void;
}
