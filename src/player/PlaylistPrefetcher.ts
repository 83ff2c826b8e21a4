/** A live playlist fetched ahead of a channel change: where the redirect led and what it said. */
export interface PrefetchedPlaylist {
  /** The URL the channel is loaded with (before the panel's redirect). */
  requestedUrl: string;
  /** Where the panel redirected it: a tokenised session URL, reused so no second session is opened. */
  url: string;
  text: string;
  fetchedAt: number;
}

interface FetchResponse {
  ok: boolean;
  url: string;
  text(): Promise<string>;
}

/** The fetch the prefetcher uses (the global one by default). */
export type PlaylistFetch = (url: string, init?: { cache?: string }) => Promise<FetchResponse>;

/** Options of a {@link PlaylistPrefetcher}. */
export interface PrefetcherOptions {
  fetch?: PlaylistFetch;
  /** A prefetched playlist older than this is not used (a live window moves every segment). Default 4000 ms. */
  ttlMs?: number;
  /** How often {@link PlaylistPrefetcher.keepWarm} refreshes. Default 2000 ms (one segment of a typical stream). */
  refreshMs?: number;
  now?: () => number;
}

/**
 * Keeps the live playlists of the channels next to the current one warm, so a change to one of them skips the
 * panel's redirect and the playlist download: only the first segment is left to fetch. Each neighbour costs the
 * account a connection on an Xtream panel (a tokenised session), so the caller says how many it may warm; the
 * redirect is followed once per neighbour and later refreshes reuse its session URL.
 */
export class PlaylistPrefetcher {
  private readonly entries = new Map<string, PrefetchedPlaylist>();
  private readonly sessions = new Map<string, string>();
  private readonly fetchImpl: PlaylistFetch | undefined;
  private readonly ttlMs: number;
  private readonly refreshMs: number;
  private readonly now: () => number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: PrefetcherOptions = {}) {
    const global = (globalThis as { fetch?: PlaylistFetch }).fetch;
    this.fetchImpl = options.fetch ?? (typeof global === 'function' ? global.bind(globalThis) : undefined);
    this.ttlMs = options.ttlMs ?? 4000;
    this.refreshMs = options.refreshMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /** Fetches (or refreshes) the playlists of up to `limit` of `urls`; forgets every other one. */
  warm(urls: readonly string[], limit: number): Promise<void> {
    const wanted = urls.slice(0, Math.max(0, limit));
    Array.from(this.sessions.keys()).forEach((url) => {
      if (wanted.indexOf(url) === -1) this.forget(url);
    });
    const fetchImpl = this.fetchImpl;
    if (!fetchImpl) return Promise.resolve();
    return Promise.all(
      wanted.map((requestedUrl) => {
        const target = this.sessions.get(requestedUrl) ?? requestedUrl;
        return fetchImpl(target, { cache: 'no-store' }).then(
          (response) =>
            response.ok
              ? response.text().then((text) => {
                  if (wanted.indexOf(requestedUrl) === -1 || !/^#EXTM3U/.test(text)) return;
                  this.sessions.set(requestedUrl, response.url || target);
                  this.entries.set(requestedUrl, {
                    requestedUrl,
                    url: response.url || target,
                    text,
                    fetchedAt: this.now(),
                  });
                })
              : this.forget(requestedUrl),
          () => this.forget(requestedUrl),
        );
      }),
    ).then(() => undefined);
  }

  /** The fresh prefetched playlist of `url`, handed over once. */
  take(url: string): PrefetchedPlaylist | undefined {
    const entry = this.entries.get(url);
    this.forget(url);
    return entry && this.now() - entry.fetchedAt <= this.ttlMs ? entry : undefined;
  }

  /** Warms `urls` now and again every refresh interval, until {@link PlaylistPrefetcher.pause} or `clear()`. */
  keepWarm(urls: readonly string[], limit: number): Promise<void> {
    this.pause();
    if (urls.length === 0 || limit <= 0) {
      this.clear();
      return Promise.resolve();
    }
    this.timer = setInterval(() => void this.warm(urls, limit), this.refreshMs);
    return this.warm(urls, limit);
  }

  /** Stops refreshing, keeping what was fetched (a channel change takes its playlist next). */
  pause(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Stops refreshing and forgets everything. */
  clear(): void {
    this.pause();
    this.entries.clear();
    this.sessions.clear();
  }

  private forget(url: string): void {
    this.entries.delete(url);
    this.sessions.delete(url);
  }
}
