import type { EngineFactory } from './engines/Engine';
import type { EngineName } from './types';

/** Loads an engine module on demand. */
export type EngineLoader = () => Promise<EngineFactory>;

/**
 * The engines, each behind `import()`: webpack makes every one a separate chunk, so a TV that plays through AVPlay
 * never downloads hls.js, shaka-player or mpegts.js, and a browser downloads only the library its stream needs.
 */
export const ENGINE_LOADERS: Record<EngineName, EngineLoader> = {
  avplay: () => import(/* webpackChunkName: "engine-avplay" */ './engines/avplay').then((m) => m.createAvPlayEngine),
  webos: () => import(/* webpackChunkName: "engine-webos" */ './engines/webos').then((m) => m.createWebOsEngine),
  hlsjs: () => import(/* webpackChunkName: "engine-hlsjs" */ './engines/hlsjs').then((m) => m.createHlsJsEngine),
  shaka: () => import(/* webpackChunkName: "engine-shaka" */ './engines/shaka').then((m) => m.createShakaEngine),
  mpegts: () => import(/* webpackChunkName: "engine-mpegts" */ './engines/mpegts').then((m) => m.createMpegTsEngine),
  native: () => import(/* webpackChunkName: "engine-native" */ './engines/native').then((m) => m.createNativeEngine),
};
