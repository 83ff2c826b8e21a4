// Reads the webOS manifest (appinfo.json), checks what ares-package and the LG store require, stamps the version.

/** The appinfo.json fields the packager relies on; other fields are kept as they are. */
export interface AppInfo {
  id: string;
  version: string;
  type: string;
  main: string;
  title: string;
  icon: string;
  largeIcon?: string;
  splashBackground?: string;
  [field: string]: unknown;
}

/** An appinfo.json that ares-package or a TV would reject. */
export class AppInfoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppInfoError';
  }
}

const REQUIRED_STRINGS = ['id', 'type', 'main', 'title', 'icon'] as const;
// LG's id rule: lowercase letters, digits, '-', '+', '.'; reserved prefixes belong to the platform.
const APP_ID = /^[a-z0-9.+-]{2,}$/;
const RESERVED_PREFIXES = ['com.palm', 'com.webos', 'com.lge', 'com.palmdts'];
const WEBOS_VERSION = /^\d+\.\d+\.\d+$/;

/** Parses and checks appinfo.json text. */
export function parseAppInfo(text: string): AppInfo {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppInfoError(`appinfo.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppInfoError('appinfo.json must hold a JSON object');
  }
  const fields = parsed as Record<string, unknown>;
  for (const name of REQUIRED_STRINGS) {
    if (typeof fields[name] !== 'string' || fields[name] === '')
      throw new AppInfoError(`appinfo.json needs a string "${name}"`);
  }
  const id = fields.id as string;
  if (!APP_ID.test(id) || RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix))) {
    throw new AppInfoError(
      `appinfo.json "id" ${JSON.stringify(id)} breaks webOS's id rules (a-z, 0-9, '.', '-', '+'; no com.palm/com.webos/com.lge)`,
    );
  }
  return { version: '1.0.0', ...fields } as AppInfo;
}

/** Returns a copy of the manifest carrying `version` (webOS versions are major.minor.patch numbers). */
export function withVersion(appInfo: AppInfo, version: string): AppInfo {
  if (!WEBOS_VERSION.test(version)) {
    throw new AppInfoError(`Version "${version}" is not a webOS version (major.minor.patch, digits only)`);
  }
  return { ...appInfo, version };
}

/** The image files appinfo.json names, with the size each should have. */
export function appImages(appInfo: AppInfo): Array<{ file: string; width: number; height: number }> {
  const images = [{ file: appInfo.icon, width: 80, height: 80 }];
  if (appInfo.largeIcon) images.push({ file: appInfo.largeIcon, width: 130, height: 130 });
  if (appInfo.splashBackground) images.push({ file: appInfo.splashBackground, width: 1920, height: 1080 });
  return images;
}

/** The .ipk file name ares-package writes: `<id>_<version>_all.ipk`. */
export function ipkFileName(appInfo: AppInfo): string {
  return `${appInfo.id}_${appInfo.version}_all.ipk`;
}
