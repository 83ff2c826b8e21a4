import type { guide as english } from '../en/guide';

/** German strings of the guide area. */
export const guide: Record<keyof typeof english, string> = {
  'guide.placeholder': 'guide',
};
