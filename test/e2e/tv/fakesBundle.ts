/** Bundles the TV fakes (fakesPage.ts and test/fakes) into one script for `page.addInitScript`. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Builds the fakes with webpack (development mode, modern syntax: it runs in the test's Chromium) and returns the script. */
export async function buildTvFakes(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tv-fakes-'));
  try {
    await new Promise<void>((resolve, reject) => {
      webpack(
        {
          mode: 'development',
          devtool: false,
          target: ['web', 'es2020'],
          context: ROOT,
          entry: path.join(__dirname, 'fakesPage.ts'),
          output: { path: outDir, filename: 'fakes.js' },
          resolve: { extensions: ['.ts', '.js'] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                loader: 'ts-loader',
                options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } },
              },
            ],
          },
        },
        (error, stats) => {
          if (error) reject(error);
          else if (!stats || stats.hasErrors()) reject(new Error(stats ? stats.toString('errors-only') : 'no stats'));
          else resolve();
        },
      );
    });
    return fs.readFileSync(path.join(outDir, 'fakes.js'), 'utf8');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
