/**
 * Typings of the webOS media pieces the player uses: the Luna service bridge of webOSTV.js and the non-standard
 * `mediaId` LG's `<video>` gets once a source is set (research: tv-platforms.md §3.3, §3.6).
 */

/** Options of `webOS.service.request(uri, options)`. */
export interface LunaRequestOptions {
  method: string;
  parameters?: Record<string, unknown>;
  subscribe?: boolean;
  onSuccess?(response: Record<string, unknown>): void;
  onFailure?(error: { errorCode?: number | string; errorText?: string }): void;
  onComplete?(response: Record<string, unknown>): void;
}

/** `webOS.service`: Luna calls (`luna://…`). */
export interface LunaService {
  request(uri: string, options: LunaRequestOptions): unknown;
}

/** LG's `<video>`: the pipeline id arrives shortly after `src` is set (Stremio polls it for about 1.5 s). */
export interface WebOsVideoElement extends HTMLVideoElement {
  mediaId?: string;
}

/** The Luna URI of the media service that selects tracks and switches subtitles. */
export const WEBOS_MEDIA_SERVICE = 'luna://com.webos.media';
