/**
 * The emulator's CORS proxy. A TV app may fetch any origin; a desktop browser may not when a provider sends no CORS
 * headers. `/proxy/http/host:port/path?query` fetches `http://host:port/path?query` and answers with CORS headers.
 * The path form (rather than `?url=`) keeps relative URLs in HLS playlists resolving through the proxy.
 */
import http from 'node:http';
import https from 'node:https';

export const PROXY_PREFIX = '/proxy/';

/** `http://h:p/a?b` → `/proxy/http/h:p/a?b` */
export function toProxyPath(url: string): string {
  const u = new URL(url);
  return `${PROXY_PREFIX}${u.protocol.replace(':', '')}/${u.host}${u.pathname}${u.search}`;
}

/** `/proxy/http/h:p/a?b` → `http://h:p/a?b`, or undefined when it is not a proxy path. */
export function fromProxyPath(path: string): string | undefined {
  const m = /^\/proxy\/(https?)\/([^/?#]+)(.*)$/.exec(path);
  if (!m) return undefined;
  const rest = m[3] === '' ? '/' : m[3];
  return `${m[1]}://${m[2]}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);
const FORWARDED_REQUEST_HEADERS = ['range', 'user-agent', 'accept', 'accept-encoding', 'content-type', 'referer'];

function corsHeaders(req: http.IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
    'access-control-allow-headers': 'Range, Content-Type, X-Upstream-User-Agent',
    'access-control-expose-headers': 'Content-Length, Content-Range, Content-Type',
    vary: 'Origin',
  };
}

function isPlaylist(contentType: string | undefined, url: string): boolean {
  return /mpegurl/i.test(contentType ?? '') || /\.m3u8?(\?|$)/i.test(new URL(url).pathname);
}

/** Absolute URLs inside an HLS playlist are rewritten so segments and keys also go through the proxy. */
function rewritePlaylist(body: string): string {
  return body.replace(/(^|URI=")(https?:\/\/[^\s"]+)/gm, (_m, lead: string, url: string) => lead + toProxyPath(url));
}

/** Handles one proxied request; returns false when the path is not a proxy path. */
export function handleProxy(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const target = fromProxyPath(req.url ?? '');
  if (!target) return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, corsHeaders(req));
    res.end();
    return true;
  }
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  // Browsers refuse to set User-Agent on fetch; the app sends the one it wants in this header instead.
  const upstreamAgent = req.headers['x-upstream-user-agent'];
  if (typeof upstreamAgent === 'string') headers['user-agent'] = upstreamAgent;
  const client = target.startsWith('https:') ? https : http;
  const upstream = client.request(target, { method: req.method, headers, timeout: 30000 }, (up) => {
    const out: Record<string, string | string[]> = { ...corsHeaders(req) };
    for (const [name, value] of Object.entries(up.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name.startsWith('access-control-')) continue;
      out[name] = value;
    }
    const location = up.headers.location;
    if (location) out.location = toProxyPath(new URL(location, target).toString());
    if (isPlaylist(up.headers['content-type'], target) && !up.headers['content-encoding']) {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const body = Buffer.from(rewritePlaylist(Buffer.concat(chunks).toString('utf8')));
        out['content-length'] = String(body.length);
        res.writeHead(up.statusCode ?? 502, out);
        res.end(body);
      });
      return;
    }
    res.writeHead(up.statusCode ?? 502, out);
    up.pipe(res);
  });
  upstream.on('timeout', () => upstream.destroy(Object.assign(new Error('upstream timeout'), { code: 'ETIMEDOUT' })));
  upstream.on('error', (err: NodeJS.ErrnoException) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // 502 with the low-level reason, so the app can still tell a refused connection from a DNS failure.
    res.writeHead(502, { ...corsHeaders(req), 'content-type': 'text/plain', 'x-proxy-error': err.code ?? 'ERROR' });
    res.end(`proxy: ${err.code ?? ''} ${err.message}`);
  });
  // The viewer zapped away or the player gave up: stop pulling the stream from the provider.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
  return true;
}
