/** The platform layer: everything that differs between Tizen, webOS and a desktop browser. */
export type { DeviceInfo, Platform, PlatformHost, PlatformKind } from './platform';
export type { DigitKey, KeyMap, LogicalKey } from './keys';
export { DIGIT_KEYS, digitOf, toLightningKeys } from './keys';
export { detectPlatform, detectPlatformKind } from './detect';
export type { AppEnv } from './env';
export { parseEnv, readEnv } from './env';
export type { UrlRewriter } from './proxy';
export { createProxyRewriter } from './proxy';
