/** Times as the library and the VOD player write them: clock positions, running times and the resume label. */
import { t } from '../i18n';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A position or duration as a clock: `0:07`, `12:34`, `1:02:03` (whole seconds, negative and unknown as 0). */
export function formatClock(seconds: number): string {
  const total = isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A running time in words: `2 h 16 min`, `45 min`; undefined when unknown. */
export function runningTime(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !isFinite(seconds) || seconds <= 0) return undefined;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('library.minutes', { minutes: Math.max(1, minutes) });
  return t('library.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** "Resume from 12:34" for a saved position. */
export function resumeLabel(positionSec: number): string {
  return t('library.resumeFrom', { time: formatClock(positionSec) });
}

/** "12:34 / 1:45:00": the transport bar's position. */
export function positionText(position: number, duration: number): string {
  return t('library.position', { position: formatClock(position), duration: formatClock(duration) });
}

/** A rating out of 10 as shown next to a title ("★ 7.8"); undefined when unrated. */
export function ratingText(rating: number | undefined, rating5?: number): string | undefined {
  const value = rating !== undefined ? rating : rating5 !== undefined ? rating5 * 2 : undefined;
  if (value === undefined || !isFinite(value) || value <= 0) return undefined;
  return t('library.rating', { rating: (Math.round(value * 10) / 10).toFixed(1) });
}
