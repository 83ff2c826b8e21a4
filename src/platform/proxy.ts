import type { AppEnv } from './env';

/** Rewrites a provider URL so a desktop browser can fetch it; identity where no rewriting is needed. */
export type UrlRewriter = (url: string) => string;

/**
 * Routes provider URLs through the emulator's CORS proxy: `http://h:p/a?b` → `{pageOrigin}/proxy/http/h:p/a?b`.
 * Providers rarely send CORS headers, so a desktop browser needs this; a TV app does not (no `proxyPrefix` there).
 * URLs on the page's own origin and on `directOrigins` (servers known to send CORS headers) are left alone.
 * Returns undefined when there is no proxy.
 */
export function createProxyRewriter(
  env: AppEnv,
  pageOrigin: string,
  directOrigins: readonly string[] = [],
): UrlRewriter | undefined {
  const prefix = env.proxyPrefix;
  if (!env.emulator || !prefix) return undefined;
  const direct = [pageOrigin].concat(directOrigins).map((o) => o.replace(/\/+$/, '').toLowerCase());
  return (url: string): string => {
    const match = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(url);
    if (!match) return url;
    const origin = `${match[1]}://${match[2]}`.toLowerCase();
    if (direct.indexOf(origin) >= 0) return url;
    const rest = match[3] === '' ? '/' : match[3];
    return `${pageOrigin}${prefix}${match[1].toLowerCase()}/${match[2]}${rest}`;
  };
}
