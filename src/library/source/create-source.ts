/**
 * From a stored account to its source, and from what the viewer entered to a stored account. Ids are derived
 * from the server and username (or the playlist address), so signing in again with the same account finds its
 * cache and its favourites.
 */
import type { HttpOptions } from '../../net';
import type { Store, StoredAccount } from '../../store';
import { XtreamClient, type RepairedCredentials } from '../../xtream';
import { M3uSource } from './m3u-source';
import { stableId } from './stable-id';
import type { Source } from './types';
import { XtreamSource } from './xtream-source';

/** What {@link createSource} needs besides the account. */
export interface SourceDependencies {
  store: Pick<Store, 'cacheFor'>;
  /** HTTP options for every request (the emulator's URL rewriting, timeouts). */
  http?: HttpOptions;
  now?: () => number;
  /** An Xtream client already signed in for this account (after the sign-in page), instead of a new one. */
  client?: XtreamClient;
  /** The viewer's guide settings: another guide address than the account's, refresh interval, days kept. */
  guide?: SourceGuideOptions;
}

/** Guide settings of a source; each one left out keeps the default. */
export interface SourceGuideOptions {
  /** A guide address instead of the provider's (or the account's `epgUrl`). */
  url?: string;
  refreshIntervalMs?: number;
  window?: { daysBack?: number; daysAhead?: number };
}

/** The host of a URL, for account names. */
function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
  return match ? match[1].replace(/^[^@]*@/, '') : url;
}

/** The id of an Xtream account: the same server and username give the same id. */
export function xtreamAccountId(server: string, username: string): string {
  return `xtream-${stableId(`${server.toLowerCase()}\n${username}`)}`;
}

/** The id of a playlist account. */
export function playlistAccountId(url: string): string {
  return `m3u-${stableId(url)}`;
}

/** A stored account for Xtream credentials (as repaired by the client). */
export function storedXtreamAccount(credentials: RepairedCredentials, now: number = Date.now()): StoredAccount {
  return {
    id: xtreamAccountId(credentials.server, credentials.username),
    kind: 'xtream',
    name: `${credentials.username} @ ${hostOf(credentials.server)}`,
    server: credentials.server,
    username: credentials.username,
    password: credentials.password,
    createdAt: now,
    lastUsedAt: now,
  };
}

/** A stored account for a playlist address. */
export function storedPlaylistAccount(url: string, name?: string, now: number = Date.now()): StoredAccount {
  return {
    id: playlistAccountId(url),
    kind: 'm3u',
    name: name ?? `Playlist @ ${hostOf(url)}`,
    url,
    createdAt: now,
    lastUsedAt: now,
  };
}

/**
 * The source of a stored account. Throws the client's `INVALID_INPUT` XtreamError for an Xtream account whose
 * server cannot be used, and an Error for an account missing what its kind needs.
 */
export function createSource(account: StoredAccount, deps: SourceDependencies): Source {
  const cache = deps.store.cacheFor(account.id);
  if (account.kind === 'm3u') {
    if (!account.url) throw new Error(`playlist account ${account.id} has no address`);
    return new M3uSource({
      id: account.id,
      name: account.name,
      playlist: { url: account.url },
      cache,
      http: deps.http,
      guideUrl: guideUrlOf(account, deps),
      guide: guideSettingsOf(deps),
      now: deps.now,
    });
  }
  const client =
    deps.client ??
    new XtreamClient(
      { server: account.server ?? '', username: account.username ?? '', password: account.password ?? '' },
      { http: deps.http, now: deps.now },
    );
  return new XtreamSource({
    id: account.id,
    name: account.name,
    client,
    cache,
    http: deps.http,
    guideUrl: guideUrlOf(account, deps),
    guide: guideSettingsOf(deps),
    now: deps.now,
  });
}

function guideUrlOf(account: StoredAccount, deps: SourceDependencies): string | undefined {
  return (deps.guide && deps.guide.url) || account.epgUrl;
}

function guideSettingsOf(deps: SourceDependencies): {
  refreshIntervalMs?: number;
  window?: SourceGuideOptions['window'];
} {
  const guide = deps.guide;
  return guide ? { refreshIntervalMs: guide.refreshIntervalMs, window: guide.window } : {};
}
