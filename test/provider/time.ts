/** Wall-clock helpers in the provider's timezone. Times are unix seconds unless a name says otherwise. */

/** The provider's panel timezone: not UTC, so clients that ignore it show the wrong hour. */
export const SERVER_TIMEZONE = 'Europe/Berlin';

/** Calendar fields of an instant as seen in {@link SERVER_TIMEZONE}. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVER_TIMEZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

// Offsets only change on whole UTC hours, so one Intl call per hour is enough (the XMLTV export formats many times).
const offsetByHour = new Map<number, number>();

/** Minutes the server timezone is ahead of UTC at the given instant (60 or 120 for Berlin). */
export function utcOffsetMinutes(unixSeconds: number): number {
  const hour = Math.floor(unixSeconds / 3600);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const fields: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(hour * 3600 * 1000))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) / 1000;
  const offset = Math.round((asUtc - hour * 3600) / 60);
  offsetByHour.set(hour, offset);
  return offset;
}

/** The calendar fields of an instant in the server timezone. */
export function localParts(unixSeconds: number): LocalParts {
  const shifted = new Date((Math.floor(unixSeconds) + utcOffsetMinutes(unixSeconds) * 60) * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD HH:MM:SS` in the server timezone, as PHP `date('Y-m-d H:i:s')` on the panel writes it. */
export function formatLocalDateTime(unixSeconds: number): string {
  const p = localParts(unixSeconds);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** XMLTV time with its offset, e.g. `20261122200000 +0100`. */
export function formatXmltvTime(unixSeconds: number): string {
  const p = localParts(unixSeconds);
  const offset = utcOffsetMinutes(unixSeconds);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)} ` +
    `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

/** The instant at which the server timezone's wall clock shows the given time (PHP `mktime()` on the panel). */
export function localTimeToUnix(year: number, month: number, day: number, hour: number, minute: number, second = 0) {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  let guess = asUtc - utcOffsetMinutes(asUtc) * 60;
  const corrected = asUtc - utcOffsetMinutes(guess) * 60;
  if (corrected !== guess) guess = corrected;
  return guess;
}
