/**
 * The browser emulator's web server: serves a built app folder, `/env.js` (what the emulator tells the app: the demo
 * provider, the proxy) and the CORS proxy. Used by `npm start` and by the browser tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { handleProxy, PROXY_PREFIX } from './proxy';

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The built app (dist/app or dist/modern). */
  distDir: string;
  /** The demo provider offered on the login screen. */
  demoServer?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function envScript(options: EmulatorOptions): string {
  const env = {
    emulator: true,
    demoServer: options.demoServer,
    demoUsername: 'demo',
    demoPassword: 'demo',
    proxyPrefix: PROXY_PREFIX,
  };
  return `window.TVPLAYER_ENV = ${JSON.stringify(env)};\n`;
}

function serveFile(distDir: string, urlPath: string, res: http.ServerResponse): void {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const resolved = path.resolve(distDir, `.${clean === '/' ? '/index.html' : clean}`);
  if (!resolved.startsWith(path.resolve(distDir))) {
    res.writeHead(403).end();
    return;
  }
  fs.stat(resolved, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(resolved)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
    });
    fs.createReadStream(resolved).pipe(res);
  });
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (!fs.existsSync(path.join(options.distDir, 'index.html'))) {
    throw new Error(`No built app in ${options.distDir}: run the build first (npm run build).`);
  }
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    if (handleProxy(req, res)) return;
    const urlPath = req.url ?? '/';
    if (urlPath.split('?')[0] === '/env.js') {
      res.writeHead(200, { 'content-type': 'application/javascript', 'cache-control': 'no-store' });
      res.end(envScript(options));
      return;
    }
    serveFile(options.distDir, urlPath, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
