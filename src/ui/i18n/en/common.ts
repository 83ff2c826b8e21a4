/** English strings used across the app (the reference table: every other language has exactly these keys). */
export const common = {
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.loading': 'Loading…',
  'common.leaveApp': 'Leave the app?',
  'common.leave': 'Leave',
  'common.channels.one': '{count} channel',
  'common.channels.other': '{count} channels',
};
