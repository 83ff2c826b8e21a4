/**
 * What a TV downloads: builds the production (ES5) bundle with the app's webpack config into a temporary folder and
 * prints, gzip -9 sizes in bytes, the initial JavaScript (every script index.html loads before the first frame), each
 * lazy chunk, and the largest modules of the initial chunks by group (core-js, Lightning, our layers…). Budget: initial
 * JavaScript ≤ 300 KB gzip; hls.js, shaka-player and mpegts.js only in lazy chunks. `BUNDLE_DIST=<folder>` measures
 * an existing build instead (no module breakdown then).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSize, INITIAL_JS_BUDGET, initialJsBytes, initialScripts } from '../e2e/tv/bundleFigures';
import type { Report } from './support';

const ROOT = path.resolve(__dirname, '../..');

interface ModuleStat {
  name: string;
  size: number;
  /** Modules webpack concatenated into this one (scope hoisting). */
  modules?: ModuleStat[];
}

interface BuildStats {
  chunks: { id: string | number; initial: boolean; names: string[]; files: string[]; modules?: ModuleStat[] }[];
}

/** Where a module's bytes come from, for the breakdown. */
function groupOf(name: string): string {
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(name);
  if (pkg) return pkg[1].replace(/\\/g, '/');
  const layer = /\.\/src\/([^/]+)/.exec(name);
  return layer ? `src/${layer[1]}` : name;
}

async function build(outDir: string): Promise<BuildStats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'webpack.config.js')) as (e: object, a: object) => object;
  // The ES5 bundle, the one every TV can run (the es2018 one is measured from a build in BUNDLE_DIST).
  const config = { ...configure({ es5: true }, { mode: 'production' }), context: ROOT } as Record<string, unknown>;
  config.output = { ...(config.output as object), path: outDir };
  return new Promise((resolve, reject) => {
    webpack(config as never, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(
        stats.toJson({
          chunks: true,
          chunkModules: true,
          nestedModules: true,
          source: false,
          reasons: false,
        }) as unknown as BuildStats,
      );
    });
  });
}

export async function run(report: Report): Promise<void> {
  const given = process.env.BUNDLE_DIST;
  const distDir = given ? path.resolve(ROOT, given) : fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-bench-'));
  const stats = given ? undefined : await build(distDir);
  try {
    const initial = initialScripts(distDir);
    let initialTotal = 0;
    initial.forEach((script) => {
      const size = gzipSize(path.join(distDir, script));
      initialTotal += size;
      report(`initial_${script}`, size, 'bytes_gzip');
    });
    report('initial_js_total', initialTotal, 'bytes_gzip', { budget: INITIAL_JS_BUDGET });
    if (initialScripts(distDir, 'es2018').length > initial.length)
      report('initial_js_total_es2018', initialJsBytes(distDir, 'es2018'), 'bytes_gzip', { budget: INITIAL_JS_BUDGET });
    const chunkDir = path.join(distDir, 'chunks');
    const lazy = fs.existsSync(chunkDir) ? fs.readdirSync(chunkDir).filter((f) => f.endsWith('.js')) : [];
    lazy
      .sort()
      .forEach((file) =>
        report(`lazy_${file.replace(/\.[0-9a-f]{8}\.js$/, '')}`, gzipSize(path.join(chunkDir, file)), 'bytes_gzip'),
      );
    if (!stats) return;
    const groups = new Map<string, number>();
    const add = (m: ModuleStat): void => {
      if (m.modules && m.modules.length > 0) m.modules.forEach(add);
      else groups.set(groupOf(m.name), (groups.get(groupOf(m.name)) ?? 0) + m.size);
    };
    stats.chunks.filter((c) => c.initial).forEach((c) => (c.modules ?? []).forEach(add));
    [...groups.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .forEach(([group, size]) => report(`initial_source_${group}`, size, 'bytes_before_minify'));
  } finally {
    if (!given) fs.rmSync(distDir, { recursive: true, force: true });
  }
}
