/**
 * The player harness: a blank page with one Player and a small API on `window.__harness` that the browser tests and
 * benchmarks drive through page.evaluate(). Query parameters are not used; everything goes through `create()`.
 */
import { detectPlatform, type PlatformHost, type PlatformMedia } from '../../../src/platform';
import {
  Player,
  type Cue,
  type EngineName,
  type PlaybackSource,
  type PlaybackState,
  type ResiliencePolicy,
  type EngineTuning,
  type TrackList,
} from '../../../src/player';
import type { Account } from '../../../src/xtream';

/** Options of {@link HarnessApi.create}. */
export interface HarnessOptions {
  /** Use this engine and no other (no fallback), to test one engine alone. */
  only?: EngineName;
  preferredEngine?: EngineName;
  policy?: Partial<ResiliencePolicy>;
  tuning?: Partial<EngineTuning>;
}

/** What a test can read about the player at a moment. */
export interface HarnessSnapshot {
  state: PlaybackState;
  states: string[];
  error: { code: string; message: string; hint: string; status?: number } | null;
  reconnect: { attempt: number; max: number } | null;
  position: number;
  duration: number;
  engine?: string;
  url?: string;
  tracks: TrackList;
  cues: string[];
  buffered: { ahead: number; behind: number };
  decodedFrames: number;
  enginesCreated: number;
  videoElements: number;
  activeVideos: number;
  startupMs?: number;
}

/** The page's API. */
export interface HarnessApi {
  create(options?: HarnessOptions): void;
  load(source: PlaybackSource, account?: Account): Promise<void>;
  play(): void;
  pause(): void;
  seek(seconds: number): boolean;
  stop(): void;
  destroy(): void;
  selectAudio(id: string): void;
  selectSubtitles(id: string | null): void;
  snapshot(): HarnessSnapshot;
  /** Keeps the playlists of `neighbours` warm (see Player.prefetch). */
  prefetch(neighbours: PlaybackSource[], maxSessions: number): Promise<void>;
  /** Loads `source` and resolves with the milliseconds until its first frame is presented. */
  zap(source: PlaybackSource, timeoutMs: number): Promise<number>;
}

type VideoWithFrames = HTMLVideoElement & {
  requestVideoFrameCallback?(callback: () => void): number;
};

const host = window as unknown as PlatformHost;
const platform = detectPlatform(host);
let player: Player | undefined;
let states: string[] = [];
let cues: string[] = [];

function restricted(only: EngineName | undefined): typeof platform {
  if (!only) return platform;
  const media = platform.media();
  const limited: PlatformMedia = { ...media, engines: media.engines.filter((e) => e === only) };
  return { ...platform, media: () => limited };
}

function current(): Player {
  if (!player) throw new Error('call __harness.create() first');
  return player;
}

function videos(): HTMLVideoElement[] {
  return Array.prototype.slice.call(document.querySelectorAll('video')) as HTMLVideoElement[];
}

const api: HarnessApi = {
  create(options = {}) {
    if (player) player.destroy();
    states = [];
    cues = [];
    player = new Player({
      platform: restricted(options.only),
      preferredEngine: options.only ?? options.preferredEngine,
      policy: options.policy,
      tuning: options.tuning,
    });
    player.on('state', (state, reconnect) =>
      states.push(reconnect ? `${state} ${reconnect.attempt}/${reconnect.max}` : state),
    );
    player.on('cue', (cue: Cue | null) => cues.push(cue ? cue.text : ''));
  },
  load: (source, account) => current().load(source, { account }),
  play: () => current().play(),
  pause: () => current().pause(),
  seek: (seconds) => current().seek(seconds),
  stop: () => current().stop(),
  destroy: () => current().destroy(),
  selectAudio: (id) => current().selectAudio(id),
  selectSubtitles: (id) => current().selectSubtitles(id),
  prefetch: (neighbours, maxSessions) => current().prefetch(neighbours, maxSessions),
  snapshot() {
    const p = current();
    const stats = p.stats();
    const error = p.error;
    const reconnect = p.reconnect;
    return {
      state: p.state,
      states: states.slice(),
      error: error ? { code: error.code, message: error.message, hint: error.hint, status: error.status } : null,
      reconnect: reconnect ? { attempt: reconnect.attempt, max: reconnect.max } : null,
      position: p.position,
      duration: p.duration,
      engine: stats.engine,
      url: stats.url,
      tracks: p.tracks(),
      cues: cues.slice(),
      buffered: stats.buffered,
      decodedFrames: stats.decodedFrames,
      enginesCreated: p.enginesCreated,
      videoElements: videos().length,
      activeVideos: videos().filter((v) => Boolean(v.currentSrc) && !v.paused).length,
      startupMs: stats.startupMs,
    };
  },
  zap(source, timeoutMs) {
    const p = current();
    const started = performance.now();
    const loading = p.load(source);
    const video = document.querySelector('video') as VideoWithFrames | null;
    return loading.then(
      () =>
        new Promise<number>((resolve, reject) => {
          const element = (document.querySelector('video') as VideoWithFrames | null) ?? video;
          if (!element || !element.requestVideoFrameCallback) {
            reject(new Error('requestVideoFrameCallback is not available'));
            return;
          }
          const timer = setTimeout(() => reject(new Error(`no frame within ${timeoutMs} ms`)), timeoutMs);
          element.requestVideoFrameCallback(() => {
            clearTimeout(timer);
            resolve(performance.now() - started);
          });
        }),
    );
  },
};

(window as unknown as { __harness: HarnessApi }).__harness = api;
