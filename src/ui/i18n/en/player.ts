/** English strings of the player area (the reference table: every other language has exactly these keys). */
export const player = {
  'player.placeholder': 'player',
};
