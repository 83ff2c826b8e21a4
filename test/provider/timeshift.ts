/**
 * Catch-up: `/timeshift/U/P/{minutes}/{start}/{ID}.ts|.m3u8` and `/streaming/timeshift.php?...` (xtream-api.md
 * §4.4). The start is read in the server timezone (PHP `mktime()` on the panel). The understood start is echoed
 * in `X-Timeshift-Start` (unix seconds) so tests can check the client's timezone handling.
 */
import { nowSeconds, type RequestContext } from './context';
import { sendNginxError } from './errors';
import { archivePlaylist, segmentsFor } from './hls';
import { corsHeaders, send, sendText } from './respond';
import { playingAccount } from './streamAuth';
import { localTimeToUnix } from './time';
import { TsRetimer } from './tsRetimer';

/** Longest catch-up window served, in minutes. */
const MAX_MINUTES = 240;

/** Reads `YYYY-MM-DD:HH-MM` (the usual form) or `YYYYMMDD-HH` (hour only) in the server timezone. */
export function parseTimeshiftStart(text: string): number | undefined {
  const full = /^(\d{4})-(\d{2})-(\d{2}):(\d{2})-(\d{2})$/.exec(text);
  if (full) {
    const [, y, mo, d, h, mi] = full.map(Number);
    return localTimeToUnix(y, mo, d, h, mi);
  }
  const hourOnly = /^(\d{4})(\d{2})(\d{2})-(\d{2})$/.exec(text);
  if (hourOnly) {
    const [, y, mo, d, h] = hourOnly.map(Number);
    return localTimeToUnix(y, mo, d, h, 0);
  }
  return undefined;
}

/** One catch-up request, from either URL form. */
export interface TimeshiftRequest {
  user: string;
  pass: string;
  minutes: string;
  start: string;
  streamId: number;
  /** `m3u8` for the playlist, `ts` for the TS body, a number for one segment of the playlist. */
  part: 'm3u8' | 'ts' | number;
}

/** Serves a catch-up request: 400 for bad parameters, 404 outside the channel's archive, else the clip. */
export function handleTimeshift(ctx: RequestContext, t: TimeshiftRequest): void {
  const { req, res, state } = ctx;
  const minutes = Number(t.minutes);
  const start = parseTimeshiftStart(t.start);
  if (!Number.isInteger(minutes) || minutes <= 0 || start === undefined) {
    return sendText(req, res, 400, 'Bad Request');
  }
  if (!playingAccount(ctx, t.user, t.pass)) return;
  const channel = state.catalogue.channel(t.streamId);
  const now = nowSeconds(state);
  const archived = channel && channel.archiveDays > 0 && start <= now && start >= now - channel.archiveDays * 86_400;
  if (!archived) return sendNginxError(req, res, 404);
  const clip = state.clip();
  const seconds = Math.min(minutes, MAX_MINUTES) * 60;
  const startHeader = { 'X-Timeshift-Start': String(start) };
  if (t.part === 'm3u8') {
    const playlist = archivePlaylist(clip, seconds, (sequence) => `${t.streamId}/${sequence}.ts`);
    return send(req, res, 200, playlist, { 'Content-Type': 'application/vnd.apple.mpegurl', ...startHeader });
  }
  if (typeof t.part === 'number') {
    if (t.part >= segmentsFor(clip, seconds)) return sendNginxError(req, res, 404);
    const bytes = clip.segments[t.part % clip.segments.length].bytes;
    return send(req, res, 200, bytes, { 'Content-Type': 'video/mp2t', ...startHeader });
  }
  sendLoopedTs(ctx, Math.ceil(segmentsFor(clip, seconds) / clip.segments.length), startHeader);
}

/** The clip's TS repeated `loops` times as one continuous stream, written with backpressure (as fast as read). */
function sendLoopedTs(ctx: RequestContext, loops: number, extraHeaders: Record<string, string>): void {
  const { req, res, state } = ctx;
  const ts = state.clip().ts;
  res.writeHead(200, {
    ...corsHeaders(req),
    'Content-Type': 'video/mp2t',
    'Content-Length': ts.length * loops,
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return void res.end();
  const clip = state.clip();
  const retimer = new TsRetimer();
  let sent = 0;
  const writeMore = (): void => {
    while (sent < loops) {
      if (res.destroyed || state.closing.aborted) return;
      const bytes = retimer.retime(ts, sent * clip.tsLoopTicks);
      sent++;
      if (sent === loops) return void res.end(bytes);
      if (!res.write(bytes)) return void res.once('drain', writeMore);
    }
  };
  writeMore();
}
