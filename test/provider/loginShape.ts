/** The login answer of player_api.php (`user_info` + `server_info`) per flavour (xtream-api.md §1.2). */
import { statusOf, type Account } from './accounts';
import { nowSeconds, type RequestContext } from './context';
import { XUI_VERSION } from './flavour';
import { SERVER_TIMEZONE, formatLocalDateTime } from './time';

/** Ports the panel reports besides the HTTP one; clients should not use them (they build URLs from their input). */
const HTTPS_PORT = '25463';
const RTMP_PORT = '25462';

/** The host name and port the client used to reach the provider. */
export function requestHost(ctx: RequestContext): { hostname: string; port: string } {
  const url = new URL(ctx.origin);
  const fallbackPort = String(ctx.req.socket.localPort ?? 80);
  return { hostname: url.hostname, port: url.port || fallbackPort };
}

/** The login object for an account; XC2 also sends it for a non-active line whatever the action was. */
export function loginAnswer(ctx: RequestContext, account: Account) {
  const { flavour, connections } = ctx.state;
  const now = nowSeconds(ctx.state);
  const activeCons = connections.activeCount(account.username);
  const userInfo = {
    username: account.username,
    password: account.password,
    message: account.message,
    auth: 1,
    status: statusOf(account, now),
    exp_date: account.expDate === null ? null : String(account.expDate),
    is_trial: account.isTrial ? '1' : '0',
    // XC2 sends the count as a string, XUI as a number.
    active_cons: flavour === 'xc2' ? String(activeCons) : activeCons,
    created_at: String(account.createdAt),
    max_connections: String(account.maxConnections),
    allowed_output_formats: account.allowedOutputFormats,
  };
  const { hostname, port } = requestHost(ctx);
  const serverInfo = {
    url: hostname,
    port,
    https_port: HTTPS_PORT,
    server_protocol: 'http',
    rtmp_port: RTMP_PORT,
    timezone: SERVER_TIMEZONE,
    timestamp_now: now,
    time_now: formatLocalDateTime(now),
  };
  if (flavour === 'xui') {
    return { user_info: userInfo, server_info: { xui: true, version: XUI_VERSION, revision: null, ...serverInfo } };
  }
  return { user_info: userInfo, server_info: { ...serverInfo, process: false } };
}
