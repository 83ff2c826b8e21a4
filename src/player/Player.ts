import type { Account } from '../xtream';
import { BackgroundHandler } from './backgroundHandler';
import { Emitter } from './emitter';
import { noTracks, type Engine } from './engines/Engine';
import type { EngineTuning } from './engines/tuning';
import { PlaybackSession } from './PlaybackSession';
import { resolveConfig, sessionSetup, warmableUrls, type PlayerConfig } from './playerConfig';
import type { PlayerError } from './PlayerError';
import type { LoadOptions, PlayerListeners, PlayerOptions } from './playerOptions';
import { canTransition } from './playerState';
import { PlaylistPrefetcher } from './PlaylistPrefetcher';
import { collectStats, StatsTicker } from './stats';
import { VideoSurface, type SurfaceDocument } from './surface/VideoSurface';
import type {
  AspectMode,
  EngineName,
  PlaybackSource,
  PlaybackState,
  PlaybackStats,
  ReconnectProgress,
  Rect,
  TrackList,
} from './types';

/**
 * One facade over every engine: `load()` a {@link PlaybackSource}, control it, listen to typed events. The engine is
 * chosen per platform, format and setting, with fallbacks; live streams heal themselves. The UI never sees which
 * engine plays. Nothing works after `destroy()`.
 */
export class Player {
  private readonly events = new Emitter<PlayerListeners>();
  private readonly surface: VideoSurface;
  private readonly config: PlayerConfig;
  private readonly unwatchVisibility: () => void;
  private session: PlaybackSession | undefined;
  private currentSource: PlaybackSource | undefined;
  private account: Account | undefined;
  private currentState: PlaybackState = 'idle';
  private reconnectProgress: ReconnectProgress | undefined;
  private lastError: PlayerError | undefined;
  private trackList: TrackList = noTracks();
  private durationSeconds = 0;
  private aspectMode: AspectMode = 'fit';
  private rectangle: Rect | undefined;
  private preferred: EngineName | undefined;
  private readonly ticker: StatsTicker;
  private readonly background: BackgroundHandler;
  private readonly prefetcher: PlaylistPrefetcher;
  private destroyed = false;
  private created = 0;

  constructor(options: PlayerOptions = {}) {
    this.surface = new VideoSurface(options.document ?? (document as unknown as SurfaceDocument));
    this.config = resolveConfig(options);
    this.ticker = new StatsTicker(this.config.statsIntervalMs, () => {
      if (!this.engine()) return;
      const stats = this.stats();
      this.events.emit('buffered', stats.buffered);
      this.events.emit('stats', stats);
    });
    this.preferred = options.preferredEngine;
    this.prefetcher = new PlaylistPrefetcher(options.prefetch);
    this.background = new BackgroundHandler({
      session: () => this.session,
      source: () => this.currentSource,
      release: () => {
        this.endSession();
        this.setState('idle');
      },
      reload: (source) => void this.load(source, { account: this.account }),
    });
    this.unwatchVisibility =
      options.handleVisibility === false
        ? () => undefined
        : this.config.platform.onVisibilityChange((hidden) => {
            if (this.destroyed) return;
            if (hidden) this.background.hidden();
            else this.background.shown();
          });
  }

  /** The current playback state. */
  get state(): PlaybackState {
    return this.currentState;
  }

  /** Why the last stream failed, while the state is `error`. */
  get error(): PlayerError | undefined {
    return this.currentState === 'error' ? this.lastError : undefined;
  }

  /** The reconnect attempt under way, while the state is `reconnecting`. */
  get reconnect(): ReconnectProgress | undefined {
    return this.currentState === 'reconnecting' ? this.reconnectProgress : undefined;
  }

  /** What was last loaded (URLs as given, before any rewriting). */
  get source(): PlaybackSource | undefined {
    return this.currentSource;
  }

  /** Whether the current stream can seek (VOD and catch-up; never live). */
  get canSeek(): boolean {
    return this.currentSource !== undefined && this.currentSource.kind !== 'live';
  }

  /** The playhead in seconds. */
  get position(): number {
    return this.session ? this.session.position() : 0;
  }

  /** Seconds; 0 for live or before it is known. */
  get duration(): number {
    return this.durationSeconds;
  }

  get aspect(): AspectMode {
    return this.aspectMode;
  }

  /** How many engine instances this player has created (each load, fallback and reconnect makes one). */
  get enginesCreated(): number {
    return this.created;
  }

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof PlayerListeners & string>(event: K, listener: PlayerListeners[K]): () => void {
    return this.events.on(event, listener);
  }

