/**
 * Catch-up URLs of M3U channels, from the playlist's `catchup`, `catchup-days` and `catchup-source` attributes.
 *
 * Modes:
 * - `default`: the URL is `catchup-source` with its placeholders filled in.
 * - `append`: the live URL followed by the filled-in `catchup-source`.
 * - `shift` (also `timeshift`): the live URL plus `utc={utc}&lutc={lutc}`.
 * - `flussonic` (`flussonic-hls`, `flussonic-ts`, `fs`): `…/index-{utc}-{duration}.m3u8` for HLS,
 *   `…/timeshift_abs-{utc}.ts` for an `/mpegts` stream.
 * - `xc`: Xtream Codes `/timeshift/U/P/{minutes}/{Y-m-d:H-M}/{id}.ts` derived from a `/live/U/P/ID.ext` (or short
 *   `/U/P/ID`) live URL. The start is written in the device's local time: a playlist does not say the panel's
 *   timezone (an Xtream account, which does, builds its own URLs).
 *
 * Placeholders: `{utc}` `${start}` `{start}` (start, Unix seconds); `{utcend}` `${end}` `{end}` (end);
 * `{lutc}` `${now}` `${timestamp}` `{now}` `{timestamp}` (now); `{duration}` `${duration}` (seconds),
 * `{duration:N}` (seconds ÷ N, e.g. `{duration:60}` minutes); `${offset}` (seconds since the start),
 * `{offset:N}` (÷ N); `{Y}` `{m}` `{d}` `{H}` `{M}` `{S}` (the start in local time, zero-padded);
 * `{utc:FORMAT}` `{utcend:FORMAT}` `{lutc:FORMAT}` with the letters Y m d H M S in FORMAT (local time).
 */
import type { PlaylistCatchup } from '../../m3u';

/** The catch-up modes {@link buildCatchupUrl} knows. */
export const CATCHUP_MODES: readonly string[] = [
  'default',
  'append',
  'shift',
  'timeshift',
  'flussonic',
  'flussonic-hls',
  'flussonic-ts',
  'fs',
  'xc',
];

const DAY_MS = 86400000;
const XTREAM_LIVE = /^(https?:\/\/[^/]+)\/(?:live\/)?([^/]+)\/([^/]+)\/(\d+)(?:\.(\w+))?(?:[?#].*)?$/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `format` with Y m d H M S replaced by the parts of `ms` in local time. */
function formatLocal(ms: number, format: string): string {
  const d = new Date(ms);
  const parts: Record<string, string> = {
    Y: String(d.getFullYear()),
    m: pad(d.getMonth() + 1),
    d: pad(d.getDate()),
    H: pad(d.getHours()),
    M: pad(d.getMinutes()),
    S: pad(d.getSeconds()),
  };
  return format.replace(/[YmdHMS]/g, (letter) => parts[letter]);
}

/** Fills the placeholders of a catch-up template (see the file comment). */
export function fillCatchupTemplate(template: string, start: number, stop: number, now: number): string {
  const startSec = Math.floor(start / 1000);
  const endSec = Math.floor(stop / 1000);
  const nowSec = Math.floor(now / 1000);
  const seconds: Record<string, number> = {
    utc: startSec,
    start: startSec,
    utcend: endSec,
    end: endSec,
    lutc: nowSec,
    now: nowSec,
    timestamp: nowSec,
    duration: endSec - startSec,
    offset: nowSec - startSec,
  };
  const instants: Record<string, number> = { utc: start, start, utcend: stop, end: stop, lutc: now, now };
  return template.replace(/\$?\{([a-z]+)(?::([^}]*))?\}/gi, (whole, rawName: string, argument: string | undefined) => {
    const name = rawName.toLowerCase();
    if (rawName.length === 1) return /^[YmdHMS]$/.test(rawName) ? formatLocal(start, rawName) : whole;
    if (argument === undefined) return name in seconds ? String(seconds[name]) : whole;
    if ((name === 'duration' || name === 'offset') && Number(argument) > 0) {
      return String(Math.floor(seconds[name] / Number(argument)));
    }
    return name in instants ? formatLocal(instants[name], argument) : whole;
  });
}

/** `url` with `query` appended after `?` or `&`. */
function withQuery(url: string, query: string): string {
  return url + (url.indexOf('?') >= 0 ? '&' : '?') + query;
}

function flussonicUrl(liveUrl: string, start: number, stop: number): string | undefined {
  const utc = Math.floor(start / 1000);
  const duration = Math.floor((stop - start) / 1000);
  const hls = /^(.*\/)([^/?#]+)\.m3u8(\?.*)?$/i.exec(liveUrl);
  if (hls) return `${hls[1]}${hls[2]}-${utc}-${duration}.m3u8${hls[3] ?? ''}`;
  const ts = /^(.*\/)mpegts(\?.*)?$/i.exec(liveUrl);
  if (ts) return `${ts[1]}timeshift_abs-${utc}.ts${ts[2] ?? ''}`;
  return undefined;
}

function xtreamUrl(liveUrl: string, start: number, stop: number): string | undefined {
  const m = XTREAM_LIVE.exec(liveUrl);
  if (!m) return undefined;
  const minutes = Math.max(1, Math.ceil((stop - start) / 60000));
  const extension = m[5] && m[5].toLowerCase() === 'm3u8' ? 'm3u8' : 'ts';
  return `${m[1]}/timeshift/${m[2]}/${m[3]}/${minutes}/${formatLocal(start, 'Y-m-d:H-M')}/${m[4]}.${extension}`;
}

/** Whether a channel's catch-up attributes are complete enough to build URLs with. */
export function canCatchUp(catchup: PlaylistCatchup | undefined, liveUrl: string): boolean {
  if (!catchup) return false;
  const mode = catchup.mode.toLowerCase();
  if (mode === 'default' || mode === 'append') return Boolean(catchup.source);
  if (mode === 'xc') return XTREAM_LIVE.test(liveUrl);
  return CATCHUP_MODES.indexOf(mode) >= 0;
}

/**
 * The catch-up URL of the programme `[start, stop)` on a channel, or undefined when it has not started yet, lies
 * beyond the archive days, or the mode is unknown or incomplete.
 *
 * @example
 * ```ts
 * buildCatchupUrl('http://h/live/u/p/7.ts', { mode: 'xc', days: 3 }, { start, stop }, Date.now());
 * // 'http://h/timeshift/u/p/60/2024-05-01:20-00/7.ts'
 * ```
 */
export function buildCatchupUrl(
  liveUrl: string,
  catchup: PlaylistCatchup,
  programme: { start: number; stop: number },
  now: number,
): string | undefined {
  const { start, stop } = programme;
  if (!(stop > start) || start >= now) return undefined;
  if (catchup.days !== undefined && catchup.days > 0 && start < now - catchup.days * DAY_MS) return undefined;
  const source = catchup.source;
  switch (catchup.mode.toLowerCase()) {
    case 'default':
      return source ? fillCatchupTemplate(source, start, stop, now) : undefined;
    case 'append':
      return source ? liveUrl + fillCatchupTemplate(source, start, stop, now) : undefined;
    case 'shift':
    case 'timeshift':
      return withQuery(liveUrl, fillCatchupTemplate('utc={utc}&lutc={lutc}', start, stop, now));
    case 'flussonic':
    case 'flussonic-hls':
    case 'flussonic-ts':
    case 'fs':
      return flussonicUrl(liveUrl, start, stop);
    case 'xc':
      return xtreamUrl(liveUrl, start, stop);
    default:
      return undefined;
  }
}
