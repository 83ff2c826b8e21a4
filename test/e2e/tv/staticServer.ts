/**
 * Serves an unpacked TV package over HTTP on 127.0.0.1, as the TV's web runtime would load it from disk, and logs
 * every path asked for. Samsung's `$WEBAPIS/webapis/webapis.js` is resolved by the TV itself; here it is an empty
 * script, because the smoke tests inject the fake `webapis` before the page runs.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A running server. */
export interface PackageServer {
  url: string;
  /** Paths requested so far, in order. */
  requested: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Starts serving `dir` on a free port. */
export function servePackage(dir: string): Promise<PackageServer> {
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requested.push(pathname);
    if (pathname === '/$WEBAPIS/webapis/webapis.js') {
      response.writeHead(200, { 'Content-Type': TYPES['.js'] });
      response.end('// webapis: provided by the test before the page runs\n');
      return;
    }
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requested,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
