/**
 * A warm start needs no network: sign in once with the demo account and open Live TV (the catalogue and the guide
 * are cached), close the browser, stop the provider, and start again on the same browser profile. The app signs in
 * from the saved account without asking, shows the account page from the cache marked as saved data, and lists
 * Live TV categories and channels from IndexedDB; no data request goes to the provider, and nothing fails on
 * screen. Then: "Switch account" lists the saved account on the sign-in page, and "Sign out" forgets it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../scripts/serve';
import { startProvider, type RunningProvider } from '../provider/server';
import { appDist, focused, press, visibleText, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { logRequests, openPersistentBrowser, screenshot, type PersistentSession } from './support/browser';

const DIST = appDist();
const DATA_PATHS = /player_api\.php|get\.php|xmltv\.php|\/epg\//;

let provider: RunningProvider;
let emulator: RunningEmulator;
let profile: string;
let session: PersistentSession | undefined;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No production build in ${DIST}: run npm run build first.`);
  }
  provider = await startProvider({ port: 0, quiet: true });
  emulator = await startEmulator({ port: 0, distDir: DIST, demoServer: provider.url });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tvplayer-profile-'));
});

afterAll(async () => {
  if (session) await session.close();
  if (emulator) await emulator.close();
  if (provider) await provider.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/**
 * Opens Live TV from the account page and moves the category column to the provider's first category, which fills
 * the channel list (the focus stays in the column, so no preview starts); returns its name, its header and the
 * channel names shown.
 */
async function openFirstCategory(page: Page): Promise<{ category: string; channels: string[]; count: string }> {
  await press(page, 'Enter'); // Live TV
  await waitForRoute(page, 'live');
  await waitForText(page, /^All channels$/);
  await press(page, 'ArrowDown', 3); // past All, Favourites and Recently watched
  const category = (await focused(page)).replace(/^Row\d+:/, '');
  const header = new RegExp(`^${category} · \\d+ channels$`);
  await waitForText(page, header);
  // Rows draw their programme lines once the list rests (a programme may share a channel's name): read after that.
  await page.waitForTimeout(500);
  const texts = await visibleText(page);
  const count = texts.find((t) => header.test(t)) as string;
  const names = new Set(provider.catalogue.liveChannels().map((c) => c.name));
  const channels = texts.filter((t) => names.has(t));
  return { category, channels, count };
}

/** Presses `key` until the focused element matches `target` (the home menu's entries change over time). */
async function pressUntilFocused(page: Page, key: string, target: RegExp, most = 12): Promise<void> {
  for (let i = 0; i < most && !target.test(await focused(page)); i++) await press(page, key);
  expect(await focused(page)).toMatch(target);
}

describe('warm start', () => {
  it('starts from the saved account and the cached catalogue with the provider stopped', async () => {
    // First start: sign in with the demo account.
    session = await openPersistentBrowser(profile);
    let page = session.page;
    await page.goto(`${emulator.url}/`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    expect(await focused(page)).toMatch(/^Demo\b/);
    await press(page, 'Enter'); // fills the demo account and moves to Connect
    expect(await focused(page)).toMatch(/^Connect\b/);
    // A TV's download speed (about 16 Mbit/s): the 13 MB guide takes seconds, long enough to see its progress.
    const network = await session.context.newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 2 * 1024 * 1024,
      uploadThroughput: 1024 * 1024,
    });
    await press(page, 'Enter');

    await waitForRoute(page, 'home');
    await waitForText(page, /Europe\/Berlin/);
    const loading = await waitForText(page, /^TV guide: downloading\b/, 60000);
    expect(loading).toContain('Live TV');
    await page.waitForTimeout(500);
    await screenshot(page, 'home-progress');
    const ready = await waitForText(page, /^TV guide: [\d,]+ channels, [\d,]+ programmes$/, 120000);
    expect(ready).toEqual(expect.arrayContaining(['Channels', 'Movies', 'Series']));
    const online = await openFirstCategory(page);
    expect(online.channels.length).toBeGreaterThan(0);
    expect(session.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
    await session.close();
    session = undefined;

    // The provider goes away; the TV starts the app again.
    await provider.close();
    session = await openPersistentBrowser(profile);
    page = session.page;
    const requests = logRequests(page);
    await page.goto(`${emulator.url}/`);
    await waitForApp(page);
    await waitForRoute(page, 'home');
    const home = await waitForText(page, /^Showing saved data from \d\d:\d\d$/);
    expect(home).toEqual(expect.arrayContaining(['Status', 'Active', 'Europe/Berlin', 'Live TV']));
    const loaded = await waitForText(page, /^TV guide: [\d,]+ channels/);
    expect(loaded).toContain(ready.find((t) => t.startsWith('TV guide:')));
    await page.waitForTimeout(300);
    await screenshot(page, 'home-warm-start');

    const offline = await openFirstCategory(page);
    expect(offline.category).toBe(online.category);
    expect(offline.count).toBe(online.count);
    expect(offline.channels).toEqual(online.channels);
    await page.waitForTimeout(800); // let the (failing) logo requests settle
    await screenshot(page, 'channels-warm-start');

    const toProvider = requests.filter((r) => r.url.startsWith(provider.url));
    expect(toProvider.filter((r) => DATA_PATHS.test(r.url))).toEqual([]);
    // Only channel logos were asked for: the provider is stopped, so each came from the browser's HTTP cache or
    // failed (its placeholder stays).
    expect(toProvider.filter((r) => r.type !== 'image')).toEqual([]);
    const shown = await visibleText(page);
    expect(shown.some((t) => /went wrong|Try again|could not be/i.test(t))).toBe(false);
    expect(session.errors.filter((e) => e.startsWith('page:'))).toEqual([]);

    // "Switch account" keeps the account: the accounts page lists it, in use; Back returns home, still offline.
    await press(page, 'Escape'); // from the category column straight home
    await waitForRoute(page, 'home');
    await pressUntilFocused(page, 'ArrowDown', /^SwitchAccount\b/);
    await press(page, 'Enter');
    await waitForRoute(page, 'accounts');
    const accounts = await waitForText(page, /^Add account$/);
    expect(accounts).toEqual(expect.arrayContaining([expect.stringMatching(/^demo @ 127\.0\.0\.1:\d+$/)]));
    await press(page, 'Escape');
    await waitForRoute(page, 'home');
    await waitForText(page, /^Your account: demo$/);

    // "Sign out" forgets it: the sign-in page shows the form, with nothing to choose.
    await pressUntilFocused(page, 'ArrowDown', /^SignOut\b/);
    await press(page, 'Enter');
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await waitUntil(
      () => visibleText(page),
      (t) => !t.includes('Choose an account'),
      'the saved accounts to be gone',
    );
  });
});
