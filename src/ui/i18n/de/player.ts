import type { player as english } from '../en/player';

/** German strings of the player area. */
export const player: Record<keyof typeof english, string> = {
  'player.placeholder': 'player',
};
