import type { PlaybackState, ReconnectProgress } from './types';

/** A short line for a state, as a status overlay shows it ("Reconnecting 2/5"); empty while playing or idle. */
export function describeState(state: PlaybackState, reconnect?: ReconnectProgress): string {
  switch (state) {
    case 'loading':
      return 'Loading…';
    case 'buffering':
      return 'Buffering…';
    case 'reconnecting':
      return reconnect ? `Reconnecting ${reconnect.attempt}/${reconnect.max}` : 'Reconnecting…';
    case 'paused':
      return 'Paused';
    case 'ended':
      return 'Ended';
    default:
      return '';
  }
}
