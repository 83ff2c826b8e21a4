/** Maps request paths to handlers, like the panels' nginx rewrites (xtream-api.md §4). */
import type { RequestContext } from './context';
import { handleControlFaults } from './control';
import { sendNginxError } from './errors';
import { serveImage } from './images';
import { handleHlsSession, handleLive } from './liveMedia';
import { handleGetPhp } from './m3u';
import { handlePlayerApi } from './playerApi';
import { corsHeaders, sendText } from './respond';
import { handleTimeshift } from './timeshift';
import { handleVod } from './vodMedia';
import { handleXmltv } from './xmltv';

/** First path segments that are routes, so `/U/P/ID` short stream URLs never shadow them. */
const reserved = new Set(['live', 'movie', 'series', 'hls', 'timeshift', 'images', 'epg', 'streaming', '__control']);

/** `123` or `123.ext` → id and extension (`undefined` when there is none). */
function idAndExtension(file: string): { id: number; extension?: string } | undefined {
  const match = /^(\d+)(?:\.([A-Za-z0-9]+))?$/.exec(file);
  return match ? { id: Number(match[1]), extension: match[2]?.toLowerCase() } : undefined;
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** Answers one request. */
export async function route(ctx: RequestContext): Promise<void> {
  const { req, res, url } = ctx;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, corsHeaders(req));
    return void res.end();
  }
  const path = url.pathname;
  const q = url.searchParams;
  switch (path) {
    case '/':
      return sendText(req, res, 200, 'Xtream-compatible test provider. See test/provider/README.md.\n');
    case '/player_api.php':
      return handlePlayerApi(ctx);
    case '/get.php':
      return handleGetPhp(ctx);
    case '/xmltv.php':
      return handleXmltv(ctx, q.get('username') ?? '', q.get('password') ?? '', q.get('gz') === '1');
    case '/streaming/timeshift.php':
      return handleTimeshift(ctx, {
        user: q.get('username') ?? '',
        pass: q.get('password') ?? '',
        minutes: q.get('duration') ?? '',
        start: q.get('start') ?? '',
        streamId: Number(q.get('stream') ?? NaN),
        part: 'ts',
      });
    case '/__control/faults':
      return handleControlFaults(ctx);
  }
  if (serveImage(ctx.state.catalogue, req, res, path)) return;
  const s = decodeSegments(path);
  if (!s) return sendText(req, res, 400, 'Bad Request');
  const last = idAndExtension(s[s.length - 1] ?? '');
  const [head] = s;
  if (head === 'epg' && (s.length === 3 || (s.length === 4 && s[3] === 'gz'))) {
    return handleXmltv(ctx, s[1], s[2], s.length === 4);
  }
  if (head === 'live' && s.length === 4 && last) {
    return handleLive(ctx, s[1], s[2], last.id, last.extension ?? 'ts');
  }
  if ((head === 'movie' || head === 'series') && s.length === 4 && last) {
    return handleVod(ctx, head, s[1], s[2], last.id);
  }
  if (head === 'hls' && s.length === 6) {
    return handleHlsSession(ctx, { user: s[1], pass: s[2], streamId: Number(s[3]), token: s[4], file: s[5] });
  }
  if (head === 'timeshift' && (s.length === 6 || s.length === 7) && last) {
    const [, user, pass, minutes, start, file] = s;
    if (s.length === 6) {
      const part = last.extension === 'm3u8' ? 'm3u8' : 'ts';
      return handleTimeshift(ctx, { user, pass, minutes, start, streamId: last.id, part });
    }
    return handleTimeshift(ctx, { user, pass, minutes, start, streamId: Number(file), part: last.id });
  }
  if (s.length === 3 && !reserved.has(head) && last) {
    return handleLive(ctx, s[0], s[1], last.id, last.extension ?? 'ts');
  }
  sendNginxError(req, res, 404);
}
