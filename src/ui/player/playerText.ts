/** The player's states and failures in the viewer's language. Free of Lightning, so jest runs it. */
import { isPlayerError, type AspectMode, type PlaybackState, type ReconnectProgress } from '../../player';
import { describeError } from '../describeError';
import { t, type StringKey } from '../i18n';

/** What a busy indicator says for a state ("Reconnecting 2/5"); undefined when nothing should show. */
export function stateCaption(state: PlaybackState, reconnect?: ReconnectProgress): string | undefined {
  switch (state) {
    case 'loading':
      return t('player.loading');
    case 'buffering':
      return t('player.buffering');
    case 'reconnecting':
      return reconnect
        ? t('player.reconnecting', { attempt: reconnect.attempt, max: reconnect.max })
        : t('player.reconnectingSoon');
    default:
      return undefined;
  }
}

/** A failure as the player page shows it: what happened and what to do. */
export interface FailureText {
  message: string;
  hint: string;
}

/**
 * Why playback stopped, in words: a {@link PlayerError} by its code (so the text follows the language), anything
 * else (the catalogue failed to load) through the app's general error wording.
 */
export function failureText(error: unknown): FailureText {
  if (isPlayerError(error)) {
    const key = `player.error.${error.code}` as StringKey;
    return { message: t(key), hint: t(`${key}.hint` as StringKey) };
  }
  return describeError(error);
}

const ASPECT_KEYS: Record<AspectMode, StringKey> = {
  fit: 'player.aspect.fit',
  fill: 'player.aspect.fill',
  zoom: 'player.aspect.zoom',
  '16:9': 'player.aspect.wide',
  '4:3': 'player.aspect.standard',
};

/** The name of an aspect mode in the menu. */
export function aspectLabel(mode: AspectMode): string {
  return t(ASPECT_KEYS[mode]);
}
