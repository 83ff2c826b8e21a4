import type { PlaybackState } from './types';

/**
 * The allowed state changes. `stop()` may always go to `idle`; a new `load()` may always go to `loading`; any
 * state with a stream may fail. Everything else follows what an engine can actually report.
 */
const ALLOWED: Record<PlaybackState, readonly PlaybackState[]> = {
  idle: ['loading'],
  loading: ['playing', 'paused', 'buffering', 'reconnecting', 'ended', 'error', 'idle', 'loading'],
  playing: ['paused', 'buffering', 'reconnecting', 'ended', 'error', 'idle', 'loading'],
  paused: ['playing', 'buffering', 'reconnecting', 'ended', 'error', 'idle', 'loading'],
  buffering: ['playing', 'paused', 'reconnecting', 'ended', 'error', 'idle', 'loading'],
  reconnecting: ['playing', 'paused', 'buffering', 'reconnecting', 'error', 'idle', 'loading'],
  ended: ['playing', 'buffering', 'paused', 'idle', 'loading', 'error'],
  error: ['idle', 'loading'],
};

/** Whether the player may go from `from` to `to`. Staying put is not a transition (no event). */
export function canTransition(from: PlaybackState, to: PlaybackState): boolean {
  if (from === to) return to === 'reconnecting';
  return ALLOWED[from].indexOf(to) !== -1;
}

/** States in which a stream is loaded (the engine exists or is being made). */
export function hasStream(state: PlaybackState): boolean {
  return state !== 'idle' && state !== 'error';
}
