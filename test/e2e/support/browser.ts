/**
 * Debian's Chromium driven by playwright-core for the browser tests: headless, no GPU (Lightning renders WebGL in
 * software), autoplay allowed, a 1920×1080 viewport like a TV. Console errors and page errors are collected so a
 * test can assert the app ran cleanly. {@link openBrowser} starts every page load with empty app storage (no saved
 * account); {@link openPersistentBrowser} keeps a profile on disk across restarts, as a TV does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Chromium features turned off in every test and bench browser. From Chromium 156 each browser window gets a WebUI
 * omnibox popup, a renderer of its own that evaluates about a second of script at launch, on the same two cores as
 * the app's page: a warm start measured 2.2–3.3 s beside it and 1.3–1.4 s without it. A later `--disable-features`
 * replaces an earlier one and Playwright passes its own list first, so the features Playwright turns off (HTTPS
 * upgrades, paint holding, storage partitioning, requests to search and time services...) are repeated here.
 */
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/** Chromium's flags for every test and bench browser. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/** A launched browser with one page and what went wrong in it. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** `console.error` messages and uncaught page errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** The app's IndexedDB databases (src/store/database.ts). */
const APP_DATABASES = ['tvplayer-cache', 'tvplayer-user'];

function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`);
}

/** Records console errors and uncaught page errors of `page` into `errors`. */
function recordErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
}

/** Options of {@link openBrowser}. */
export interface OpenBrowserOptions {
  /**
   * Keep the app's saved accounts and cache from one page load to the next. Default false: each load starts as a
   * first start (the app would otherwise sign in again with the account a previous test saved).
   */
  keepStorage?: boolean;
}

/** Launches Chromium with a 1920×1080 page that records console errors and page errors. */
export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
  assertChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  if (!options.keepStorage) {
    // Runs before the app's scripts; IndexedDB queues the app's open() behind these deletions.
    await context.addInitScript((names: string[]) => {
      names.forEach((name) => indexedDB.deleteDatabase(name));
    }, APP_DATABASES);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  recordErrors(page, errors);
  return {
    browser,
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** A browser on a profile directory: closing and opening it again on the same directory is a TV restarting. */
export interface PersistentSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Launches Chromium on the profile in `userDataDir` (created when missing), with one 1920×1080 page. */
export async function openPersistentBrowser(userDataDir: string): Promise<PersistentSession> {
  assertChromium();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1920, height: 1080 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  recordErrors(page, errors);
  return { context, page, errors, close: () => context.close() };
}

/** One request the page made, and how it ended. */
export interface LoggedRequest {
  url: string;
  /** Resource type (`fetch`, `xhr`, `image`, `document`...). */
  type: string;
  /** The response status, or undefined when the request failed. */
  status?: number;
  /** Why the request failed (e.g. `net::ERR_CONNECTION_REFUSED`), when it did. */
  failure?: string;
}

/** Logs every request `page` makes from now on; read the array once the page has settled. */
export function logRequests(page: Page): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  const entries = new Map<unknown, LoggedRequest>();
  page.on('request', (request) => {
    const entry: LoggedRequest = { url: request.url(), type: request.resourceType() };
    entries.set(request, entry);
    log.push(entry);
  });
  page.on('requestfinished', (request) => {
    const entry = entries.get(request);
    void request.response().then((response) => {
      if (entry && response) entry.status = response.status();
    });
  });
  page.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  return log;
}

/** Where screenshots go: `test-results/` (git-ignored). */
export const RESULTS_DIR = path.resolve(__dirname, '../../../test-results');

/**
 * Saves a screenshot as `test-results/<name>.png`. With `docsName` and `UPDATE_SCREENSHOTS=1` in the environment,
 * also refreshes `docs/screenshots/<docsName>.png` (the README's pictures), so ordinary runs leave the tree clean.
 */
export async function screenshot(page: Page, name: string, docsName?: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  if (docsName && process.env.UPDATE_SCREENSHOTS === '1') {
    const docsDir = path.resolve(__dirname, '../../../docs/screenshots');
    fs.mkdirSync(docsDir, { recursive: true });
    fs.copyFileSync(file, path.join(docsDir, `${docsName}.png`));
  }
  return file;
}
