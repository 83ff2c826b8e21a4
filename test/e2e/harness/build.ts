/**
 * Builds the harness page once per test run: webpack with the harness config (`--env modern`, development mode, for
 * speed). A stamp of the inputs' modification times in dist/harness skips the build when nothing changed, so several
 * test files (and benchmarks) in one run share one build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
/** Where the built page lands. */
export const HARNESS_DIST = path.join(ROOT, 'dist', 'harness');
const STAMP = path.join(HARNESS_DIST, '.inputs');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function inputsStamp(): string {
  const inputs = [path.join(ROOT, 'src'), __dirname].map(newestChange);
  inputs.push(
    fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs,
    fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  );
  return inputs.map((n) => Math.floor(n)).join(':');
}

/** Builds dist/harness unless a build of the same inputs is already there; returns the folder. */
export function ensureHarness(): string {
  const stamp = inputsStamp();
  const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '';
  if (built === stamp && fs.existsSync(path.join(HARNESS_DIST, 'index.html'))) return HARNESS_DIST;
  const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  execFileSync(
    process.execPath,
    [webpack, '--config', path.join(__dirname, 'webpack.harness.cjs'), '--env', 'modern', '--mode', 'development'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  fs.writeFileSync(STAMP, stamp);
  return HARNESS_DIST;
}
