import type { AvPlayApi } from './avplayApi';
import type { PlatformHost, PlatformKind } from './platform';
import type { LunaService } from './webosMediaApi';

/** The playback engines the app has; which of them a device can use is decided here, once. */
export type PlaybackEngineName = 'avplay' | 'webos' | 'hlsjs' | 'shaka' | 'mpegts' | 'native';

/** What a device can play with. The player asks this instead of looking at globals itself. */
export interface PlatformMedia {
  /** Engines this device can run, its preferred ones first (a TV's native player before any MSE library). */
  readonly engines: readonly PlaybackEngineName[];
  /** Tizen's native player, when `$WEBAPIS/webapis/webapis.js` loaded. */
  readonly avplay?: AvPlayApi;
  /** webOS Luna bridge (track selection through `luna://com.webos.media`), when webOSTV.js is there. */
  readonly luna?: LunaService;
  /** Media Source Extensions exist, so hls.js, shaka-player and mpegts.js can run. */
  readonly mse: boolean;
  /** The `<video>` element claims HLS itself (desktop Chromium does now, as do TVs and Safari, with different abilities). */
  readonly nativeHls: boolean;
}

interface MediaSourceLike {
  isTypeSupported?(type: string): boolean;
}

const H264_AAC = 'video/mp4; codecs="avc1.42E01E,mp4a.40.2"';

function hasMse(host: PlatformHost): boolean {
  const candidates: (MediaSourceLike | undefined)[] = [
    host.MediaSource,
    host.ManagedMediaSource,
    host.WebKitMediaSource,
  ];
  return candidates.some((source) => {
    if (!source || typeof source.isTypeSupported !== 'function') return false;
    try {
      return source.isTypeSupported(H264_AAC);
    } catch {
      return false;
    }
  });
}

function claimsNativeHls(host: PlatformHost): boolean {
  const doc = host.document;
  if (!doc || typeof doc.createElement !== 'function') return false;
  try {
    const video = doc.createElement('video');
    return video.canPlayType('application/vnd.apple.mpegurl') !== '';
  } catch {
    return false;
  }
}

/**
 * What `host` can play with. Tizen prefers AVPlay (it plays raw MPEG-TS, HLS and MKV without MSE), webOS its native
 * `<video>` pipeline, a browser the MSE libraries; `native` (a plain `<video src>`) is always there as a last resort.
 */
export function detectMedia(kind: PlatformKind, host: PlatformHost): PlatformMedia {
  const avplay = kind === 'tizen' && host.webapis && host.webapis.avplay ? host.webapis.avplay : undefined;
  const luna = kind === 'webos' && host.webOS && host.webOS.service ? host.webOS.service : undefined;
  const mse = hasMse(host);
  const engines: PlaybackEngineName[] = [];
  if (avplay) engines.push('avplay');
  if (kind === 'webos') engines.push('webos');
  if (mse) engines.push('hlsjs', 'shaka', 'mpegts');
  engines.push('native');
  return { engines, avplay, luna, mse, nativeHls: claimsNativeHls(host) };
}

/** Memoises {@link detectMedia}: capabilities do not change while the app runs, and probing creates an element. */
export function lazyMedia(kind: PlatformKind, host: PlatformHost): () => PlatformMedia {
  let media: PlatformMedia | undefined;
  return () => (media ??= detectMedia(kind, host));
}
