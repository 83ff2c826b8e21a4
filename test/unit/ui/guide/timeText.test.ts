import { setLanguage } from '../../../../src/ui/i18n';
import { formatClock, formatDay, formatTimeRange } from '../../../../src/ui/guide/timeText';

/** Local times, so the expectations hold in any zone the tests run in. */
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const NOW = local(23, 20, 10); // Monday 23 November 2026, 20:10

describe('guide times and days', () => {
  afterEach(() => setLanguage('en'));

  it('writes clock times with two digits', () => {
    expect(formatClock(local(23, 9, 5))).toBe('09:05');
    expect(formatClock(local(23, 21, 30))).toBe('21:30');
  });

  it('names nearby days and writes the others with weekday and date', () => {
    expect(formatDay(local(23, 0, 0), NOW)).toBe('Today');
    expect(formatDay(local(22, 23, 59), NOW)).toBe('Yesterday');
    expect(formatDay(local(24, 6), NOW)).toBe('Tomorrow');
    expect(formatDay(local(26, 6), NOW)).toBe('Thu 26 Nov');
    expect(formatTimeRange(local(23, 20, 15), local(23, 21, 45), NOW)).toBe('Today, 20:15–21:45');
  });

  it('speaks German when the app does', async () => {
    await setLanguage('de');
    expect(formatDay(local(24, 6), NOW)).toBe('Morgen');
    expect(formatDay(local(20, 6), NOW)).toBe('Fr 20. Nov.');
  });
});
