/** English strings of the library area (the reference table: every other language has exactly these keys). */
export const library = {
  'library.placeholder': 'library',
};
