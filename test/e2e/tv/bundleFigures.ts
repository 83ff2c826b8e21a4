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

/** The app's two bundles (webpack.config.js): every TV runs `es5`, engines with ES2018 syntax `es2018`. */
export type Bundle = 'es5' | 'es2018';

/**
 * Scripts index.html loads itself (`<script src>`, not the TV's own `$WEBAPIS` script), in page order, then what its
 * loader fetches on an engine that runs `bundle`: `env.js` (`data-env`) and that bundle (`data-es5` / `data-es2018`).
 * A build with one bundle names both in `<script src>`s.
 */
export function initialScripts(appDir: string, bundle: Bundle = 'es5'): string[] {
  const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8');
  const scripts: string[] = [];
  const pattern = /<script\b[^>]*\bsrc="?([^"\s>]+)"?/g;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (!/^(https?:|\$WEBAPIS)/.test(match[1])) scripts.push(match[1]);
  }
  // The two-bundle page's loader fetches env.js and the picked bundle, in this order.
  for (const attribute of ['env', bundle]) {
    const picked = new RegExp(`<script\\b[^>]*\\bdata-${attribute}="?([^"\\s>]+)"?`).exec(html);
    if (picked) scripts.push(picked[1]);
  }
  return scripts;
}

/** gzip bytes of every script index.html loads on an engine that runs `bundle`, together. */
export function initialJsBytes(appDir: string, bundle: Bundle = 'es5'): number {
  return initialScripts(appDir, bundle).reduce((sum, script) => sum + gzipSize(path.join(appDir, script)), 0);
}
