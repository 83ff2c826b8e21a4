/** English strings of the guide area (the reference table: every other language has exactly these keys). */
export const guide = {
  'guide.placeholder': 'guide',
};