  /**
   * Plays `source` (a URL alone means a live stream), replacing whatever played or was still loading: the old
   * load is cancelled and its engine destroyed first, so two streams never play at once. Resolves once an engine
   * is starting; failures arrive as the `error` event.
   */
  load(source: PlaybackSource | string, options: LoadOptions = {}): Promise<void> {
    if (this.destroyed) return Promise.reject(new Error('Player.load() called after destroy()'));
    const given: PlaybackSource = typeof source === 'string' ? { url: source, kind: 'live' } : source;
    this.endSession();
    this.prefetcher.pause();
    this.background.forget();
    this.currentSource = given;
    this.account = options.account;
    this.lastError = undefined;
    this.durationSeconds = 0;
    this.setTracks(noTracks());
    this.events.emit('cue', null);
    this.setState('loading');
    const session: PlaybackSession = new PlaybackSession(
      sessionSetup(this.config, given, {
        surface: this.surface,
        preferred: this.preferred,
        account: options.account,
        preloaded: (url) => this.prefetcher.take(url),
        events: {
          state: (state, reconnect) => session === this.session && this.setState(state, reconnect),
          time: (position) => session === this.session && this.events.emit('time', position),
          duration: (seconds) => {
            if (session !== this.session) return;
            this.durationSeconds = seconds;
            this.events.emit('duration', seconds);
          },
          tracks: (tracks) => session === this.session && this.setTracks(tracks),
          cue: (cue) => session === this.session && this.events.emit('cue', cue),
          failed: (error) => session === this.session && this.fail(error),
          engineStarted: () => {
            this.created++;
          },
        },
      }),
    );
    this.session = session;
    this.ticker.start();
    return session.start();
  }

  /** Resumes after `pause()`; from `ended`, plays again from the start. */
  play(): void {
    this.assertAlive('play');
    if (!this.session) return;
    if (this.currentState === 'ended') this.session.seek(0);
    this.session.play();
  }

  pause(): void {
    this.assertAlive('pause');
    if (this.session && this.currentState !== 'error') this.session.pause();
  }

  /** Seeks to `seconds` on VOD and catch-up; returns false (and does nothing) on live. */
  seek(seconds: number): boolean {
    this.assertAlive('seek');
    return this.session ? this.session.seek(seconds) : false;
  }

  /**
   * Keeps the playlists of the live channels a viewer is likely to zap to next (the neighbours) fetched while the
   * current one plays, so changing to one skips the redirect and the playlist download. Each warmed channel holds
   * a panel session, i.e. one of the account's connections: `maxSessions` is what the caller can spare (0 stops
   * prefetching). Applies to HLS live streams that hls.js would play; refreshed until the next load or stop.
   */
  prefetch(neighbours: readonly PlaybackSource[], maxSessions: number): Promise<void> {
    this.assertAlive('prefetch');
    this.prefetcher.pause();
    return this.prefetcher.keepWarm(warmableUrls(this.config, neighbours, this.preferred), maxSessions);
  }

  /** Stops playback and hides the picture; the player can load again. */
  stop(): void {
    if (this.destroyed) return;
    this.prefetcher.clear();
    this.endSession();
    this.background.forget();
    this.events.emit('cue', null);
    this.setState('idle');
  }

  /** Stops playback, removes the video surface and every listener. Every later call throws (load rejects). */
  destroy(): void {
    if (this.destroyed) return;
    this.stop();
    this.destroyed = true;
    this.unwatchVisibility();
    this.surface.dispose();
    this.events.removeAll();
  }

  /** The current stream's audio and subtitle tracks. */
  tracks(): TrackList {
    return this.trackList;
  }

  selectAudio(id: string): void {
    this.assertAlive('selectAudio');
    const engine = this.engine();
    if (engine) engine.selectAudio(id);
  }

  /** Shows the subtitle track `id`, or none with `null`. */
  selectSubtitles(id: string | null): void {
    this.assertAlive('selectSubtitles');
    const engine = this.engine();
    if (id === null) this.events.emit('cue', null);
    if (engine) engine.selectSubtitles(id);
  }

  /** How the picture fills its rectangle. */
  setAspect(mode: AspectMode): void {
    this.assertAlive('setAspect');
    this.aspectMode = mode;
    this.place();
  }

  /** Puts the picture in `rect` (stage coordinates, e.g. a preview window), or full screen without one. */
  setRect(rect?: Rect): void {
    this.assertAlive('setRect');
    this.rectangle = rect;
    this.place();
  }

  /** The viewer's engine setting, applied from the next `load()`. */
  setPreferredEngine(engine: EngineName | undefined): void {
    this.preferred = engine;
  }

  /** Changes buffer and resolution settings (the viewer's preferences); they apply from the next load. */
  setTuning(tuning: Partial<EngineTuning>): void {
    this.assertAlive('setTuning');
    this.config.tuning = { ...this.config.tuning, ...tuning };
  }

  /** Figures about the current stream. */
  stats(): PlaybackStats {
    const figures = this.session ? this.session.figures() : undefined;
    return collectStats(this.engine(), figures, this.currentState, this.position, this.durationSeconds);
  }

  private engine(): Engine | undefined {
    return this.session ? this.session.current : undefined;
  }

  private place(): void {
    this.surface.place(this.rectangle, this.aspectMode);
    const engine = this.engine();
    if (engine) engine.present(this.rectangle, this.aspectMode);
  }

  private endSession(): void {
    this.ticker.stop();
    if (this.session) this.session.dispose();
    this.session = undefined;
    this.surface.show(undefined);
  }

  private fail(error: PlayerError): void {
    this.lastError = error;
    this.endSession();
    this.setState('error');
    this.events.emit('error', error);
  }

  private setTracks(tracks: TrackList): void {
    this.trackList = tracks;
    this.events.emit('tracks', tracks);
  }

  private setState(state: PlaybackState, reconnect?: ReconnectProgress): void {
    if (!canTransition(this.currentState, state)) return;
    this.currentState = state;
    this.reconnectProgress = reconnect;
    this.events.emit('state', state, reconnect);
  }

  private assertAlive(method: string): void {
    if (this.destroyed) throw new Error(`Player.${method}() called after destroy()`);
  }
}
