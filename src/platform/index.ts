/** The platform layer: everything that differs between Tizen, webOS and a desktop browser. */
export type { DeviceInfo, Platform, PlatformHost, PlatformKind } from './platform';
export type { DigitKey, KeyMap, LogicalKey } from './keys';
export { DIGIT_KEYS, digitOf, toLightningKeys } from './keys';
export { detectPlatform, detectPlatformKind } from './detect';
export type { AppEnv } from './env';
export { parseEnv, readEnv } from './env';
export type { UrlRewriter } from './proxy';
export { createProxyRewriter } from './proxy';
export type { PlatformMedia, PlaybackEngineName } from './media';
export { detectMedia } from './media';
export type {
  AvPlayApi,
  AvPlayDisplayMethod,
  AvPlayErrorName,
  AvPlayEventName,
  AvPlayListener,
  AvPlayState,
  AvPlayStreamInfo,
} from './avplayApi';
export type { LunaRequestOptions, LunaService, WebOsVideoElement } from './webosMediaApi';
export { WEBOS_MEDIA_SERVICE } from './webosMediaApi';
