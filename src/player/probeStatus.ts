/** Asks a server for a URL's HTTP status; undefined when it cannot tell (no fetch, CORS, no connection). */
export type StatusProbe = (url: string) => Promise<number | undefined>;

interface FetchHost {
  fetch?: (
    url: string,
    init?: { signal?: AbortSignal; cache?: string },
  ) => Promise<{ status: number; body?: { cancel(): Promise<void> } | null }>;
  AbortController?: new () => AbortController;
}

/**
 * A probe on the global fetch: reads the status line and drops the body at once (a live MPEG-TS body never ends).
 * Used only after a native player failed without saying why, so it never costs a connection while a stream plays.
 */
export function createFetchProbe(host: FetchHost = globalThis as unknown as FetchHost, timeoutMs = 5000): StatusProbe {
  return (url) => {
    const fetchImpl = host.fetch;
    if (typeof fetchImpl !== 'function') return Promise.resolve(undefined);
    const controller = host.AbortController ? new host.AbortController() : undefined;
    const timer = setTimeout(() => controller && controller.abort(), timeoutMs);
    return fetchImpl(url, { signal: controller ? controller.signal : undefined, cache: 'no-store' }).then(
      (response) => {
        clearTimeout(timer);
        if (response.body) response.body.cancel().catch(() => undefined);
        else if (controller) controller.abort();
        return response.status > 0 ? response.status : undefined;
      },
      () => {
        clearTimeout(timer);
        return undefined;
      },
    );
  };
}
