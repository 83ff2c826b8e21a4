/**
 * Debian's Chromium driven by playwright-core for the browser tests: headless, no GPU (Lightning renders WebGL in
 * software), autoplay allowed, a 1920×1080 viewport like a TV. Console errors and page errors are collected so a
 * test can assert the app ran cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
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

/** Launches Chromium with a 1920×1080 page that records console errors and page errors. */
export async function openBrowser(): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
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
