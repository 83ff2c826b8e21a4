import type { Application, ApplicationManager, SystemInfo, TVInputDeviceManager } from 'tizen-common-web';
import type { ProductInfoManager } from 'tizen-tv-webapis';
import type { AvPlayApi } from './avplayApi';
import type { KeyMap, LogicalKey } from './keys';
import type { PlatformMedia } from './media';
import type { LunaService } from './webosMediaApi';

/** Which runtime the app is in. */
export type PlatformKind = 'tizen' | 'webos' | 'browser';

/** What we know about the device; everything but `platform` may be missing. */
export interface DeviceInfo {
  platform: PlatformKind;
  /** e.g. `UE55TU7000` (Tizen) or `OLED55C1` (webOS). */
  model?: string;
  /** Operating system version, e.g. `6.0` for Tizen 6 or `6.0.0` for webOS 6. */
  osVersion?: string;
  /** Firmware version string, e.g. `T-KTM2DEUC-1310.4` (Tizen) or `03.21.30` (webOS). */
  firmware?: string;
  /** Total memory of the device in MiB, where the platform tells it (Tizen does; webOS documents no such call). */
  totalMemoryMb?: number;
  /** The web engine, e.g. `Chromium 76` (what decides which JavaScript and media features exist). */
  engine?: string;
  userAgent: string;
}

/**
 * Everything that differs between a Tizen TV, a webOS TV and a desktop browser, decided once at start-up by
 * `detectPlatform()`. No other module looks at `tizen`, `webOS` or the user agent.
 */
export interface Platform {
  readonly kind: PlatformKind;
  /** Key code → logical key for this platform's remotes (and keyboard, in a browser). */
  readonly keyMap: KeyMap;
  /** The logical key for a key code, if the app knows it. */
  keyFor(keyCode: number): LogicalKey | undefined;
  /**
   * Asks the system to deliver the keys the app uses (Tizen delivers only arrows, OK and Back otherwise).
   * Resolves with the platform key names actually registered (empty where no registration is needed).
   */
  registerKeys(): Promise<string[]>;
  /** Leaves the app (the viewer confirmed it at the root page). */
  exit(): void;
  /** Calls `listener(hidden)` whenever the app goes to the background or comes back; returns an unsubscribe. */
  onVisibilityChange(listener: (hidden: boolean) => void): () => void;
  /**
   * Calls `listener` when the system launches the app again while it runs (webOS `webOSRelaunch`, e.g. the viewer
   * picked it in the launcher); returns an unsubscribe. Never fires where the system handles relaunches itself.
   */
  onRelaunch(listener: (params: Record<string, unknown>) => void): () => void;
  /** Brings the app to the front (webOS apps that handle relaunches must do it themselves). */
  activate(): void;
  /** Model and OS version, as far as the platform tells them. */
  deviceInfo(): Promise<DeviceInfo>;
  /** Which playback engines and native players this device has (probed once, on first call). */
  media(): PlatformMedia;
}

/** A Tizen TV input key as `tizen.tvinputdevice.getSupportedKeys()` reports it. */
export interface TizenInputDeviceKey {
  name: string;
  code: number;
}

/**
 * The part of the Tizen Web Device API we use, in the vendor's own types (`@types/tizen-common-web`), narrowed to the
 * calls made so fakes stay small.
 */
export interface TizenApi {
  tvinputdevice?: Pick<TVInputDeviceManager, 'getSupportedKeys' | 'registerKeyBatch'>;
  application?: { getCurrentApplication(): Pick<Application, 'exit' | 'hide'> } & Partial<
    Omit<ApplicationManager, 'getCurrentApplication'>
  >;
  systeminfo?: Partial<Pick<SystemInfo, 'getTotalMemory' | 'getCapability'>>;
}

/**
 * The part of Samsung's product API (`webapis`, typed by `@types/tizen-tv-webapis`) we use; present only when
 * `$WEBAPIS/webapis/webapis.js` loaded. AVPlay keeps our own typing (avplayApi.ts): the player and its fakes rely on
 * the array form of `getCurrentStreamInfo` that the vendor declarations lack.
 */
export interface SamsungWebApis {
  productinfo?: Partial<Pick<ProductInfoManager, 'getRealModel' | 'getModel' | 'getFirmware'>>;
  avplay?: AvPlayApi;
}

/** webOS device information as `webOS.deviceInfo(callback)` reports it. */
export interface WebOsDeviceInfo {
  modelName?: string;
  /** webOS TV SDK version, e.g. `6.3.0`. */
  sdkVersion?: string;
  /** Full firmware version string. */
  version?: string;
}

/** The part of webOSTV.js (`window.webOS`) we use. */
export interface WebOsApi {
  platformBack?(): void;
  deviceInfo?(callback: (info: WebOsDeviceInfo) => void): void;
  platform?: { tv?: boolean };
  /** Luna service calls; present when webOSTV.js is bundled or injected. */
  service?: LunaService;
}

/** A minimal event target (the document) for visibility changes. */
export interface VisibilitySource {
  readonly hidden?: boolean;
  addEventListener(type: string, listener: (event?: { detail?: unknown }) => void): void;
  removeEventListener(type: string, listener: (event?: { detail?: unknown }) => void): void;
  /** Used once to ask a `<video>` what it claims to play. */
  createElement?(tag: 'video'): { canPlayType(type: string): string };
}

/**
 * The globals the platform layer reads: `window` in the app, a plain object in tests. Only `src/platform/` touches
 * these names.
 */
export interface PlatformHost {
  navigator?: { userAgent?: string };
  document?: VisibilitySource;
  tizen?: TizenApi;
  webapis?: SamsungWebApis;
  webOS?: WebOsApi;
  /** The legacy webOS bridge; `activate()` brings the app to the front. */
  PalmSystem?: { activate?(): void };
  /** Media Source Extensions, under any of the names engines have used. */
  MediaSource?: { isTypeSupported?(type: string): boolean };
  ManagedMediaSource?: { isTypeSupported?(type: string): boolean };
  WebKitMediaSource?: { isTypeSupported?(type: string): boolean };
  close?(): void;
  focus?(): void;
}
