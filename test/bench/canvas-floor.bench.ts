/**
 * What a frame and a start cost in the UI benches' set-up before any of the app's code runs: Debian's Chromium,
 * headless with software drawing, CPU throttled ×4, a 1920×1080 2D canvas. The page is
 * `fixtures/floor.html`; each case records rAF deltas for {@link MEASURE_MS}:
 *
 * - `2d-clear`: a bare canvas cleared every frame (nothing drawn);
 * - `2d-screen`: cleared, filled and 80 text-sized bitmaps drawn every frame;
 * - `lightning-idle`: Lightning (the app's version, 2D canvas) showing a screen like the Live TV page's, unchanged;
 * - `lightning-list`: the same screen with its 12 rows moved by one row 30 times a second, as a held key moves the
 *   channel list, with no list logic at all (the rows are made once and only moved).
 *
 * And `lightning-key`: the same screen, {@link KEY_PRESSES} single Down presses {@link KEY_GAP_MS} apart, each moving a
 * highlight to the next row (two colours, no text drawn): from the keydown to the end of the frame that shows it, the
 * floor of the `key-latency` figures.
 * And `lightning-start`: navigation start to the second frame after that screen is built (median of 5 loads).
 *
 * These are floors for the `scroll`, `poster-scroll`, `key-latency` and `startup-warm` figures: the frame budget of
 * 16.7 ms p95 is compared with what Chromium and Lightning reach here with nothing else to do.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openBrowser } from '../e2e/support/browser';
import { Figures, machine, median, percentile, type Report } from './support';
import { startFrames, stopFrames } from './ui/frames';
import { FRAME_BUDGET_MS, reportFrames } from './ui/hold';
import { pressKey } from './ui/keys';
import { CPU_RATE, uiSettings } from './ui/lab';

const MEASURE_MS = Number(process.env.FLOOR_MEASURE_MS ?? 4000);
const FRAME_CASES = ['2d-clear', '2d-screen', 'lightning-idle', 'lightning-list'];
const START_LOADS = 5;
const KEY_PRESSES = 40;
/** As in the key-latency bench. */
const KEY_GAP_MS = 350;
const KEY_BUDGET_MS = 50;

/** Serves the floor page and Lightning's ES5 build on 127.0.0.1 (stopped by the caller). */
async function serveFloor(): Promise<{ url: string; close: () => Promise<void> }> {
  const files: Record<string, { file: string; type: string }> = {
    '/floor.html': { file: path.join(__dirname, 'fixtures', 'floor.html'), type: 'text/html' },
    '/lightning.js': {
      file: path.join(require.resolve('@lightningjs/core/package.json'), '..', 'dist', 'lightning.es5.min.js'),
      type: 'application/javascript',
    },
  };
  const server = http.createServer((req, res) => {
    const entry = files[(req.url ?? '/').split('?')[0]];
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store' });
    res.end(fs.readFileSync(entry.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/floor.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(report, `canvas-floor (CPU ×${CPU_RATE}, frame budget ${FRAME_BUDGET_MS} ms)`);
  const server = await serveFloor();
  const session = await openBrowser();
  try {
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const page = session.page;
    for (const which of FRAME_CASES) {
      await page.goto(`${server.url}?case=${which}`);
      // A second to settle (the first frames build the screen), then the measured part.
      await page.waitForTimeout(1000);
      await startFrames(page);
      await page.waitForTimeout(MEASURE_MS);
      const { deltas } = await stopFrames(page);
      reportFrames(figures, which, deltas);
    }
    await page.goto(`${server.url}?case=lightning-key`);
    await page.waitForTimeout(1000);
    for (let i = 0; i < KEY_PRESSES; i++) {
      await pressKey(cdp, 'ArrowDown');
      await page.waitForTimeout(KEY_GAP_MS);
    }
    const latencies = (await page.evaluate('window.__floor.latencies')) as number[];
    figures.add('lightning-key p50', median(latencies), 'ms');
    figures.add('lightning-key p95', percentile(latencies, 95), 'ms', KEY_BUDGET_MS, { presses: latencies.length });
    figures.add('lightning-key max', Math.max(...latencies), 'ms');
    const starts: number[] = [];
    for (let i = 0; i < START_LOADS + 1; i++) {
      await page.goto(`${server.url}?case=lightning-start`);
      const first = await page.waitForFunction('window.__floor && window.__floor.firstFrame', null, {
        timeout: 60000,
      });
      // The first load fills the memory cache of the engine; it is not counted.
      if (i > 0) starts.push((await first.jsonValue()) as number);
    }
    figures.add('lightning-start first frame p50', median(starts), 'ms', undefined, {
      loads: starts.map((s) => Math.round(s)),
    });
  } finally {
    await session.close();
    await server.close();
  }
  figures.print();
}
