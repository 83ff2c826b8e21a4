// Builds the webOS .ipk: the production build plus appinfo.json and its images, packed by ares-package (offline).
import fs from 'node:fs';
import path from 'node:path';
import { drawAppIcon, drawSplash } from '../tizen/shared/artwork';
import { runCommandOrThrow } from '../tizen/shared/commands';
import { encodePng } from '../tizen/shared/png';
import { makeTempFolder, removeFolder } from '../tizen/shared/project';
import { AppInfo, appImages, ipkFileName, parseAppInfo, withVersion } from './appinfo';

/** What goes into the .ipk. */
export interface IpkSources {
  /** The production build (`dist/app/`). */
  appDir: string;
  /** The text of webos/appinfo.json. */
  appInfoJson: string;
  /** The package version (from package.json), written into appinfo.json. */
  version: string;
}

/** What was written. */
export interface IpkResult {
  file: string;
  /** Size of the .ipk in bytes. */
  size: number;
  /** The manifest as packaged. */
  appInfo: AppInfo;
}

function drawImage(width: number, height: number): Buffer {
  return encodePng(width === height ? drawAppIcon(width) : drawSplash(width, height));
}

/** Lays out the webOS app folder: build, appinfo.json with the version, icons and splash (drawn unless the build has them). */
export function prepareWebosAppFolder(sources: IpkSources, appFolder: string): AppInfo {
  const appInfo = withVersion(parseAppInfo(sources.appInfoJson), sources.version);
  if (!fs.existsSync(path.join(sources.appDir, appInfo.main))) {
    throw new Error(`${sources.appDir} has no ${appInfo.main}: build the app first (npm run build)`);
  }
  fs.cpSync(sources.appDir, appFolder, { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(path.join(appFolder, 'appinfo.json'), JSON.stringify(appInfo, null, 2) + '\n');
  for (const image of appImages(appInfo)) {
    const file = path.join(appFolder, image.file);
    if (fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, drawImage(image.width, image.height));
  }
  return appInfo;
}

function aresPackageScript(): string {
  return require.resolve('@webos-tools/cli/bin/ares-package.js');
}

/** Builds `<outDir>/<id>_<version>_all.ipk` with `ares-package --no-minify` (the bundle is minified already). */
export function buildIpk(sources: IpkSources, outDir: string): IpkResult {
  const workDir = makeTempFolder('webos-ipk');
  try {
    const appFolder = path.join(workDir, 'app');
    const appInfo = prepareWebosAppFolder(sources, appFolder);
    fs.mkdirSync(outDir, { recursive: true });
    runCommandOrThrow(process.execPath, [aresPackageScript(), '--no-minify', '--outdir', outDir, appFolder]);
    const file = path.join(outDir, ipkFileName(appInfo));
    if (!fs.existsSync(file)) throw new Error(`ares-package reported success but wrote no ${file}`);
    return { file, size: fs.statSync(file).size, appInfo };
  } finally {
    removeFolder(workDir);
  }
}
