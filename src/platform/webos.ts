import { digitCodes, NAVIGATION_CODES, type KeyMap } from './keys';
import type { DeviceInfo, Platform, PlatformHost, WebOsDeviceInfo } from './platform';
import { lazyMedia } from './media';
import { watchVisibility } from './visibility';

/**
 * LG remotes (Magic Remote and the conventional one). Channel +/- arrive as 33/34, the PageUp/PageDown codes; LG
 * documents them as unavailable on the Magic Remote, so nothing may depend on them.
 */
export const WEBOS_KEY_MAP: KeyMap = {
  ...NAVIGATION_CODES,
  ...digitCodes(),
  461: 'Back',
  403: 'Red',
  404: 'Green',
  405: 'Yellow',
  406: 'Blue',
  415: 'Play',
  19: 'Pause',
  413: 'Stop',
  417: 'FastForward',
  412: 'Rewind',
  33: 'ChannelUp',
  34: 'ChannelDown',
};

/** `Chrome/79.0.3945.79` in the user agent → `79.0.3945.79` (the engine tells the webOS generation). */
function chromeVersion(userAgent: string): string | undefined {
  const match = /Chrome\/([\d.]+)/.exec(userAgent);
  return match ? match[1] : undefined;
}

/** The LG webOS platform. Back arrives as key 461 because the app sets `disableBackHistoryAPI`. */
export function createWebOsPlatform(host: PlatformHost): Platform {
  const webOS = host.webOS;
  const userAgent = (host.navigator && host.navigator.userAgent) || '';
  return {
    kind: 'webos',
    keyMap: WEBOS_KEY_MAP,
    keyFor: (code) => WEBOS_KEY_MAP[code],
    // webOS delivers every remote key without registration.
    registerKeys: () => Promise.resolve([]),
    exit() {
      // platformBack() does what the system Back does at the root: Home, or the exit prompt on webOS 6+.
      if (webOS && webOS.platformBack) webOS.platformBack();
      else if (host.close) host.close();
    },
    onVisibilityChange: (listener) => watchVisibility(host.document, listener),
    media: lazyMedia('webos', host),
    deviceInfo(): Promise<DeviceInfo> {
      const fallback: DeviceInfo = { platform: 'webos', osVersion: chromeVersion(userAgent), userAgent };
      const api = webOS;
      if (!api || !api.deviceInfo) return Promise.resolve(fallback);
      return new Promise<DeviceInfo>((resolve) => {
        try {
          api.deviceInfo!((info: WebOsDeviceInfo) =>
            resolve({
              platform: 'webos',
              model: info.modelName,
              osVersion: info.sdkVersion || info.version || fallback.osVersion,
              userAgent,
            }),
          );
        } catch {
          resolve(fallback);
        }
      });
    },
  };
}
