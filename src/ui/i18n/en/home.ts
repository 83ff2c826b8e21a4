/** English strings of the home area (the reference table: every other language has exactly these keys). */
export const home = {
  'home.placeholder': 'home',
};
