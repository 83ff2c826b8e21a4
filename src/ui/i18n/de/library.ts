import type { library as english } from '../en/library';

/** German strings of the library area. */
export const library: Record<keyof typeof english, string> = {
  'library.placeholder': 'library',
};
