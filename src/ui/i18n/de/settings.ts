import type { settings as english } from '../en/settings';

/** German strings of the settings area. */
export const settings: Record<keyof typeof english, string> = {
  'settings.placeholder': 'settings',
};
