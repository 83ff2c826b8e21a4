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

/** The part of the Tizen Web Device API we use. */
export interface TizenApi {
  tvinputdevice?: {
    getSupportedKeys(): TizenInputDeviceKey[];
    registerKeyBatch(
      names: string[],
      success?: () => void,
      error?: (e: { name: string; message: string }) => void,
    ): void;
  };
  application?: { getCurrentApplication(): { exit(): void; hide?(): void } };
}

/** The part of Samsung's product API (`webapis`) we use; present only when `$WEBAPIS/webapis/webapis.js` loaded. */
export interface SamsungWebApis {
  productinfo?: { getRealModel?(): string; getModel?(): string; getFirmware?(): string };
  avplay?: AvPlayApi;
}

/** webOS device information as `webOS.deviceInfo(callback)` reports it. */
export interface WebOsDeviceInfo {
  modelName?: string;
  sdkVersion?: string;
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
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
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
  PalmSystem?: unknown;
  /** Media Source Extensions, under any of the names engines have used. */
  MediaSource?: { isTypeSupported?(type: string): boolean };
  ManagedMediaSource?: { isTypeSupported?(type: string): boolean };
  WebKitMediaSource?: { isTypeSupported?(type: string): boolean };
  close?(): void;
}
