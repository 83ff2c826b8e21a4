// Facts about this repository that both TV packagers need: where it is, its name and version, the production build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (this file lives in `tizen/shared/`). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The name and version the packages are named and stamped with. */
export interface ProjectInfo {
  name: string;
  version: string;
}

/** Reads `name` and `version` from the repository's package.json. */
export function readProjectInfo(repoRoot: string = REPO_ROOT): ProjectInfo {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('package.json is not a JSON object');
  const { name, version } = parsed as Record<string, unknown>;
  if (typeof name !== 'string' || typeof version !== 'string') {
    throw new Error('package.json needs a string "name" and "version"');
  }
  return { name, version };
}

/**
 * Returns the production build folder: `TVPLAYER_DIST` (relative to the repository) when set, which must hold a
 * build, otherwise `dist/app/`. When `dist/app/` has no index.html yet, runs `npx webpack --mode production` first,
 * so `npm run package:*` works on a fresh clone.
 */
export function ensureProductionBuild(repoRoot: string = REPO_ROOT, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TVPLAYER_DIST) {
    const given = path.resolve(repoRoot, env.TVPLAYER_DIST);
    if (!fs.existsSync(path.join(given, 'index.html'))) {
      throw new Error(`TVPLAYER_DIST=${env.TVPLAYER_DIST} has no build (no index.html); build into it first.`);
    }
    return given;
  }
  const appDir = path.join(repoRoot, 'dist', 'app');
  if (fs.existsSync(path.join(appDir, 'index.html'))) return appDir;
  console.log('dist/app/ has no build yet: running `npx webpack --mode production` …');
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(path.join(appDir, 'index.html'))) {
    throw new Error('The production build failed (npx webpack --mode production); fix it, then package again.');
  }
  return appDir;
}

/** Where `npm run package:*` writes packages: `TVPLAYER_PACKAGE_DIR` (relative to the repository) or `dist/`. */
export function packageOutputDir(repoRoot: string = REPO_ROOT, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.TVPLAYER_PACKAGE_DIR || 'dist');
}

/** Makes a fresh temporary folder; the caller removes it with `removeFolder`. */
export function makeTempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), `${prefix}-`));
}

/** Removes a folder and everything in it, if it exists. */
export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The time stamp written into archives: `SOURCE_DATE_EPOCH` (seconds) when set, so builds are
 * reproducible, otherwise now.
 */
export function archiveTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH !== '' ? new Date(epoch * 1000) : new Date();
}
