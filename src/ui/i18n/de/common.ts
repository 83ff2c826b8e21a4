import type { common as english } from '../en/common';

/** German strings used across the app. */
export const common: Record<keyof typeof english, string> = {
  'common.ok': 'OK',
  'common.cancel': 'Abbrechen',
  'common.retry': 'Erneut versuchen',
  'common.back': 'Zurück',
  'common.loading': 'Wird geladen…',
  'common.leaveApp': 'App verlassen?',
  'common.leave': 'Verlassen',
  'common.channels.one': '{count} Sender',
  'common.channels.other': '{count} Sender',
};
