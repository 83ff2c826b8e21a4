/**
 * The TV packages as a TV gets them: `npm run package:tizen` (signed with the test certificate) and
 * `npm run package:webos` from the build under test, unpacked the way the TV installs them (the `.wgt` is a ZIP of
 * the widget root; the `.ipk` is an `ar` archive whose `data.tar.gz` holds the app under `usr/palm/applications/<id>/`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readAr, readTarGz, unzipInto } from '../../unit/packaging/helpers/archives';

const ROOT = path.resolve(__dirname, '../../..');

/** One built and unpacked package. */
export interface UnpackedPackage {
  /** The package file. */
  file: string;
  size: number;
  /** The folder it was unpacked into: the app's root, with index.html. */
  appDir: string;
}

function runPackager(script: string, distDir: string, outDir: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], {
    cwd: ROOT,
    env: { ...process.env, TVPLAYER_DIST: distDir, TVPLAYER_PACKAGE_DIR: outDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function only(dir: string, extension: string): string {
  const found = fs.readdirSync(dir).filter((f) => f.endsWith(extension));
  if (found.length !== 1) throw new Error(`expected one ${extension} in ${dir}, found ${found.join(', ') || 'none'}`);
  return path.join(dir, found[0]);
}

/** Builds the signed `.wgt` of `distDir` into `workDir` and unzips it. */
export function tizenPackage(distDir: string, workDir: string): UnpackedPackage {
  const outDir = path.join(workDir, 'tizen-out');
  runPackager('tizen/package.ts', distDir, outDir);
  const file = only(outDir, '.wgt');
  const appDir = path.join(workDir, 'tizen-app');
  unzipInto(file, appDir);
  return { file, size: fs.statSync(file).size, appDir };
}

/** Builds the `.ipk` of `distDir` into `workDir` and unpacks the app folder from its data archive. */
export function webosPackage(distDir: string, workDir: string): UnpackedPackage {
  const outDir = path.join(workDir, 'webos-out');
  runPackager('webos/package.ts', distDir, outDir);
  const file = only(outDir, '.ipk');
  const data = readAr(fs.readFileSync(file)).find((m) => m.name === 'data.tar.gz');
  if (!data) throw new Error(`${file} has no data.tar.gz`);
  const appDir = path.join(workDir, 'webos-app');
  const prefix = /^\.?\/?usr\/palm\/applications\/[^/]+\//;
  for (const entry of readTarGz(data.data)) {
    if (entry.type !== '0' || !prefix.test(entry.name)) continue;
    const target = path.join(appDir, ...entry.name.replace(prefix, '').split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.data);
  }
  return { file, size: fs.statSync(file).size, appDir };
}
