import { apiUrl, Collector, normalizeLogin, type Account } from '../xtream';

/** How many of an account's connections are in use, as the panel counts them now. */
export interface LineUsage {
  active: number;
  /** 0 when the panel sets no limit. */
  max: number;
}

/**
 * Asks the panel how many connections of `account` are in use; undefined when it cannot tell (not an Xtream URL,
 * no answer, an answer it cannot read). `streamUrl` is the stream as the app built it, before any rewriting.
 */
export type LineCheck = (streamUrl: string, account: Account) => Promise<LineUsage | undefined>;

/** Whether other devices hold every connection the account has. */
export function isLineTaken(usage: LineUsage): boolean {
  return usage.max > 0 && usage.active >= usage.max;
}

/**
 * The panel address in an Xtream stream URL: what comes before `/U/P/` (and the `/live`, `/movie`, `/series` or
 * `/timeshift` in front of it), e.g. `http://panel:8080` in `http://panel:8080/live/U/P/1.ts`.
 */
export function panelAddress(streamUrl: string, account: Pick<Account, 'username' | 'password'>): string | undefined {
  const credentials = `/${encodeURIComponent(account.username)}/${encodeURIComponent(account.password)}/`;
  const at = streamUrl.indexOf(credentials);
  if (at <= 0) return undefined;
  const base = streamUrl.slice(0, at).replace(/\/(live|movie|series|timeshift)$/, '');
  return /^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(base) ? base : undefined;
}

interface JsonFetchHost {
  fetch?: (
    url: string,
    init?: { signal?: AbortSignal; cache?: string },
  ) => Promise<{ status: number; text(): Promise<string> }>;
  AbortController?: new () => AbortController;
}

/** Options of {@link createPanelLineCheck}. */
export interface PanelLineCheckOptions {
  /** Where `fetch` comes from (default: the global one). */
  host?: JsonFetchHost;
  /** Rewrites the API URL like the stream URLs (the emulator's CORS proxy). */
  rewriteUrl?: (url: string) => string;
  /** Default 5000 ms. */
  timeoutMs?: number;
}

/**
 * A line check on `player_api.php`: the login answer carries `active_cons` and `max_connections`. It opens no
 * stream, so unlike asking the stream URL again it cannot cut another device (a panel serves a new stream over the
 * limit and closes the account's oldest one).
 */
export function createPanelLineCheck(options: PanelLineCheckOptions = {}): LineCheck {
  const host = options.host ?? (globalThis as unknown as JsonFetchHost);
  const rewrite = options.rewriteUrl ?? ((url: string) => url);
  const timeoutMs = options.timeoutMs ?? 5000;
  return (streamUrl, account) => {
    const server = panelAddress(streamUrl, account);
    const fetchImpl = host.fetch;
    if (server === undefined || typeof fetchImpl !== 'function') return Promise.resolve(undefined);
    const url = rewrite(apiUrl({ server, username: account.username, password: account.password }));
    const controller = host.AbortController ? new host.AbortController() : undefined;
    const timer = setTimeout(() => controller && controller.abort(), timeoutMs);
    return fetchImpl(url, { signal: controller ? controller.signal : undefined, cache: 'no-store' })
      .then((response) => (response.status === 200 ? response.text() : ''))
      .then(
        (body) => {
          clearTimeout(timer);
          return body === '' ? undefined : usageOf(body);
        },
        () => {
          clearTimeout(timer);
          return undefined;
        },
      );
  };
}

function usageOf(body: string): LineUsage | undefined {
  try {
    // The login normalizer alone: the player never needs the list and details normalizers in its bundle.
    const account = normalizeLogin(JSON.parse(body), new Collector());
    const active = account.activeConnections;
    const max = account.maxConnections;
    return active === undefined || max === undefined ? undefined : { active, max };
  } catch {
    // A rejected account or an answer that is not a login: the check cannot tell.
    return undefined;
  }
}
