import type { Account, ServerInfo } from './models';
import { formatTimeshiftStart, serverWallClock } from './server-time';

/** What every URL needs: the server origin (from what the user typed) and the account. */
export interface UrlCredentials {
  server: string;
  username: string;
  password: string;
}

/** Stream formats a live URL can use. */
export type LiveFormat = 'ts' | 'm3u8';

// Usernames with '@', '&', '+', '/' or spaces exist; every credential is percent-encoded.
function accountPath(creds: UrlCredentials): string {
  return `${encodeURIComponent(creds.username)}/${encodeURIComponent(creds.password)}`;
}

function accountQuery(creds: UrlCredentials): string {
  return `username=${encodeURIComponent(creds.username)}&password=${encodeURIComponent(creds.password)}`;
}

function extension(ext: string): string {
  return encodeURIComponent(ext.replace(/^\./, '').toLowerCase() || 'mp4');
}

/** The format to ask for: `format` when the account allows it, else another allowed HTTP format. */
export function chooseLiveFormat(format: LiveFormat, account?: Pick<Account, 'allowedOutputFormats'>): LiveFormat {
  const allowed = account?.allowedOutputFormats ?? [];
  if (allowed.length === 0 || allowed.indexOf(format) !== -1) return format;
  const other: LiveFormat = format === 'ts' ? 'm3u8' : 'ts';
  // An account limited to rtmp (not an HTTP format) still gets its requested format: the panel decides.
  return allowed.indexOf(other) !== -1 ? other : format;
}

/** `{server}/player_api.php?username=U&password=P[&action=...&k=v]`. */
export function apiUrl(creds: UrlCredentials, action?: string, params: Record<string, string | number> = {}): string {
  let url = `${creds.server}/player_api.php?${accountQuery(creds)}`;
  if (action) url += `&action=${encodeURIComponent(action)}`;
  for (const key of Object.keys(params))
    url += `&${encodeURIComponent(key)}=${encodeURIComponent(String(params[key]))}`;
  return url;
}

/** `{server}/live/U/P/{id}.ts` or `.m3u8`, honouring the account's allowed output formats. */
export function liveUrl(
  creds: UrlCredentials,
  streamId: string,
  format: LiveFormat = 'ts',
  account?: Pick<Account, 'allowedOutputFormats'>,
): string {
  return `${creds.server}/live/${accountPath(creds)}/${encodeURIComponent(streamId)}.${chooseLiveFormat(format, account)}`;
}

/** `{server}/movie/U/P/{id}.{container_extension}`. */
export function movieUrl(creds: UrlCredentials, id: string, ext: string): string {
  return `${creds.server}/movie/${accountPath(creds)}/${encodeURIComponent(id)}.${extension(ext)}`;
}

/** `{server}/series/U/P/{episodeId}.{container_extension}` (the episode's id, not the series id). */
export function episodeUrl(creds: UrlCredentials, id: string, ext: string): string {
  return `${creds.server}/series/${accountPath(creds)}/${encodeURIComponent(id)}.${extension(ext)}`;
}

/**
 * `{server}/timeshift/U/P/{minutes}/{YYYY-MM-DD:HH-MM}/{id}.ts`: catch-up from `startMs` for
 * `durationMinutes`. The panel reads the start on its own clock, so it is written in the
 * server's timezone (Intl when the engine knows the zone, else the offset seen at login, else UTC).
 */
export function timeshiftUrl(
  creds: UrlCredentials,
  streamId: string,
  startMs: number,
  durationMinutes: number,
  server: Pick<ServerInfo, 'timezone' | 'utcOffsetMinutes'>,
  format: LiveFormat = 'ts',
): string {
  const minutes = Math.max(1, Math.ceil(durationMinutes));
  const start = formatTimeshiftStart(serverWallClock(Math.floor(startMs / 60000) * 60000, server));
  return `${creds.server}/timeshift/${accountPath(creds)}/${minutes}/${start}/${encodeURIComponent(streamId)}.${format}`;
}

/** `{server}/get.php?username=U&password=P&type=m3u_plus&output=ts`: the account's M3U playlist. */
export function playlistUrl(creds: UrlCredentials, output: LiveFormat = 'ts'): string {
  return `${creds.server}/get.php?${accountQuery(creds)}&type=m3u_plus&output=${output}`;
}

/** `{server}/xmltv.php?username=U&password=P`: the account's full XMLTV guide. */
export function xmltvUrl(creds: UrlCredentials): string {
  return `${creds.server}/xmltv.php?${accountQuery(creds)}`;
}

/** The URL builders bound to one account (see {@link createStreamUrls}). */
export interface StreamUrls {
  live(streamId: string, format?: LiveFormat): string;
  movie(id: string, ext: string): string;
  episode(id: string, ext: string): string;
  timeshift(streamId: string, startMs: number, durationMinutes: number, format?: LiveFormat): string;
  playlist(output?: LiveFormat): string;
  xmltv(): string;
}

/**
 * Builders bound to one account. Both functions are read at each call, so the credentials,
 * allowed formats and server clock follow the latest login.
 */
export function createStreamUrls(creds: () => UrlCredentials, account: () => Account | undefined): StreamUrls {
  return {
    live: (streamId, format = 'ts') => liveUrl(creds(), streamId, format, account()),
    movie: (id, ext) => movieUrl(creds(), id, ext),
    episode: (id, ext) => episodeUrl(creds(), id, ext),
    timeshift: (streamId, startMs, durationMinutes, format = 'ts') =>
      timeshiftUrl(creds(), streamId, startMs, durationMinutes, account()?.server ?? {}, format),
    playlist: (output = 'ts') => playlistUrl(creds(), output),
    xmltv: () => xmltvUrl(creds()),
  };
}
