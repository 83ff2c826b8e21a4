import type { live as english } from '../en/live';

/** German strings of the live area. */
export const live: Record<keyof typeof english, string> = {
  'live.placeholder': 'live',
};
