import { digitCodes, NAVIGATION_CODES, type KeyMap } from './keys';
import type { DeviceInfo, Platform, PlatformHost } from './platform';
import { lazyMedia } from './media';
import { engineName } from './userAgent';
import { watchVisibility } from './visibility';

/**
 * A desktop keyboard standing in for a remote. Letters are never keys here, because they must type into text fields:
 * colours are F1–F4, Info F7, Guide F8,
 * previous channel F9, channel list F10, and channel up/down PageUp/PageDown.
 */
export const BROWSER_KEY_MAP: KeyMap = {
  ...NAVIGATION_CODES,
  ...digitCodes(),
  8: 'Back', // Backspace: the login page deletes a character first and treats it as Back only in an empty field.
  27: 'Back', // Escape
  33: 'ChannelUp', // PageUp
  34: 'ChannelDown', // PageDown
  112: 'Red', // F1
  113: 'Green', // F2
  114: 'Yellow', // F3
  115: 'Blue', // F4
  118: 'Info', // F7
  119: 'Guide', // F8
  120: 'PreviousChannel', // F9
  121: 'ChannelList', // F10
  179: 'PlayPause', // the keyboard's media keys
  178: 'Stop',
};

/** A desktop browser: the development emulator and the browser tests. */
export function createBrowserPlatform(host: PlatformHost): Platform {
  const userAgent = (host.navigator && host.navigator.userAgent) || '';
  return {
    kind: 'browser',
    keyMap: BROWSER_KEY_MAP,
    keyFor: (code) => BROWSER_KEY_MAP[code],
    registerKeys: () => Promise.resolve([]),
    exit() {
      // Browsers close only windows a script opened; elsewhere this does nothing, which is fine for a dev tab.
      if (host.close) host.close();
    },
    onVisibilityChange: (listener) => watchVisibility(host.document, listener),
    onRelaunch: () => () => undefined,
    activate() {
      if (host.focus) host.focus();
    },
    media: lazyMedia('browser', host),
    deviceInfo: (): Promise<DeviceInfo> =>
      Promise.resolve({ platform: 'browser', engine: engineName(userAgent), userAgent }),
  };
}
