import type { PlayerListeners } from './playerOptions';
import type { PlaybackState } from './types';

/** Saves a resume position (seconds) and the duration it belongs to; may be async. */
export type SavePosition = (positionSec: number, durationSec: number) => void | Promise<void>;

/** Options of a {@link ResumeTracker}. */
export interface ResumeTrackerOptions {
  save: SavePosition;
  /** How often a moving position is saved. Default 5000 ms. */
  intervalMs?: number;
  /** Positions this close to the start are not worth resuming. Default 10 s. */
  minPositionSec?: number;
}

/** The part of a Player the tracker listens to (so tests can drive it with a plain emitter). */
export interface TrackedPlayer {
  on<K extends 'time' | 'duration' | 'state'>(event: K, listener: PlayerListeners[K]): () => void;
}

/**
 * Saves where the viewer is in a movie, episode or catch-up: every few seconds while the position moves, and at once
 * on pause, stop, end and exit (`flush()`), so a TV switched off mid-film loses at most one interval. Failures of
 * `save` are swallowed: a resume position is never worth interrupting playback.
 */
export class ResumeTracker {
  private readonly intervalMs: number;
  private readonly minPositionSec: number;
  private position = 0;
  private duration = 0;
  private savedPosition: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void)[] = [];

  constructor(private readonly options: ResumeTrackerOptions) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.minPositionSec = options.minPositionSec ?? 10;
  }

  /** Follows a player's position and state until {@link ResumeTracker.dispose}. */
  attach(player: TrackedPlayer): void {
    this.unsubscribe.push(
      player.on('time', (position: number) => this.update(position)),
      player.on('duration', (duration: number) => {
        this.duration = duration;
      }),
      player.on('state', (state: PlaybackState) => {
        if (state === 'paused' || state === 'idle' || state === 'error') this.flush();
        if (state === 'ended') this.finish();
      }),
    );
    this.timer = setInterval(() => this.saveIfMoved(), this.intervalMs);
  }

  /** Records the playhead (seconds). */
  update(position: number): void {
    if (isFinite(position) && position >= 0) this.position = position;
  }

  /** Saves now if the position changed since the last save. */
  flush(): void {
    this.saveIfMoved();
  }

  /** The stream ended: saves the end, so "continue watching" knows it was finished. */
  finish(): void {
    if (this.duration > 0) this.position = this.duration;
    this.saveIfMoved();
  }

  /** Saves a last time and stops following the player. */
  dispose(): void {
    this.flush();
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = [];
  }

  private saveIfMoved(): void {
    const position = Math.floor(this.position);
    if (position < this.minPositionSec || position === this.savedPosition) return;
    this.savedPosition = position;
    try {
      const result = this.options.save(position, Math.floor(this.duration));
      if (result && typeof result.catch === 'function') result.catch(() => undefined);
    } catch {
      // Storage full or unavailable: playback goes on.
    }
  }
}
