/**
 * XMLTV times: `YYYYMMDDhhmmss ±hhmm`, possibly shortened to `YYYYMMDDhhmm`, `YYYYMMDDhh` or `YYYYMMDD`, with the
 * offset optional. A time without an offset is taken as UTC; a per-account offset is applied later by the guide index.
 */

function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Minutes east of UTC written after the digits (`+0100`, `-04:00`, `+01`, `Z`, `UTC`, `GMT`), or NaN. */
function offsetMinutes(text: string, at: number): number {
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (at >= text.length) return 0;
  if (text.length === at + 5) {
    // The usual `+hhmm`, read without allocating.
    const sign = text.charCodeAt(at) === 45 ? -1 : text.charCodeAt(at) === 43 ? 1 : 0;
    const hours = digitsAt(text, at + 1, 2);
    const minutes = digitsAt(text, at + 3, 2);
    if (sign !== 0 && hours >= 0 && minutes >= 0 && minutes <= 59) return sign * (hours * 60 + minutes);
  }
  const rest = text.slice(at).trim().toUpperCase();
  if (rest === 'Z' || rest === 'UTC' || rest === 'GMT') return 0;
  const sign = rest.charCodeAt(0) === 45 ? -1 : rest.charCodeAt(0) === 43 ? 1 : 0;
  if (sign === 0) return NaN;
  const body = rest.slice(1).replace(':', '');
  if (body.length !== 4 && body.length !== 2) return NaN;
  const hours = digitsAt(body, 0, 2);
  const minutes = body.length === 4 ? digitsAt(body, 2, 2) : 0;
  if (hours < 0 || minutes < 0 || minutes > 59) return NaN;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses an XMLTV time into milliseconds since the epoch, or NaN when it is not one.
 *
 * @example
 * ```ts
 * parseXmltvTime('20261122200000 +0100'); // Date.UTC(2026, 10, 22, 19, 0, 0)
 * parseXmltvTime('202611222000');         // Date.UTC(2026, 10, 22, 20, 0, 0)
 * ```
 */
export function parseXmltvTime(text: string): number {
  let digits = 0;
  while (digits < text.length && digits < 14) {
    const c = text.charCodeAt(digits);
    if (c < 48 || c > 57) break;
    digits++;
  }
  if (digits !== 8 && digits !== 10 && digits !== 12 && digits !== 14) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 4, 2);
  const day = digitsAt(text, 6, 2);
  const hour = digits >= 10 ? digitsAt(text, 8, 2) : 0;
  const minute = digits >= 12 ? digitsAt(text, 10, 2) : 0;
  const second = digits >= 14 ? digitsAt(text, 12, 2) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return NaN;
  const offset = offsetMinutes(text, digits);
  if (offset !== offset) return NaN;
  return dayStart(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000 - offset * 60000;
}

/** Consecutive programmes mostly fall on the same day: remember the last day's midnight. */
let cachedDayKey = -1;
let cachedDayMs = 0;

function dayStart(year: number, month: number, day: number): number {
  const key = (year * 100 + month) * 100 + day;
  if (key !== cachedDayKey) {
    cachedDayMs = Date.UTC(year, month - 1, day);
    cachedDayKey = key;
  }
  return cachedDayMs;
}
