/**
 * The stage of the UI benchmarks: the production build (`appDist()`, i.e. dist/app or `TVPLAYER_DIST`) served by
 * the emulator server, our provider at the large size (50,000 channels, 150,000 movies, 10,000 series, a guide of
 * 7 days back and 3 ahead) as the demo provider, and Chromium pages drawn with Lightning's 2D canvas under CPU
 * throttling, as slow as a TV's CPU.
 *
 * The provider runs in a process of its own: building a 41 MB movie list takes it seconds of synchronous work, which
 * in the bench's process would hold up the key events the bench sends. Its lists are built once before the app
 * asks for them, so the app's downloads measure the app, not the provider's first build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../../scripts/serve';
import { appDist } from '../../e2e/support/app';
import { openBrowser, openPersistentBrowser } from '../../e2e/support/browser';

/** CPU slow-down applied through `Emulation.setCPUThrottlingRate`; `UI_BENCH_CPU_RATE` changes it. */
export const CPU_RATE = Number(process.env.UI_BENCH_CPU_RATE ?? 4);

/**
 * The app bundle the page runs: `UI_BENCH_BUNDLE=es5` measures the ES5 one, which the oldest TVs run; by default the
 * page picks, and this Chromium gets the es2018 one (webpack.config.js).
 */
export const BUNDLE = process.env.UI_BENCH_BUNDLE ?? '';

/** A page of the app and the DevTools session that throttles and drives it. */
export interface AppPage {
  page: Page;
  cdp: CDPSession;
  /** Console errors and page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** What a UI bench runs against. */
export interface UiLab {
  provider: LargeProvider;
  emulator: RunningEmulator;
  /** The app's address, drawn with the 2D canvas. */
  appUrl: string;
  /** A browser whose app storage is emptied at every page load: a first start. */
  openFresh(): Promise<AppPage>;
  /** A browser on a profile folder kept for this lab: closing and opening it again is a TV restarting the app. */
  openProfile(): Promise<AppPage>;
  /** That profile folder (a browser on it must be closed before another opens it). */
  profileDir: string;
  close(): Promise<void>;
}

/** The provider at the large size, in its own process. */
export interface LargeProvider {
  url: string;
  close(): Promise<void>;
}

/** The catalogue's six lists, as the app asks for them at sign-in. */
const LIST_ACTIONS = [
  'get_live_categories',
  'get_live_streams',
  'get_vod_categories',
  'get_vod_streams',
  'get_series_categories',
  'get_series',
];

/** Starts `test/provider/cli.ts --size large` on a free port and has it build its lists once. */
export async function startLargeProvider(): Promise<LargeProvider> {
  const root = path.resolve(__dirname, '../../..');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/provider/cli.ts', '--port', '0', '--size', 'large', '--quiet'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the provider exited (${code}): ${output}`)));
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
      const found = /at (http:\/\/[^\s]+)/.exec(output);
      if (found) resolve(found[1]);
    });
  });
  child.removeAllListeners('exit');
  for (const action of LIST_ACTIONS) {
    const response = await fetch(`${url}/player_api.php?username=demo&password=demo&action=${action}`);
    await response.arrayBuffer();
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts the provider (large) and the emulator server on the build. */
export async function startUiLab(): Promise<UiLab> {
  const dist = appDist();
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`No production build in ${dist}: build one (npm run build) or point TVPLAYER_DIST at one.`);
  }
  const provider = await startLargeProvider();
  const emulator = await startEmulator({ port: 0, distDir: dist, demoServer: provider.url });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tvplayer-bench-profile-'));
  const open: AppPage[] = [];
  const track = (app: AppPage): AppPage => {
    open.push(app);
    const close = app.close;
    return {
      ...app,
      close: async () => {
        open.splice(open.indexOf(app), 1);
        await close();
      },
    };
  };
  return {
    provider,
    emulator,
    appUrl: `${emulator.url}/?canvas2d=1${BUNDLE ? `&bundle=${BUNDLE}` : ''}`,
    openFresh: async () => {
      const session = await openBrowser();
      const cdp = await session.context.newCDPSession(session.page);
      return track({ page: session.page, cdp, errors: session.errors, close: session.close });
    },
    profileDir: profile,
    openProfile: async () => {
      const session = await openPersistentBrowser(profile);
      const cdp = await session.context.newCDPSession(session.page);
      return track({ page: session.page, cdp, errors: session.errors, close: session.close });
    },
    close: async () => {
      for (const app of open.splice(0)) await app.close().catch(() => undefined);
      await emulator.close();
      await provider.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Slows the page's CPU down by {@link CPU_RATE} (1 turns throttling off). */
export async function throttle(app: AppPage, rate = CPU_RATE): Promise<void> {
  await app.cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * The settings a figure was taken with, for the first line of each bench. The load average says how much else the
 * machine ran: with more runnable processes than cores, every time figure stretches.
 */
export function uiSettings(): {
  cpuRate: number;
  canvas2d: boolean;
  build: string;
  bundle: string;
  loadAverage: number[];
} {
  return {
    cpuRate: CPU_RATE,
    canvas2d: true,
    build: path.relative(process.cwd(), appDist()) || '.',
    bundle: BUNDLE || 'picked by the page',
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
  };
}
