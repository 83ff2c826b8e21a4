import { XtreamError } from '../errors';
import { wallClockAsUtc } from '../server-time';
import type { Account, ServerInfo } from '../models';
import { isObject, strList, type RawObject } from './coerce';
import { Collector } from './collector';
import { FieldReader } from './field-reader';
import { rejectionInLoginAnswer } from './shape';

/** The panel's UTC offset from `time_now` (its wall clock) against `timestamp_now` (UTC), to the quarter hour. */
export function utcOffsetFrom(timeNow: string | undefined, serverTime: number | undefined): number | undefined {
  if (timeNow === undefined || serverTime === undefined) return undefined;
  const wallClock = wallClockAsUtc(timeNow);
  if (wallClock === undefined) return undefined;
  const minutes = Math.round((wallClock - serverTime) / 60000 / 15) * 15;
  return Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

function protocolOf(value: string | undefined): 'http' | 'https' | undefined {
  const lower = value?.toLowerCase();
  return lower === 'http' || lower === 'https' ? lower : undefined;
}

function normalizeServerInfo(raw: RawObject, collector: Collector, now: number): ServerInfo {
  const r = new FieldReader(raw, collector);
  const serverTime = r.time('timestamp_now');
  const timeNow = r.text('time_now');
  const server: ServerInfo = {
    url: r.text('url'),
    port: r.num('port'),
    httpsPort: r.num('https_port'),
    protocol: protocolOf(r.text('server_protocol')),
    timezone: r.text('timezone'),
    serverTime,
    clockOffsetMs: serverTime === undefined ? undefined : serverTime - now,
    utcOffsetMinutes: utcOffsetFrom(timeNow, serverTime),
    isXui: raw.xui === true || raw.xui === 1 || raw.xui === '1',
    version: r.text('version'),
  };
  return server;
}

function outputFormats(raw: unknown, collector: Collector): string[] {
  // Q4: some panels send a bare string ("ts") instead of a list.
  if (typeof raw === 'string') collector.note('allowed_output_formats', 'text', 'list');
  return strList(raw).map((format) => format.toLowerCase());
}

/**
 * The Account in a login answer (`player_api.php` without action). Throws AUTH_FAILED or an
 * ACCOUNT_* error when the answer rejects the account, and BAD_RESPONSE when it is not a
 * login answer at all.
 */
export function normalizeLogin(raw: unknown, collector = new Collector(), now = Date.now()): Account {
  const rejection = rejectionInLoginAnswer(raw);
  if (rejection) throw rejection;
  if (!isObject(raw) || !isObject(raw.user_info)) {
    throw new XtreamError('BAD_RESPONSE', 'The server did not answer like an Xtream Codes server.', {
      details: { shape: Array.isArray(raw) ? 'list' : typeof raw },
    });
  }
  const r = new FieldReader(raw.user_info, collector);
  return {
    username: r.name('username'),
    password: r.name('password'),
    status: r.text('status') ?? 'Active',
    // Q2: exp_date null means the account never expires.
    expiresAt: r.time('exp_date'),
    isTrial: r.bool('is_trial'),
    activeConnections: r.num('active_cons'),
    maxConnections: r.num('max_connections'),
    allowedOutputFormats: outputFormats(raw.user_info.allowed_output_formats, collector),
    createdAt: r.time('created_at'),
    message: r.text('message'),
    server: normalizeServerInfo(isObject(raw.server_info) ? raw.server_info : {}, collector, now),
  };
}
