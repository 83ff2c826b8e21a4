/**
 * The TV packages themselves, in Chromium dressed as each TV: `npm run package:tizen` (test certificate) and
 * `npm run package:webos` build the `.wgt` and `.ipk` from the production build under test; each is unpacked the way
 * the TV installs it and served from 127.0.0.1. The page gets the TV's user agent and, before the app runs, fakes of
 * what the TV provides (`tizen`, `webapis` with AVPlay, or `webOS`, `PalmSystem` and LG's media pipeline). The
 * packaged app has no test hook (that is the emulator's), so the assertions read what the fakes recorded: key
 * registration, the exit call, and the stream the native player opened and plays. Keys are the TV's key codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TIZEN_REGISTERED_KEYS } from '../../src/platform/tizen';
import { startProvider, type RunningProvider } from '../provider/server';
import { TIZEN_UA, WEBOS_UA } from '../fakes/tvGlobals';
import { appDist, waitUntil } from './support/app';
import { CHROMIUM_PATH, logRequests, RESULTS_DIR } from './support/browser';
import { INITIAL_JS_BUDGET, initialJsBytes, initialScripts } from './tv/bundleFigures';
import { buildTvFakes } from './tv/fakesBundle';
import type { TvFakeConfig, TvFakeRecord } from './tv/fakesPage';
import { tizenPackage, webosPackage, type UnpackedPackage } from './tv/packages';
import { NAV, Remote } from './tv/remote';
import { servePackage, type PackageServer } from './tv/staticServer';

const DIST = appDist();

interface Tv {
  name: 'tizen' | 'webos';
  userAgent: string;
  back: number;
  pkg: () => UnpackedPackage;
  /** The lazy chunk of the engine the TV should play with. */
  engineChunk: RegExp;
}

let workDir: string;
let packages: { tizen: UnpackedPackage; webos: UnpackedPackage };
let fakes: string;
let provider: RunningProvider;
let browser: Browser;

const TVS: Tv[] = [
  { name: 'tizen', userAgent: TIZEN_UA, back: 10009, pkg: () => packages.tizen, engineChunk: /engine-avplay/ },
  { name: 'webos', userAgent: WEBOS_UA, back: 461, pkg: () => packages.webos, engineChunk: /engine-webos/ },
];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`No production build in ${DIST}`);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tv-smoke-'));
  packages = { tizen: tizenPackage(DIST, workDir), webos: webosPackage(DIST, workDir) };
  fakes = await buildTvFakes();
  provider = await startProvider({ port: 0, quiet: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
}, 600000);

