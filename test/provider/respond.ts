/** Writing answers: CORS on every response, and the small set of body types the provider sends. */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** CORS headers for a request: the browser emulator and web builds call the provider from another origin. */
export function corsHeaders(req: IncomingMessage): OutgoingHttpHeaders {
  const origin = req.headers.origin;
  const requested = req.headers['access-control-request-headers'];
  const headers: OutgoingHttpHeaders = {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': requested ?? 'Content-Type, Range, Authorization, X-Requested-With',
    'Access-Control-Expose-Headers': 'Content-Length, Content-Range, Accept-Ranges, X-Timeshift-Start',
    'Access-Control-Max-Age': '600',
  };
  if (origin) {
    // Both panel generations echo the Origin and allow credentials (player_api.php).
    headers['Access-Control-Allow-Credentials'] = 'true';
    headers['Vary'] = 'Origin';
  }
  return headers;
}

/** Sends a complete body (or nothing for HEAD) with CORS headers and a Content-Length. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: OutgoingHttpHeaders = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...corsHeaders(req), 'Content-Length': bytes.length, ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** A JSON answer as the panels send it. */
export function sendJson(req: IncomingMessage, res: ServerResponse, body: string, status = 200): void {
  send(req, res, status, body, { 'Content-Type': 'application/json' });
}

/** An empty answer, e.g. XC2's empty 200 for missing credentials or a closed stream for an expired line. */
export function sendEmpty(req: IncomingMessage, res: ServerResponse, status: number, contentType?: string): void {
  send(req, res, status, '', contentType ? { 'Content-Type': contentType } : {});
}

/** A plain-text answer (control endpoints, simple errors). */
export function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  send(req, res, status, text, { 'Content-Type': 'text/plain; charset=utf-8' });
}
