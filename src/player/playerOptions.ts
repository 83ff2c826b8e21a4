import { detectPlatform, type Platform, type PlatformHost } from '../platform';
import type { Account } from '../xtream';
import type { EngineLoader } from './engineLoaders';
import type { EngineTuning } from './engines/tuning';
import type { LineCheck } from './lineCheck';
import type { PlayerError } from './PlayerError';
import type { PrefetcherOptions } from './PlaylistPrefetcher';
import type { StatusProbe } from './probeStatus';
import type { ResiliencePolicy } from './resilience/policy';
import type { SurfaceDocument } from './surface/VideoSurface';
import type {
  BufferedSpan,
  Cue,
  EngineName,
  PlaybackState,
  PlaybackStats,
  ReconnectProgress,
  TrackList,
} from './types';

/** Events of a {@link Player}; every listener gets typed arguments. */
export interface PlayerListeners {
  [event: string]: (...args: never[]) => void;
  /** The state changed; while `reconnecting`, `reconnect` says which attempt ("Reconnecting 2/5"). */
  state: (state: PlaybackState, reconnect?: ReconnectProgress) => void;
  /** The playhead moved (seconds). */
  time: (position: number) => void;
  /** The duration is known (seconds; 0 for live). */
  duration: (seconds: number) => void;
  /** Buffer around the playhead, about once a second. */
  buffered: (span: BufferedSpan) => void;
  tracks: (tracks: TrackList) => void;
  /** The subtitle to draw now, or null to clear it. */
  cue: (cue: Cue | null) => void;
  /** Playback failed; the state is now `error`. */
  error: (error: PlayerError) => void;
  /** Figures about the stream, about once a second. */
  stats: (stats: PlaybackStats) => void;
}

/** Options of a {@link Player}; everything has a default. */
export interface PlayerOptions {
  /** The document to put the video surface into (default: the page's). */
  document?: SurfaceDocument;
  /** Engines and visibility come from here (default: detected from `window` by the caller's platform layer). */
  platform?: Pick<Platform, 'media' | 'onVisibilityChange'>;
  /** Replaces engine loaders (tests, or an app that bundles a subset). */
  engines?: Partial<Record<EngineName, EngineLoader>>;
  /** Rewrites stream URLs (the emulator routes them through its CORS proxy). */
  rewriteUrl?: (url: string) => string;
  /** The viewer's engine setting; it goes first wherever it can play the stream. */
  preferredEngine?: EngineName;
  policy?: Partial<ResiliencePolicy>;
  tuning?: Partial<EngineTuning>;
  /** Explains failures a native player could not (default: a status-only fetch); `false` turns it off. */
  probeStatus?: StatusProbe | false;
  /**
   * Asks the panel how many of the account's connections are in use when a live MPEG-TS connection drops, before
   * reconnecting (default: `player_api.php` through fetch); `false` turns it off.
   */
  lineCheck?: LineCheck | false;
  /** How often `buffered` and `stats` fire. Default 1000 ms. */
  statsIntervalMs?: number;
  /** Release the decoder when the app goes to the background and come back on return. Default true. */
  handleVisibility?: boolean;
  /** Fetch, freshness and refresh interval of prefetched neighbour playlists (see `Player.prefetch`). */
  prefetch?: PrefetcherOptions;
}

/** Options of one {@link Player.load} call. */
export interface LoadOptions {
  /** The signed-in account, so a refused stream can be told apart from a connection limit. */
  account?: Account;
}

/**
 * The platform a player without one uses: detected from `window` in a page (so a TV gets its native player even
 * when the app did not pass its platform), or plain MSE engines where there is no window.
 */
export function defaultPlatform(): Pick<Platform, 'media' | 'onVisibilityChange'> {
  if (typeof window !== 'undefined') return detectPlatform(window as unknown as PlatformHost);
  const media = { engines: ['hlsjs', 'shaka', 'mpegts', 'native'] as EngineName[], mse: true, nativeHls: false };
  return { media: () => media, onVisibilityChange: () => () => undefined };
}
