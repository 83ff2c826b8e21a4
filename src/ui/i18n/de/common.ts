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
  'common.stay': 'Bleiben',
  'common.thousandsSeparator': '.',
  'common.channels.one': '{count} Sender',
  'common.channels.other': '{count} Sender',
  'common.error.notFoundHint':
    'Prüfen Sie die Adresse: Der Server hat dort nichts (ein Tippfehler oder ein abgelaufener Link).',
  'common.error.networkHint':
    'Prüfen Sie, ob der Fernseher mit dem Internet verbunden ist, und versuchen Sie es erneut.',
  'common.error.generic': 'Beim Laden ist etwas schiefgegangen.',
  'common.error.genericHint': 'Versuchen Sie es erneut. Passiert es wieder, melden Sie sich ab und wieder an.',
  'common.connectionCheck': 'Verbindungsprüfung',
  'common.suggestedFix': 'Vorgeschlagene Lösung: {fix}',
};
