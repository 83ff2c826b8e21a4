/**
 * Faithful fakes of the TV globals the platform layer reads, following the documented behaviour (tv-platforms.md §2,
 * §3): Tizen delivers arrows, Enter and Back without registration and refuses to register them; registering a name the
 * remote does not support fails the batch through the error callback; only registered keys reach the app. They run in
 * Node (unit tests) and in a page (the packaged-app smoke tests inject them before the app starts).
 */
import type { TVInputDeviceManager } from 'tizen-common-web';
import type { TizenInputDeviceKey, WebOsDeviceInfo } from '../../src/platform/platform';

/** The error callback of `registerKeyBatch`, as the vendor declares it. */
type KeyBatchError = Parameters<TVInputDeviceManager['registerKeyBatch']>[2];

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

/** What the fake system info answers; leave a field out to make the call throw like a TV without it. */
export interface FakeSystemFacts {
  totalMemoryBytes?: number;
  platformVersion?: string;
}

/** A WebAPIException as the Tizen Web Device API throws it. */
function webApiException(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/** A fake `tizen` global with `tvinputdevice`, `application` and `systeminfo`, recording what the app did. */
export class FakeTizen {
  readonly registered = new Set<string>();
  batchCalls: string[][] = [];
  exited = 0;
  hidden = 0;

  constructor(
    private readonly supported: TizenInputDeviceKey[],
    private readonly facts: FakeSystemFacts = { totalMemoryBytes: 2.5 * 1024 * 1024 * 1024, platformVersion: '6.0' },
  ) {}

  readonly tvinputdevice = {
    getSupportedKeys: (): TizenInputDeviceKey[] => this.supported.map((k) => ({ ...k })),
    registerKeyBatch: (names: string[], success?: (() => void) | null, error?: KeyBatchError): void => {
      if (!Array.isArray(names)) throw webApiException('TypeMismatchError', 'keyNames must be an array');
      this.batchCalls.push(names.slice());
      const known = new Set(this.supported.map((k) => k.name));
      const bad = names.filter((n) => !known.has(n) || MANDATORY.indexOf(n) >= 0);
      // The API answers asynchronously, like the real one.
      setTimeout(() => {
        if (bad.length > 0) {
          const failure = { name: 'InvalidValuesError', message: `unsupported keys: ${bad.join(', ')}`, code: 0 };
          if (error) error(failure as unknown as Parameters<NonNullable<KeyBatchError>>[0]);
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
      hide: (): void => {
        this.hidden += 1;
      },
    }),
  };

  readonly systeminfo = {
    getTotalMemory: (): number => {
      if (this.facts.totalMemoryBytes === undefined) throw webApiException('UnknownError', 'memory size unknown');
      return this.facts.totalMemoryBytes;
    },
    getCapability: (key: string): unknown => {
      if (key === 'http://tizen.org/feature/platform.version' && this.facts.platformVersion !== undefined) {
        return this.facts.platformVersion;
      }
      throw webApiException('NotSupportedError', `${key} is not supported`);
    },
  };
}

/** A fake `webapis.productinfo` (Samsung product API). */
export class FakeProductInfo {
  constructor(
    private readonly model = 'UE55TU7000',
    private readonly firmware = 'T-KTM2DEUC-1310.4',
  ) {}

  getRealModel(): string {
    return this.model;
  }

  getModel(): string {
    return this.model.slice(0, 6);
  }

  getFirmware(): string {
    return this.firmware;
  }
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
    setTimeout(() => callback(this.info ?? { modelName: 'OLED55C1', sdkVersion: '6.3.0', version: '03.21.30' }), 0);
  }
}

/** The legacy webOS bridge; counts `activate()` (how an app that handles relaunches comes to the front). */
export class FakePalmSystem {
  activations = 0;

  activate(): void {
    this.activations += 1;
  }
}

/** User agents of the TVs the tests pretend to be (tv-platforms.md §1.10, §3.7). */
export const TIZEN_UA =
  'Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 76.0.3809.146/6.0 TV Safari/537.36';
export const WEBOS_UA =
  'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 WebAppManager';
