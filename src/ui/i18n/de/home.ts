import type { home as english } from '../en/home';

/** German strings of the home area. */
export const home: Record<keyof typeof english, string> = {
  'home.placeholder': 'home',
};
