/** The failure answers of each panel generation (research: xtream-api.md §1.3, §1.4, §5.3). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Flavour } from './flavour';
import { encodeJson } from './json';
import { send, sendEmpty } from './respond';

const reasons: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

/** The HTML error page nginx sends (CRLF line ends), which XUI's `generate404()` imitates. */
export function nginxErrorPage(status: number): string {
  const title = `${status} ${reasons[status] ?? 'Error'}`;
  return (
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  );
}

/** Sends an nginx-style HTML error page. */
export function sendNginxError(req: IncomingMessage, res: ServerResponse, status: number): void {
  send(req, res, status, nginxErrorPage(status), { 'Content-Type': 'text/html' });
}

/** Why player_api.php refuses a request. */
export type Refusal = 'missing-credentials' | 'wrong-credentials' | 'not-active';

/** A complete player_api.php answer before it is sent (fault switches may still distort it). */
export interface ApiAnswer {
  status: number;
  body: string;
  contentType: string;
}

/**
 * player_api.php refusing a request.
 * XC2: missing credentials give an empty 200, wrong ones `{"user_info":{"auth":0}}` (a non-active line gets the
 * login object and is handled by the caller). XUI: generateError() gives a 404 nginx page for all of them.
 */
export function apiRefusal(flavour: Flavour, refusal: Refusal): ApiAnswer {
  if (flavour === 'xui') return { status: 404, body: nginxErrorPage(404), contentType: 'text/html' };
  if (refusal === 'missing-credentials') return { status: 200, body: '', contentType: 'application/json' };
  return { status: 200, body: encodeJson(flavour, { user_info: { auth: 0 } }), contentType: 'application/json' };
}

/** get.php / xmltv.php refusing a line: XC2 an empty 404, XUI its nginx 404 page. */
export function sendListRefusal(flavour: Flavour, req: IncomingMessage, res: ServerResponse): void {
  if (flavour === 'xui') return sendNginxError(req, res, 404);
  sendEmpty(req, res, 404);
}

/** A stream URL with bad credentials: XC2 answers 401 with no body, XUI its nginx 404 page. */
export function sendStreamAuthFailed(flavour: Flavour, req: IncomingMessage, res: ServerResponse): void {
  if (flavour === 'xui') return sendNginxError(req, res, 404);
  sendEmpty(req, res, 401);
}

/** An extension not in `allowed_output_formats`: XC2 405, XUI 404 (USER_DISALLOW_EXT). */
export function sendFormatNotAllowed(flavour: Flavour, req: IncomingMessage, res: ServerResponse): void {
  sendNginxError(req, res, flavour === 'xc2' ? 405 : 404);
}

/** An expired, banned or disabled line opening a stream: the connection just closes with nothing (XC2 `die`). */
export function sendClosedStream(req: IncomingMessage, res: ServerResponse): void {
  sendEmpty(req, res, 200);
}
