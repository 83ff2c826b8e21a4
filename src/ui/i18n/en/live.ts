/** English strings of the live area (the reference table: every other language has exactly these keys). */
export const live = {
  'live.placeholder': 'live',
};
