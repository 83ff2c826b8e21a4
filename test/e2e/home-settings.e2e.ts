/**
 * The home page and the settings, in the production (ES5) build running in Chromium on a browser profile kept on
 * disk (a TV): sign in by key presses, read the menu and the account's status, switch the language to German in
 * Settings and see it on Settings and Home, restart and find it still German, switch back, change the clock format,
 * read About, see the search placeholder, answer "Leave the app?" with Stay, and sign in with a trial line that
 * ends in three days to see the warning. Moving the focus on home draws no text again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../scripts/serve';
import { HOME_MENU } from '../../src/ui/home/menu';
import { startProvider, type RunningProvider } from '../provider/server';
import {
  appDist,
  focused,
  press,
  probe,
  route,
  visibleText,
  waitForApp,
  waitForRoute,
  waitForText,
  waitUntil,
} from './support/app';
import { openPersistentBrowser, screenshot, type PersistentSession } from './support/browser';

const DIST = appDist();
const DAY = 86400000;
const VERSION = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }
).version;
const HOME_ENTRIES = ['Live TV', 'Guide', 'Movies', 'Series', 'Search', 'Favourites', 'Settings'];
const GERMAN_ENTRIES = ['Live-TV', 'TV-Programm', 'Filme', 'Serien', 'Suche', 'Favoriten', 'Einstellungen'];

let provider: RunningProvider;
let emulator: RunningEmulator;
let profile: string;
let session: PersistentSession | undefined;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No production build in ${DIST}: run npm run build first.`);
  }
  // The provider's clock runs from 15:00 UTC today, so the trial line (it ends at noon, three days on) has 2 days
  // and 21 hours left: "3 days" whatever the time the test runs.
  const started = Date.now();
  const anchor = Math.floor(started / DAY) * DAY + 15 * 3600000;
  provider = await startProvider({ port: 0, quiet: true, now: () => anchor + (Date.now() - started) });
  emulator = await startEmulator({ port: 0, distDir: DIST, demoServer: provider.url });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tvplayer-home-settings-'));
});

afterAll(async () => {
  if (session) await session.close();
  if (emulator) await emulator.close();
  if (provider) await provider.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** The number drawn on the home page's tile `label` (the tile draws its count just before its label). */
function tileCount(texts: string[], label: string): string | undefined {
  const at = texts.lastIndexOf(label);
  return at > 0 ? texts[at - 1] : undefined;
}

/** Moves the home menu's focus to the entry `ref` with Up/Down, checking where it lands. */
async function focusEntry(page: Page, ref: string): Promise<void> {
  const order = HOME_MENU.map((item) => item.ref);
  const now = (await focused(page)).split(':')[0];
  const from = order.indexOf(now);
  const to = order.indexOf(ref);
  if (from < 0 || to < 0) throw new Error(`cannot move the focus from ${now} to ${ref}`);
  if (to !== from) await press(page, to > from ? 'ArrowDown' : 'ArrowUp', Math.abs(to - from));
  expect((await focused(page)).split(':')[0]).toBe(ref);
}

/**
 * Texts the page draws (Lightning draws each text with `fillText` into a canvas of its own) while `key` is pressed
 * and in the two frames after it.
 */
async function textsDrawnBy(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { textsDrawn?: number };
    if (w.textsDrawn === undefined) {
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (...args: Parameters<typeof fillText>): void {
        w.textsDrawn! += 1;
        fillText.apply(this, args);
      };
    }
    w.textsDrawn = 0;
  });
  await press(page, key);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { textsDrawn: number }).textsDrawn);
}

async function openSettings(page: Page): Promise<string[]> {
  await focusEntry(page, 'Settings');
  await press(page, 'Enter');
  await waitForRoute(page, 'settings');
  return waitForText(page, /^(Language|Sprache)$/);
}

