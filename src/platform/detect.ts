import { createBrowserPlatform } from './browser';
import type { Platform, PlatformHost, PlatformKind } from './platform';
import { createTizenPlatform } from './tizen';
import { createWebOsPlatform } from './webos';

/**
 * Which runtime the host is. A Tizen app has the `tizen` global; Samsung's own browser also says "Tizen" in its user
 * agent, so the global wins. LG documents `Web0S` (with a zero) in the user agent; `PalmSystem` is the legacy bridge.
 */
export function detectPlatformKind(host: PlatformHost): PlatformKind {
  const userAgent = (host.navigator && host.navigator.userAgent) || '';
  if (host.tizen !== undefined || /Tizen/i.test(userAgent)) return 'tizen';
  if (host.webOS !== undefined || host.PalmSystem !== undefined || /Web0S|webOS/i.test(userAgent)) return 'webos';
  return 'browser';
}

/** Decides once what the app runs on (`host` is `window` in the app) and returns the matching `Platform`. */
export function detectPlatform(host: PlatformHost): Platform {
  switch (detectPlatformKind(host)) {
    case 'tizen':
      return createTizenPlatform(host);
    case 'webos':
      return createWebOsPlatform(host);
    default:
      return createBrowserPlatform(host);
  }
}
