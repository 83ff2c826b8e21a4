import type { Platform, PlatformKind, PlaybackEngineName } from '../../platform';
import { t } from '../i18n';

/** The app's version, put into the bundle by the build (webpack's DefinePlugin); absent in unit tests. */
declare const __APP_VERSION__: string | undefined;

/** One line of the About panel. */
export interface AboutFact {
  label: string;
  value: string;
}

/** Engines by the names their projects use. */
export const ENGINE_NAMES: Record<PlaybackEngineName, string> = {
  avplay: 'Samsung AVPlay',
  webos: 'webOS media',
  hlsjs: 'hls.js',
  shaka: 'Shaka Player',
  mpegts: 'mpegts.js',
  native: 'HTML5 video',
};

/** The version this build was made from, or undefined when the build did not say. */
export function appVersion(): string | undefined {
  return typeof __APP_VERSION__ === 'string' && __APP_VERSION__ !== '' ? __APP_VERSION__ : undefined;
}

function platformName(kind: PlatformKind): string {
  if (kind === 'tizen') return t('settings.platform.tizen');
  if (kind === 'webos') return t('settings.platform.webos');
  return t('settings.platform.browser');
}

/**
 * What the About panel lists: version, platform, device model, system and firmware versions, memory and web engine
 * (as far as the TV tells them),
 * the playback engines this device can use (preferred first) and the user agent.
 */
export async function aboutFacts(platform: Platform): Promise<AboutFact[]> {
  const unknown = t('settings.about.unknown');
  const info = await platform.deviceInfo().catch(() => undefined);
  const engines = platform.media().engines.map((engine) => ENGINE_NAMES[engine] ?? engine);
  return [
    { label: t('settings.about.version'), value: appVersion() ?? unknown },
    { label: t('settings.about.platform'), value: platformName(platform.kind) },
    { label: t('settings.about.model'), value: (info && info.model) || unknown },
    { label: t('settings.about.os'), value: (info && info.osVersion) || unknown },
    { label: t('settings.about.firmware'), value: (info && info.firmware) || unknown },
    {
      label: t('settings.about.memory'),
      value: info && info.totalMemoryMb ? t('settings.about.memoryMb', { mb: info.totalMemoryMb }) : unknown,
    },
    { label: t('settings.about.webEngine'), value: (info && info.engine) || unknown },
    { label: t('settings.about.engines'), value: engines.join(', ') },
    { label: t('settings.about.userAgent'), value: (info && info.userAgent) || unknown },
  ];
}
