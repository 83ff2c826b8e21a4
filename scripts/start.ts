/**
 * `npm start`: builds the app (and rebuilds it on change), serves the browser emulator on PORT (8080) and the
 * built-in demo provider on PROVIDER_PORT (8081). `npm start -- --es5` serves the ES5 TV build instead of the
 * faster modern one.
 */
import path from 'node:path';
import webpack from 'webpack';
import { startEmulator } from './serve';
import { startProvider } from '../test/provider/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (
  env: Record<string, boolean>,
  argv: { mode: string },
) => webpack.Configuration;

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, got "${raw}"`);
  return port;
}

function buildOnce(compiler: webpack.Compiler): Promise<void> {
  return new Promise((resolve, reject) => {
    let first = true;
    compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
      if (err) {
        if (first) reject(err);
        else console.error(err);
      } else if (stats?.hasErrors()) {
        const text = stats.toString('errors-only');
        if (first) reject(new Error(text));
        else console.error(text);
      } else if (!first) {
        console.log(`rebuilt in ${stats ? stats.endTime - stats.startTime : 0} ms`);
      }
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

async function main(): Promise<void> {
  const es5 = process.argv.includes('--es5');
  const config = makeConfig(es5 ? { es5: true } : { modern: true }, { mode: es5 ? 'production' : 'development' });
  const distDir = config.output?.path ?? path.resolve(__dirname, '..', 'dist', 'modern');
  console.log(`Building the app (${es5 ? 'ES5 TV build' : 'modern development build'})…`);
  await buildOnce(webpack(config));

  const provider = await startProvider({ port: portFrom('PROVIDER_PORT', 8081), quiet: true });
  const emulator = await startEmulator({ port: portFrom('PORT', 8080), distDir, demoServer: provider.url });
  console.log('');
  console.log(`  Emulator:       ${emulator.url}/   (add ?canvas2d=1 to render with canvas 2D)`);
  console.log(`  Demo provider:  ${provider.url}   username demo, password demo`);
  console.log(`  CORS proxy:     ${emulator.url}/proxy/http/<host:port>/<path> (used for other providers)`);
  console.log('');
  console.log('Keys: arrows, Enter = OK, Backspace/Escape = Back, PageUp/PageDown = channel, F1-F4 = colour keys.');

  const stop = async (): Promise<void> => {
    await Promise.all([emulator.close(), provider.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
