/** Movies and episodes: `/movie/U/P/ID.EXT` and `/series/U/P/ID.EXT`, all served from the clip's MP4 with Range. */
import type { RequestContext } from './context';
import { sendNginxError } from './errors';
import { interpretRange } from './ranges';
import { corsHeaders } from './respond';
import { playingAccount } from './streamAuth';

/** Sends a byte body honouring Range (206 / 416) and HEAD. */
export function sendWithRanges(ctx: RequestContext, body: Buffer, contentType: string): void {
  const { req, res } = ctx;
  const size = body.length;
  const range = interpretRange(req.headers.range, size);
  const headers = { ...corsHeaders(req), 'Content-Type': contentType, 'Accept-Ranges': 'bytes' };
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
    return void res.end();
  }
  const [status, start, end] = range.kind === 'partial' ? [206, range.start, range.end] : [200, 0, size - 1];
  res.writeHead(status, {
    ...headers,
    'Content-Length': end - start + 1,
    ...(status === 206 ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
}

/** `/movie/...` (kind `movie`) or `/series/...` (kind `series`, the id is an episode id). */
export function handleVod(ctx: RequestContext, kind: 'movie' | 'series', user: string, pass: string, id: number) {
  if (!playingAccount(ctx, user, pass)) return;
  const { catalogue } = ctx.state;
  const exists = kind === 'movie' ? catalogue.movie(id) : catalogue.episode(id);
  if (!exists) return sendNginxError(ctx.req, ctx.res, 404);
  // Every title plays the same MP4 whatever its container_extension says.
  sendWithRanges(ctx, ctx.state.clip().mp4, 'video/mp4');
}
