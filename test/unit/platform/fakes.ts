/**
 * Faithful fakes of the TV globals the platform layer reads, following the documented behaviour (tv-platforms.md §2,
 * §3): Tizen delivers arrows, Enter and Back without registration and refuses to register them; registering a name the
 * remote does not support fails the batch through the error callback; only registered keys reach the app.
 */
import type { PlatformHost, TizenInputDeviceKey, WebOsDeviceInfo } from '../../../src/platform/platform';

/** The keys a Samsung Smart Remote reports: no digits and no colour keys (it shows virtual ones instead). */
export const SMART_REMOTE_KEYS: TizenInputDeviceKey[] = [
  { name: 'ChannelUp', code: 427 },
  { name: 'ChannelDown', code: 428 },
  { name: 'MediaPlayPause', code: 10252 },
  { name: 'MediaPlay', code: 415 },
  { name: 'MediaPause', code: 19 },
  { name: 'MediaStop', code: 413 },
  { name: 'MediaFastForward', code: 417 },
  { name: 'MediaRewind', code: 412 },
  { name: 'Info', code: 457 },
  { name: 'Exit', code: 10182 },
];

/** A full conventional Samsung remote: digits, colours, guide and the rest. */
export const STANDARD_REMOTE_KEYS: TizenInputDeviceKey[] = [
  ...SMART_REMOTE_KEYS,
  ...'0123456789'.split('').map((d) => ({ name: d, code: 48 + Number(d) })),
  { name: 'ColorF0Red', code: 403 },
  { name: 'ColorF1Green', code: 404 },
  { name: 'ColorF2Yellow', code: 405 },
  { name: 'ColorF3Blue', code: 406 },
  { name: 'Guide', code: 458 },
  { name: 'ChannelList', code: 10073 },
  { name: 'PreviousChannel', code: 10190 },
  { name: 'Minus', code: 189 },
];

const MANDATORY = ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'Enter', 'Back'];

/** A fake `tizen` global with `tvinputdevice` and `application`, recording what the app did. */
export class FakeTizen {
  readonly registered = new Set<string>();
  batchCalls: string[][] = [];
  exited = 0;

  constructor(private readonly supported: TizenInputDeviceKey[]) {}

  readonly tvinputdevice = {
    getSupportedKeys: (): TizenInputDeviceKey[] => this.supported.map((k) => ({ ...k })),
    registerKeyBatch: (
      names: string[],
      success?: () => void,
      error?: (e: { name: string; message: string }) => void,
    ): void => {
      if (!Array.isArray(names))
        throw Object.assign(new Error('keyNames must be an array'), { name: 'TypeMismatchError' });
      this.batchCalls.push(names.slice());
      const known = new Set(this.supported.map((k) => k.name));
      const bad = names.filter((n) => !known.has(n) || MANDATORY.indexOf(n) >= 0);
      // The API answers asynchronously, like the real one.
      setTimeout(() => {
        if (bad.length > 0) {
          if (error) error({ name: 'InvalidValuesError', message: `unsupported keys: ${bad.join(', ')}` });
          return;
        }
        names.forEach((n) => this.registered.add(n));
        if (success) success();
      }, 0);
    },
  };

  readonly application = {
    getCurrentApplication: () => ({
      exit: (): void => {
        this.exited += 1;
      },
      hide: (): void => undefined,
    }),
  };
}

/** A fake `webOS` global (webOSTV.js) that records `platformBack()` calls. */
export class FakeWebOs {
  platformBackCalls = 0;
  readonly platform = { tv: true };

  constructor(private readonly info?: WebOsDeviceInfo) {}

  platformBack(): void {
    this.platformBackCalls += 1;
  }

  deviceInfo(callback: (info: WebOsDeviceInfo) => void): void {
    setTimeout(() => callback(this.info ?? { modelName: 'OLED55C1', sdkVersion: '6.3.0' }), 0);
  }
}

/** A document that can be told to go hidden, firing the events the way the engines do. */
export class FakeDocument {
  hidden = false;
  private readonly listeners = new Map<string, Set<() => void>>();

  addEventListener(type: string, listener: () => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** Changes visibility and fires both the standard and the prefixed event, as some webOS engines do. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    ['visibilitychange', 'webkitvisibilitychange'].forEach((type) => this.listeners.get(type)?.forEach((l) => l()));
  }

  listenerCount(): number {
    let n = 0;
    this.listeners.forEach((set) => (n += set.size));
    return n;
  }
}

export const TIZEN_UA =
  'Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 76.0.3809.146/6.0 TV Safari/537.36';
export const WEBOS_UA =
  'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 WebAppManager';
export const DESKTOP_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** A host object standing in for `window`, with a counter for `window.close()`. */
export function makeHost(extra: Partial<PlatformHost> & { userAgent?: string }): PlatformHost & { closed: number } {
  const host: PlatformHost & { closed: number } = {
    navigator: { userAgent: extra.userAgent ?? DESKTOP_UA },
    document: extra.document ?? new FakeDocument(),
    tizen: extra.tizen,
    webapis: extra.webapis,
    webOS: extra.webOS,
    PalmSystem: extra.PalmSystem,
    closed: 0,
    close() {
      host.closed += 1;
    },
  };
  return host;
}
