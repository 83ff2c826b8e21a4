// The browser emulator's CORS proxy, driven through the app's own HTTP layer and Xtream client over real HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHttp } from '../../src/net';
import { diagnoseConnection } from '../../src/xtream';
import { startEmulator, type RunningEmulator } from '../../scripts/serve';
import { fromProxyPath, toProxyPath } from '../../scripts/proxy';
import { startProvider, type RunningProvider } from '../provider/server';
import { startServer, unusedPort } from '../support/servers';

let emulator: RunningEmulator;
let provider: RunningProvider;
let distDir: string;

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvplayer-dist-'));
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  provider = await startProvider({ port: 0, quiet: true });
  emulator = await startEmulator({ port: 0, distDir, demoServer: provider.url });
});

afterAll(async () => {
  await emulator.close();
  await provider.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});

const viaProxy = (url: string): string => emulator.url + toProxyPath(url);

describe('proxy paths', () => {
  it('maps a provider URL to a proxy path and back, keeping port, path and query', () => {
    const url = 'https://tv.example.com:8443/live/u%40x/p/12.m3u8?token=a&b=1';
    expect(toProxyPath(url)).toBe('/proxy/https/tv.example.com:8443/live/u%40x/p/12.m3u8?token=a&b=1');
    expect(fromProxyPath(toProxyPath(url))).toBe(url);
    expect(fromProxyPath('/app.js')).toBeUndefined();
  });
});

describe('the emulator server', () => {
  it('serves the app and tells it where the demo provider and the proxy are', async () => {
    const page = await fetch(`${emulator.url}/`);
    expect(await page.text()).toContain('<title>app</title>');
    const env = await (await fetch(`${emulator.url}/env.js`)).text();
    expect(env).toContain(`"demoServer":"${provider.url}"`);
    expect(env).toContain('"proxyPrefix":"/proxy/"');
  });

  it('proxies player_api.php with CORS headers for the page', async () => {
    const http = createHttp({ rewriteUrl: viaProxy });
    const login = (await http.getJson(`${provider.url}/player_api.php?username=demo&password=demo`)) as {
      user_info: { auth: unknown };
    };
    expect(Number(login.user_info.auth)).toBe(1);
    const res = await fetch(viaProxy(`${provider.url}/player_api.php?username=demo&password=demo`), {
      headers: { Origin: 'http://example.test' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://example.test');
  });

  it('rewrites absolute URLs inside HLS playlists so segments also go through the proxy', async () => {
    const upstream = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/vnd.apple.mpegurl' });
      res.end('#EXTM3U\n#EXTINF:2,\nhttp://cdn.example.test:81/seg1.ts\n#EXTINF:2,\nseg2.ts\n');
    });
    try {
      const body = await (await fetch(viaProxy(`${upstream.url}/live.m3u8`))).text();
      expect(body).toContain('/proxy/http/cdn.example.test:81/seg1.ts');
      expect(body).toContain('\nseg2.ts\n');
    } finally {
      await upstream.close();
    }
  });

  it('reports a refused connection behind the proxy as CONNECTION_REFUSED, not as an HTTP 502', async () => {
    const http = createHttp({ rewriteUrl: viaProxy, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } });
    const port = await unusedPort();
    await expect(http.getJson(`http://127.0.0.1:${port}/player_api.php`)).rejects.toMatchObject({
      kind: 'CONNECTION_REFUSED',
    });
  });

  it('reports https:// to a plain-http server behind the proxy as a TLS failure', async () => {
    const http = createHttp({ rewriteUrl: viaProxy, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } });
    const httpsUrl = provider.url.replace('http://', 'https://');
    await expect(http.getJson(`${httpsUrl}/player_api.php`)).rejects.toMatchObject({ kind: 'TLS_FAILURE' });
  });

  it('lets the connection doctor switch https:// to http:// through the proxy', async () => {
    const report = await diagnoseConnection(
      { server: provider.url.replace('http://', 'https://'), username: 'demo', password: 'demo' },
      { http: { rewriteUrl: viaProxy }, timeoutMs: 3000 },
    );
    expect(report.ok).toBe(true);
    expect(report.applied?.server).toBe(provider.url);
    expect(report.fix).toMatch(/http:\/\//);
  });
});
