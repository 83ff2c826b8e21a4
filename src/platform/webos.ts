import { digitCodes, NAVIGATION_CODES, type KeyMap } from './keys';
import type { DeviceInfo, Platform, PlatformHost, WebOsDeviceInfo } from './platform';
import { lazyMedia } from './media';
import { engineName } from './userAgent';
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

/**
 * Subscribes to `webOSRelaunch`: with `handlesRelaunch` in appinfo.json the system hands a relaunch to the app, which
 * must come to the front itself. The event's `detail` carries the launch parameters.
 */
function watchRelaunch(host: PlatformHost, listener: (params: Record<string, unknown>) => void): () => void {
  const doc = host.document;
  if (!doc) return () => undefined;
  const handler = (event?: { detail?: unknown }): void => {
    const detail = event && event.detail;
    listener(typeof detail === 'object' && detail !== null ? (detail as Record<string, unknown>) : {});
  };
  doc.addEventListener('webOSRelaunch', handler);
  return () => doc.removeEventListener('webOSRelaunch', handler);
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
    onRelaunch: (listener) => watchRelaunch(host, listener),
    activate() {
      const palm = host.PalmSystem;
      if (palm && palm.activate) palm.activate();
    },
    media: lazyMedia('webos', host),
    deviceInfo(): Promise<DeviceInfo> {
      // LG documents no call for the memory size, so webOS reports none.
      const engine = engineName(userAgent);
      const fallback: DeviceInfo = { platform: 'webos', engine, userAgent };
      const api = webOS;
      if (!api || !api.deviceInfo) return Promise.resolve(fallback);
      return new Promise<DeviceInfo>((resolve) => {
        try {
          api.deviceInfo!((info: WebOsDeviceInfo) =>
            resolve({
              platform: 'webos',
              model: info.modelName || undefined,
              osVersion: info.sdkVersion || undefined,
              firmware: info.version || undefined,
              engine,
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
