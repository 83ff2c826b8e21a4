/**
 * Live streams: `/live/U/P/ID.m3u8` (XC2-style redirect to a tokenised HLS session), `/hls/U/P/ID/TOKEN/...`
 * (its playlist and segments), and `/live/U/P/ID.ts` or `/U/P/ID` (continuous MPEG-TS at about real time).
 */
import type { Account } from './accounts';
import type { RequestContext } from './context';
import { sendFormatNotAllowed, sendNginxError } from './errors';
import { liveEdgeSequence, livePlaylist } from './hls';
import { corsHeaders, send } from './respond';
import { playingAccount } from './streamAuth';
import { TsRetimer } from './tsRetimer';

/** Segments sent at once when a TS stream opens, so players can start before the pacing kicks in. */
const TS_BURST_SEGMENTS = 2;

const sessionPath = (user: string, pass: string, streamId: number, token: string): string =>
  `/hls/${encodeURIComponent(user)}/${encodeURIComponent(pass)}/${streamId}/${token}`;

function elapsedSeconds(ctx: RequestContext): number {
  return (ctx.state.now() - ctx.state.startedAt) / 1000;
}

/** Checks account, channel and output format; answers the request itself and returns undefined when refused. */
function liveAccount(ctx: RequestContext, user: string, pass: string, streamId: number, extension: string) {
  const account = playingAccount(ctx, user, pass);
  if (!account) return undefined;
  if (!ctx.state.catalogue.channel(streamId)) {
    sendNginxError(ctx.req, ctx.res, 404);
    return undefined;
  }
  if (!account.allowedOutputFormats.includes(extension)) {
    sendFormatNotAllowed(ctx.state.flavour, ctx.req, ctx.res);
    return undefined;
  }
  return account;
}

/** `/live/U/P/ID.ext` and the short forms; `extension` is `ts` when the URL has none. */
export function handleLive(ctx: RequestContext, user: string, pass: string, streamId: number, extension: string) {
  const account = liveAccount(ctx, user, pass, streamId, extension);
  if (!account) return;
  if (extension === 'm3u8') return openHlsSession(ctx, account, streamId);
  streamLiveTs(ctx, account, streamId);
}

function openHlsSession(ctx: RequestContext, account: Account, streamId: number): void {
  const session = ctx.state.connections.open(account.username, account.maxConnections, streamId, 'hls');
  const location = `${sessionPath(account.username, account.password, streamId, session.token)}/index.m3u8`;
  send(ctx.req, ctx.res, 302, '', { Location: location });
}

/** `/hls/U/P/ID/TOKEN/index.m3u8` and `/hls/U/P/ID/TOKEN/SEQ.ts`; a cut or unknown session gets 403. */
export function handleHlsSession(
  ctx: RequestContext,
  parts: { user: string; pass: string; streamId: number; token: string; file: string },
) {
  const { req, res, state } = ctx;
  const check = state.connections.touch(parts.token, parts.user, parts.streamId);
  const account = state.accounts.find((a) => a.username === parts.user && a.password === parts.pass);
  if (!check.ok || !account) return sendNginxError(req, res, 403);
  const clip = state.clip();
  if (parts.file === 'index.m3u8') {
    const playlist = livePlaylist(clip, elapsedSeconds(ctx), (sequence) => `${sequence}.ts`);
    return send(req, res, 200, playlist, {
      'Content-Type': 'application/vnd.apple.mpegurl',
      'Cache-Control': 'no-cache',
    });
  }
  const segment = /^(\d+)\.ts$/.exec(parts.file);
  if (!segment) return sendNginxError(req, res, 404);
  const bytes = clip.segments[Number(segment[1]) % clip.segments.length].bytes;
  send(req, res, 200, bytes, { 'Content-Type': 'video/mp2t', 'Cache-Control': 'max-age=60' });
}

/** A continuous MPEG-TS response looping the clip at about real time, until the client leaves or is cut off. */
function streamLiveTs(ctx: RequestContext, account: Account, streamId: number): void {
  const { req, res, state } = ctx;
  const clip = state.clip();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    state.closing.removeEventListener('abort', stop);
    state.connections.close(session);
    if (!res.writableEnded) res.end();
  };
  const session = state.connections.open(account.username, account.maxConnections, streamId, 'ts', stop);
  res.writeHead(200, {
    ...corsHeaders(req),
    'Content-Type': 'video/mp2t',
    'Cache-Control': 'no-store',
    // XC2 closes the connection when a line is cut; a client sees the body end.
    Connection: 'close',
  });
  if (req.method === 'HEAD') return stop();
  res.on('close', stop);
  state.closing.addEventListener('abort', stop, { once: true });
  let sequence = Math.max(0, liveEdgeSequence(clip, elapsedSeconds(ctx)) - TS_BURST_SEGMENTS + 1);
  let burst = TS_BURST_SEGMENTS;
  const retimer = new TsRetimer();
  const sendNext = (): void => {
    if (stopped) return;
    const loop = Math.floor(sequence / clip.segments.length);
    const segment = clip.segments[sequence++ % clip.segments.length];
    const delay = burst-- > 0 ? 0 : segment.duration * 1000;
    const bytes = retimer.retime(segment.bytes, loop * clip.tsLoopTicks);
    const schedule = (): void => {
      if (!stopped) timer = setTimeout(sendNext, delay);
    };
    if (res.write(bytes)) schedule();
    else res.once('drain', schedule);
  };
  sendNext();
}
