import { NAVIGATION_CODES, type KeyMap, type LogicalKey } from './keys';
import type { DeviceInfo, Platform, PlatformHost, TizenApi } from './platform';
import { lazyMedia } from './media';
import { readTizenDevice } from './tizenDevice';
import { watchVisibility } from './visibility';

/** A key that must be registered on Tizen before the app receives it: its Tizen name and usual code. */
interface TizenKey {
  key: LogicalKey;
  name: string;
  code: number;
}

/** Back is mandatory on Tizen (always delivered, never registered); its code is not a browser one. */
const TIZEN_BACK_CODE = 10009;

/** Keys to register, with the codes Samsung documents (the device's own codes win when it reports them). */
export const TIZEN_REGISTERED_KEYS: readonly TizenKey[] = [
  { key: 'Digit0', name: '0', code: 48 },
  { key: 'Digit1', name: '1', code: 49 },
  { key: 'Digit2', name: '2', code: 50 },
  { key: 'Digit3', name: '3', code: 51 },
  { key: 'Digit4', name: '4', code: 52 },
  { key: 'Digit5', name: '5', code: 53 },
  { key: 'Digit6', name: '6', code: 54 },
  { key: 'Digit7', name: '7', code: 55 },
  { key: 'Digit8', name: '8', code: 56 },
  { key: 'Digit9', name: '9', code: 57 },
  { key: 'ChannelUp', name: 'ChannelUp', code: 427 },
  { key: 'ChannelDown', name: 'ChannelDown', code: 428 },
  { key: 'Red', name: 'ColorF0Red', code: 403 },
  { key: 'Green', name: 'ColorF1Green', code: 404 },
  { key: 'Yellow', name: 'ColorF2Yellow', code: 405 },
  { key: 'Blue', name: 'ColorF3Blue', code: 406 },
  { key: 'Play', name: 'MediaPlay', code: 415 },
  { key: 'Pause', name: 'MediaPause', code: 19 },
  { key: 'PlayPause', name: 'MediaPlayPause', code: 10252 },
  { key: 'Stop', name: 'MediaStop', code: 413 },
  { key: 'FastForward', name: 'MediaFastForward', code: 417 },
  { key: 'Rewind', name: 'MediaRewind', code: 412 },
  { key: 'Info', name: 'Info', code: 457 },
  { key: 'Guide', name: 'Guide', code: 458 },
  { key: 'ChannelList', name: 'ChannelList', code: 10073 },
  { key: 'PreviousChannel', name: 'PreviousChannel', code: 10190 },
];

function supportedKeyCodes(tizen: TizenApi | undefined): Map<string, number> {
  const codes = new Map<string, number>();
  if (!tizen || !tizen.tvinputdevice) return codes;
  try {
    tizen.tvinputdevice.getSupportedKeys().forEach((k) => codes.set(k.name, k.code));
  } catch {
    // Without the tv.inputdevice privilege the call throws; the documented codes are still right on real remotes.
  }
  return codes;
}

/** The Tizen key map: the mandatory keys plus every registrable key, using the codes the device reports. */
export function tizenKeyMap(supported: ReadonlyMap<string, number>): KeyMap {
  const map: Record<number, LogicalKey> = { ...NAVIGATION_CODES, [TIZEN_BACK_CODE]: 'Back' };
  TIZEN_REGISTERED_KEYS.forEach(({ key, name, code }) => {
    map[supported.get(name) ?? code] = key;
  });
  return map;
}

export { tizenVersion } from './tizenDevice';

/** The Samsung Tizen platform. */
export function createTizenPlatform(host: PlatformHost): Platform {
  const tizen = host.tizen;
  const supported = supportedKeyCodes(tizen);
  const keyMap = tizenKeyMap(supported);
  return {
    kind: 'tizen',
    keyMap,
    keyFor: (code) => keyMap[code],
    registerKeys() {
      const input = tizen && tizen.tvinputdevice;
      // Registering a key the remote lacks fails the whole batch, so only supported names are sent.
      const names = TIZEN_REGISTERED_KEYS.map((k) => k.name).filter((name) => supported.has(name));
      if (!input || names.length === 0) return Promise.resolve([]);
      return new Promise<string[]>((resolve, reject) => {
        try {
          input.registerKeyBatch(
            names,
            () => resolve(names),
            (e) => reject(new Error(`Tizen refused the remote keys: ${e.name} ${e.message}`)),
          );
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    exit() {
      try {
        if (tizen && tizen.application) {
          tizen.application.getCurrentApplication().exit();
          return;
        }
      } catch {
        // Fall through to closing the window.
      }
      if (host.close) host.close();
    },
    // Tizen multitasking: a backgrounded app gets visibilitychange; a relaunch just shows it again.
    onVisibilityChange: (listener) => watchVisibility(host.document, listener),
    onRelaunch: () => () => undefined,
    activate: () => undefined,
    media: lazyMedia('tizen', host),
    deviceInfo: (): Promise<DeviceInfo> => Promise.resolve(readTizenDevice(host)),
  };
}
