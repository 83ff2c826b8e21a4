/** Sizes of what a TV downloads, as the budget bench and the TV smoke tests measure them. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The budget of JavaScript a TV loads before the first frame, gzip bytes. */
export const INITIAL_JS_BUDGET = 300 * 1024;

/** gzip -9 size of a file. */
export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Scripts index.html loads itself (`<script src>`, not the TV's own `$WEBAPIS` script), in page order. */
export function initialScripts(appDir: string): string[] {
  const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8');
  const scripts: string[] = [];
  const pattern = /<script\b[^>]*\bsrc="?([^"\s>]+)"?/g;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (!/^(https?:|\$WEBAPIS)/.test(match[1])) scripts.push(match[1]);
  }
  return scripts;
}

/** gzip bytes of every script index.html loads, together. */
export function initialJsBytes(appDir: string): number {
  return initialScripts(appDir).reduce((sum, script) => sum + gzipSize(path.join(appDir, script)), 0);
}
