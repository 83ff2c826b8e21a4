/** English strings of the settings area (the reference table: every other language has exactly these keys). */
export const settings = {
  'settings.placeholder': 'settings',
};