describe('home and settings', () => {
  it('shows the menu and the account, keeps the language across a restart, and asks before leaving', async () => {
    session = await openPersistentBrowser(profile);
    let page = session.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    expect(await focused(page)).toMatch(/^Demo\b/);
    await press(page, 'Enter'); // fills the demo account and moves to Connect
    // A slow line (2 Mbit/s): the guide takes seconds, long enough to see its progress.
    const network = await session.context.newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 256 * 1024,
      uploadThroughput: 256 * 1024,
    });
    await press(page, 'Enter');

    // Home: the menu, the account's status, the load's progress.
    await waitForRoute(page, 'home');
    const home = await waitForText(page, /^TV guide: downloading [\d.]+ MB/, 60000);
    expect(home).toEqual(expect.arrayContaining([...HOME_ENTRIES, 'Switch account', 'Sign out']));
    expect(home).toEqual(
      expect.arrayContaining(['Your account: demo', 'Status', 'Active', 'Connections', '0 of 2 in use']),
    );
    expect(home.some((t) => /^Expires in/.test(t))).toBe(false);
    expect(await focused(page)).toBe('LiveTv:Live TV');
    await screenshot(page, 'home-settings-home-loading');
    // Full speed again for the rest.
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const ready = await waitForText(page, /^TV guide: [\d,]+ channels, [\d,]+ programmes$/, 120000);
    expect(tileCount(ready, 'Channels')).toBe(String(provider.catalogue.counts.live));
    expect(tileCount(ready, 'Movies')).toBe(String(provider.catalogue.counts.movies));
    expect(tileCount(ready, 'Series')).toBe(String(provider.catalogue.counts.series));
    await screenshot(page, 'home-settings-home');
    // Moving the focus changes alphas only: no label is drawn again (the clock may redraw in one of the two moves).
    const drawn = [await textsDrawnBy(page, 'ArrowDown'), await textsDrawnBy(page, 'ArrowUp')];
    expect(await focused(page)).toBe('LiveTv:Live TV');
    expect(Math.min(...drawn)).toBe(0);

    // Settings: English and a 24-hour clock to start with; Right switches the language to German at once.
    const settings = await openSettings(page);
    expect(settings).toEqual(expect.arrayContaining(['Settings', 'Language', 'English', 'Clock', '24-hour', 'About']));
    expect(await focused(page)).toBe('Language:Language');
    await screenshot(page, 'home-settings-settings');
    await press(page, 'ArrowRight');
    const german = await waitForText(page, /^Einstellungen$/);
    expect(german).toEqual(expect.arrayContaining(['Sprache', 'Uhrzeit', '24 Stunden', 'Über die App']));
    expect(await focused(page)).toBe('Language:Sprache');
    expect(german.some((t) => t.includes('Deutsch'))).toBe(true);
    await press(page, 'Escape');
    await waitForRoute(page, 'home');
    const homeGerman = await waitForText(page, /^Ihr Konto: demo$/);
    expect(homeGerman).toEqual(expect.arrayContaining([...GERMAN_ENTRIES, 'Konto wechseln', 'Abmelden', 'Aktiv']));
    expect(homeGerman.some((t) => /^TV-Programm: [\d.,]+ Sender/.test(t))).toBe(true);
    await screenshot(page, 'home-settings-home-german');

    // A restart keeps German (and signs in again from the saved account). Started on the settings page (no
    // history), Back goes to the home page rather than asking to leave.
    await session.close();
    session = await openPersistentBrowser(profile);
    page = session.page;
    await page.goto(`${emulator.url}/?canvas2d=1#settings`);
    await waitForApp(page);
    await waitForRoute(page, 'settings');
    await waitForText(page, /^Einstellungen$/);
    await press(page, 'Escape');
    await waitForRoute(page, 'home');
    const restarted = await waitForText(page, /^Ihr Konto: demo$/);
    expect(restarted).toEqual(expect.arrayContaining(GERMAN_ENTRIES));
    expect(restarted).not.toContain('Live TV');
    expect(await probe(page, 'app')).toEqual({ confirming: false });
    await waitForText(page, /^TV-Programm: [\d,]+ Sender/);
    await screenshot(page, 'home-settings-home-warm');

    // Back to English with Left; then the clock to 12 hours, shown in the home page's corner.
    await openSettings(page);
    await press(page, 'ArrowLeft');
    await waitForText(page, /^Settings$/);
    expect(await visibleText(page)).toContain('English');
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe('Clock:Clock');
    await press(page, 'Enter');
    await waitForText(page, /12-hour/);

    // About, the last row (Up from the first wraps to it): the version of this build, the platform and what plays
    // here; Back closes it, then leaves Settings.
    await press(page, 'ArrowUp', 2);
    expect(await focused(page)).toBe('About:About');
    await press(page, 'Enter');
    const about = await waitForText(page, /^Playback engines$/);
    expect(about).toEqual(expect.arrayContaining(['Version', VERSION, 'Platform', 'Web browser', 'User agent']));
    expect(about.some((t) => t.includes('hls.js'))).toBe(true);
    expect(about).not.toContain('Language');
    await screenshot(page, 'home-settings-about');
    await press(page, 'Escape');
    await waitForText(page, /^Language$/);
    expect(await route(page)).toBe('settings');
    await press(page, 'Escape');
    await waitForRoute(page, 'home');
    const home12 = await waitForText(page, /^Your account: demo$/);
    expect(home12.some((t) => /^\d{1,2}:\d\d (AM|PM)$/.test(t))).toBe(true);

    // Search opens on its keyboard; Back (from the keyboard, with nothing typed) returns.
    await focusEntry(page, 'Search');
    await press(page, 'Enter');
    await waitForRoute(page, 'search');
    await waitForText(page, /^Type a few letters/);
    await press(page, 'Escape');
    await waitForRoute(page, 'home');

    // Back on the home page asks before leaving; Stay (the focused answer) stays.
    expect(await probe(page, 'app')).toEqual({ confirming: false });
    await press(page, 'Escape');
    await waitForText(page, /^Leave the app\?$/);
    expect(await probe(page, 'app')).toEqual({ confirming: true });
    expect(await focused(page)).toBe('Cancel:Stay');
    await screenshot(page, 'home-settings-leave');
    await press(page, 'Enter');
    await waitUntil(
      () => probe<{ confirming: boolean }>(page, 'app'),
      (state) => state !== undefined && !state.confirming,
      'the question to close',
    );
    expect(await route(page)).toBe('home');
    expect(await visibleText(page)).not.toContain('Leave the app?');
    expect(session.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('warns on the home page when the subscription ends within a week', async () => {
    const page = session!.page;
    // Sign out of the demo account, then sign in with the trial line through the form.
    await focusEntry(page, 'SignOut');
    await press(page, 'Enter');
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    expect(await focused(page)).toMatch(/^Demo\b/);
    await press(page, 'Enter'); // the provider's address; demo/demo is replaced below
    await press(page, 'ArrowUp', 3);
    expect(await focused(page)).toMatch(/^Username\b/);
    await press(page, 'Backspace', 4);
    await page.keyboard.type('trial', { delay: 20 });
    await press(page, 'ArrowDown');
    await press(page, 'Backspace', 4);
    await page.keyboard.type('trial', { delay: 20 });
    await press(page, 'ArrowDown', 2);
    expect(await focused(page)).toMatch(/^Connect\b/);
    await press(page, 'Enter');

    await waitForRoute(page, 'home');
    const home = await waitForText(page, /^Expires in 3 days \(\d{4}-\d\d-\d\d\)$/);
    expect(home).toEqual(expect.arrayContaining(['Your account: trial', 'Trial', 'Yes', '0 of 1 in use']));
    await page.waitForTimeout(300);
    await screenshot(page, 'home-settings-expiry', 'home');
  });
});