afterAll(async () => {
  if (browser) await browser.close();
  if (provider) await provider.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

interface TvPage {
  context: BrowserContext;
  page: Page;
  remote: Remote;
  server: PackageServer;
  errors: string[];
  record(): Promise<TvFakeRecord>;
  close(): Promise<void>;
}

/** Opens the unpacked package of `tv` in a fresh profile with the TV's user agent and fakes. */
async function openTv(tv: Tv, remote: TvFakeConfig['remote'] = 'standard'): Promise<TvPage> {
  const server = await servePackage(tv.pkg().appDir);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, userAgent: tv.userAgent });
  const config: TvFakeConfig = { tv: tv.name, providerOrigin: provider.url, remote };
  await context.addInitScript((c: TvFakeConfig) => {
    (window as unknown as { __tvFakeConfig: TvFakeConfig }).__tvFakeConfig = c;
  }, config);
  await context.addInitScript({ content: fakes });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/index.html?canvas2d=1`);
  // The login page is up once Lightning has drawn a frame; there is no test hook to ask in a package.
  await page.waitForSelector('canvas');
  await page.waitForTimeout(2500);
  return {
    context,
    page,
    remote: await Remote.attach(context, page),
    server,
    errors,
    record: () =>
      page.evaluate(() => (window as unknown as { __tvFakes: { record(): TvFakeRecord } }).__tvFakes.record()),
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Lazy chunks the page asked for. */
function chunksLoaded(server: PackageServer): string[] {
  return server.requested.filter((p) => /^\/(es2018\/)?chunks\//.test(p));
}

describe.each(TVS)('the packaged $name app', (tv) => {
  it('loads at most 300 KB gzip of JavaScript before the first frame, and Samsung webapis.js first on Tizen', () => {
    const appDir = tv.pkg().appDir;
    // Either bundle: ES5 on older engines, es2018 where the page's probe parses.
    expect(initialScripts(appDir, 'es5')).toEqual(['env.js', 'app.js']);
    expect(initialScripts(appDir, 'es2018')).toEqual(['env.js', 'es2018/app.js']);
    for (const bundle of ['es5', 'es2018'] as const) {
      expect(initialJsBytes(appDir, bundle)).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
      expect(fs.existsSync(path.join(appDir, initialScripts(appDir, bundle)[1]))).toBe(true);
    }
    const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8');
    const webapis = html.indexOf('$WEBAPIS/webapis/webapis.js');
    if (tv.name === 'tizen') expect(webapis).toBeGreaterThan(-1);
    else expect(webapis).toBe(-1);
    if (tv.name === 'tizen') expect(webapis).toBeLessThan(html.indexOf('app.js'));
  });

  it('registers only the keys the remote has and leaves through the platform after "Leave the app?"', async () => {
    const app = await openTv(tv, 'smart');
    try {
      const before = await app.record();
      if (tv.name === 'tizen') {
        // One batch, exactly the app's keys that a Smart Remote reports (no digits, no colour keys, never Exit).
        expect(before.keyBatches).toHaveLength(1);
        const wanted = TIZEN_REGISTERED_KEYS.map((k) => k.name).filter((n) => before.supportedKeys.includes(n));
        expect([...before.keyBatches[0]].sort()).toEqual(wanted.sort());
        expect(before.keyBatches[0]).toEqual(expect.arrayContaining(['ChannelUp', 'ChannelDown', 'MediaPlayPause']));
        expect(before.keyBatches[0]).not.toContain('ColorF0Red');
        expect(before.keyBatches[0]).not.toContain('Exit');
      } else {
        expect(before.keyBatches).toEqual([]);
      }
      expect(before.exits).toBe(0);

      await app.remote.press(tv.back); // Back on the root page asks "Leave the app?" with "Stay" focused
      await app.page.screenshot({ path: path.join(RESULTS_DIR, `${tv.name}-leave.png`) });
      await app.remote.press(NAV.enter); // Stay
      expect((await app.record()).exits).toBe(0);
      await app.remote.press(tv.back);
      await app.remote.press(NAV.right);
      await app.remote.press(NAV.enter); // Leave
      const after = await waitUntil(
        () => app.record(),
        (r) => r.exits > 0,
        'the platform exit call',
        10000,
      );
      expect(after.exits).toBe(1);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120000);

  it('signs in with the remote and plays a live channel on the TV player, without web playback libraries', async () => {
    const app = await openTv(tv);
    try {
      const requests = logRequests(app.page);
      const { page, remote } = app;
      // A USB keyboard types into the focused field on a TV as it does here; the remote moves between fields.
      await page.keyboard.type(provider.url, { delay: 10 });
      await remote.press(NAV.down);
      await page.keyboard.type('demo', { delay: 10 });
      await remote.press(NAV.down);
      await page.keyboard.type('demo', { delay: 10 });
      await remote.press(NAV.down, 2);
      await page.screenshot({ path: path.join(RESULTS_DIR, `${tv.name}-login.png`) });
      await remote.press(NAV.enter); // Connect
      await waitUntil(
        async () => requests.filter((r) => /player_api\.php.*action=get_live/.test(r.url)).length,
        (n) => n > 0,
        'the catalogue load after signing in',
        30000,
      );
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(RESULTS_DIR, `${tv.name}-home.png`) });
      // Live TV, then the first list entries: OK until the TV's player opens a stream.
      let record = await app.record();
      for (let press = 0; press < 5 && record.avplayUrl === undefined && record.videoOpened.length === 0; press++) {
        await remote.press(NAV.enter);
        await page.waitForTimeout(2500);
        await page.screenshot({ path: path.join(RESULTS_DIR, `${tv.name}-step${press + 1}.png`) });
        record = await app.record();
      }
      const live = new RegExp(`^${provider.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/live/demo/demo/\\d+\\.ts$`);
      if (tv.name === 'tizen') {
        record = await waitUntil(
          () => app.record(),
          (r) => r.avplayState === 'PLAYING',
          'AVPlay to play',
          20000,
        );
        expect(record.avplayUrl).toMatch(live);
        expect(record.avplayCalls).toEqual(expect.arrayContaining(['open', 'prepareAsync', 'play']));
      } else {
        record = await waitUntil(
          () => app.record(),
          (r) => r.videoPlaying.length > 0,
          'LG pipeline to play',
          20000,
        );
        expect(record.videoPlaying[0]).toMatch(live);
      }
      await page.screenshot({ path: path.join(RESULTS_DIR, `${tv.name}-playing.png`) });
      const chunks = chunksLoaded(app.server);
      expect(chunks.some((c) => tv.engineChunk.test(c))).toBe(true);
      expect(chunks.filter((c) => /lib-|engine-(hlsjs|shaka|mpegts|native)/.test(c))).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 180000);
});

afterAll(() => {
  // Package sizes, for the record (the budget lives in test/bench/bundle.bench.ts).
  if (packages) console.log(`tv packages: .wgt ${packages.tizen.size} bytes, .ipk ${packages.webos.size} bytes`);
});
