/**
 * Times and days as the guide writes them, on the viewer's clock: "21:00", "Today", "Mon 24 Nov". The programme
 * times come from the guide as epoch milliseconds; only here do they meet a time zone (the device's).
 */
import { t, type StringKey } from '../i18n';
import { formatClock as formatTimeOfDay } from '../preferences';
import { DAY_MS } from './layout';

/** "21:05" (or "9:05 PM") on the viewer's clock, in the 12/24-hour format chosen in Settings. */
export function formatClock(time: number): string {
  return formatTimeOfDay(time);
}

/** Local midnight of the day holding `time`. */
function dayStart(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** "Today", "Yesterday", "Tomorrow", or the weekday and date for the day holding `time`, as seen at `now`. */
export function formatDay(time: number, now: number): string {
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((dayStart(time) - dayStart(now)) / DAY_MS);
  if (days === 0) return t('guide.today');
  if (days === -1) return t('guide.yesterday');
  if (days === 1) return t('guide.tomorrow');
  const date = new Date(time);
  return t('guide.date', {
    weekday: t(`guide.weekday.${date.getDay()}` as StringKey),
    day: date.getDate(),
    month: t(`guide.month.${date.getMonth()}` as StringKey),
  });
}

/** "Today, 20:15–21:45". */
export function formatTimeRange(start: number, stop: number, now: number): string {
  return t('guide.timeRange', { day: formatDay(start, now), start: formatClock(start), stop: formatClock(stop) });
}

/** The local zone's offset east of UTC at `time` (ms), for aligning columns to the viewer's half hours. */
export function localOffsetMs(time: number): number {
  return -new Date(time).getTimezoneOffset() * 60000;
}
