/** English strings used across the app (the reference table: every other language has exactly these keys). */
export const common = {
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.loading': 'Loading…',
  'common.leaveApp': 'Leave the app?',
  'common.leave': 'Leave',
  'common.stay': 'Stay',
  'common.thousandsSeparator': ',',
  'common.channels.one': '{count} channel',
  'common.channels.other': '{count} channels',
  'common.error.notFoundHint':
    'Check the address: the server has nothing there (a typing error, or a link that expired).',
  'common.error.networkHint': 'Check that the TV is connected to the internet, then try again.',
  'common.error.generic': 'Something went wrong while loading.',
  'common.error.genericHint': 'Try again. If it keeps happening, sign out and sign in again.',
  'common.connectionCheck': 'Connection check',
  'common.suggestedFix': 'Suggested fix: {fix}',
};
