/**
 * The programme guide in the production (ES5) build running in Chromium, by key presses only, against our provider
 * (its XMLTV guide and its catch-up): open the guide from the home page, move across time and channels, page down,
 * play a past programme of a catch-up channel from the archive (a timeshift URL, the start written in the server's
 * time zone), come back with Back, and tune the programme on air.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import { focused, press, probe, visibleText, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { logRequests, screenshot, type BrowserSession, type LoggedRequest } from './support/browser';
import { closeStage, openStage } from './support/stage';

/** What the guide page reports (src/ui/pages/GuidePage.ts). */
interface GuideProbe {
  channelIndex: number;
  channelName?: string;
  focusedTitle?: string;
  focusedStart?: number;
  focusedStop?: number;
  catchup: boolean;
  windowStart: number;
  loading: boolean;
  rows: number;
  cells: number;
}

/** What the archive player reports (src/ui/pages/ArchivePlayerPage.ts). */
interface ArchiveProbe {
  url?: string;
  state: string;
  position: number;
  duration: number;
  title?: string;
}

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;
let requests: LoggedRequest[];
/** `X-Timeshift-Start` of every catch-up answer: the start the provider read (unix seconds). */
const timeshiftStarts: number[] = [];

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
  requests = logRequests(browser.page);
  browser.page.on('response', (response) => {
    const start = response.headers()['x-timeshift-start'];
    if (start) timeshiftStarts.push(Number(start));
  });
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

function guide(page: Page): Promise<GuideProbe> {
  return probe<GuideProbe>(page, 'guide') as Promise<GuideProbe>;
}

/** Presses `key` and waits until the guide reports a position `accept` likes. */
async function pressFor(
  page: Page,
  key: string,
  accept: (g: GuideProbe) => boolean,
  what: string,
): Promise<GuideProbe> {
  await press(page, key);
  return waitUntil(() => guide(page), accept, what, 5000);
}

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name, name);
}

function videoTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const video = document.querySelector('video');
    return video && video.style.display !== 'none' ? video.currentTime : -1;
  });
}

describe('programme guide', () => {
  it('moves through channels and time, plays a past programme from the archive and tunes one on air', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    expect(await focused(page)).toMatch(/^Demo\b/);
    await press(page, 'Enter'); // fills the demo account
    await press(page, 'Enter'); // Connect
    await waitForRoute(page, 'home');

    // Home's second entry is the guide.
    await waitUntil(
      () => focused(page),
      (f) => f.startsWith('LiveTv'),
      'the home menu',
    );
    await press(page, 'ArrowDown');
    expect(await focused(page)).toMatch(/^Guide\b/);
    await press(page, 'Enter');
    await waitForRoute(page, 'guide');
    let at = await waitUntil(
      () => guide(page),
      (g) => g !== undefined && !g.loading,
      'the guide to load',
      90000,
    );
    const rows = at.rows;
    expect(rows).toBeGreaterThan(4);

    // Find a channel with guide data (the demo panel leaves about half without).
    for (let i = 0; i < 20 && at.focusedTitle === undefined; i++) {
      at = await pressFor(page, 'ArrowDown', (g) => g.channelIndex === at.channelIndex + 1, 'the next row');
    }
    expect(at.focusedTitle).toBeDefined();
    const now = Date.now();
    expect(at.focusedStart!).toBeLessThanOrEqual(now);
    expect(at.focusedStop!).toBeGreaterThan(now);
    // Rows drawn while keys came quickly draw their titles once the keys rest.
    const title = at.focusedTitle!;
    const screen = await waitUntil(
      () => visibleText(page),
      (texts) => texts.includes(title),
      'the programme titles',
    );
    expect(screen).toContain('No information'); // a channel without guide data: one cell across the window
    // The header: the window's day (yesterday just after midnight) and half-hour marks.
    expect(screen.some((text) => text === 'Today' || text === 'Yesterday')).toBe(true);
    expect(screen.some((text) => /^\d\d:[03]0$/.test(text))).toBe(true);
    await page.waitForTimeout(800); // logos
    await shot(page, 'guide');

    // Right: the next programme, whose details replace the first one's.
    const onAir = at;
    at = await pressFor(page, 'ArrowRight', (g) => g.focusedStart !== onAir.focusedStart, 'the next programme');
    expect(at.focusedStart).toBe(onAir.focusedStop);
    expect(at.channelIndex).toBe(onAir.channelIndex);
    // The details follow the focus once the keys rest.
    await waitUntil(
      () => visibleText(page),
      (texts) => texts.includes(at.focusedTitle!),
      'the details of the programme',
    );
    // Left: back to the programme on air.
    at = await pressFor(page, 'ArrowLeft', (g) => g.focusedStart === onAir.focusedStart, 'the programme on air');
    // Down and Up keep the time.
    at = await pressFor(page, 'ArrowDown', (g) => g.channelIndex === onAir.channelIndex + 1, 'the row below');
    if (at.focusedStart !== undefined) {
      expect(at.focusedStart).toBeLessThanOrEqual(now);
      expect(at.focusedStop!).toBeGreaterThan(now);
    }
    at = await pressFor(page, 'ArrowUp', (g) => g.channelIndex === onAir.channelIndex, 'the row above');
    expect(at.focusedTitle).toBe(onAir.focusedTitle);

    // A page down moves a screenful of rows; the cell components stay those of the rows on screen.
    const cellsBefore = at.cells;
    at = await pressFor(page, 'PageDown', (g) => g.channelIndex === onAir.channelIndex + rows, 'a page down');
    at = await pressFor(page, 'PageDown', (g) => g.channelIndex === onAir.channelIndex + 2 * rows, 'another page');
    at = await pressFor(page, 'PageUp', (g) => g.channelIndex === onAir.channelIndex + rows, 'a page up');
    expect(at.cells).toBeLessThanOrEqual(rows * 12);
    expect(at.cells).toBeLessThan(provider.catalogue.liveChannels().length);
    console.log(`guide: ${rows} rows, ${cellsBefore} cells before paging, ${at.cells} after`);

    // A day ahead and back.
    const windowStart = at.windowStart;
    at = await pressFor(page, 'F4', (g) => g.windowStart === windowStart + 86400000, 'a day ahead');
    // The header names the window's day (the browser runs in this process's time zone).
    const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
    const days = Math.round((midnight(windowStart + 86400000) - midnight(Date.now())) / 86400000);
    expect(await visibleText(page)).toContain(days === 1 ? 'Tomorrow' : 'Today');
    at = await pressFor(page, 'F3', (g) => g.windowStart === windowStart, 'back to today');

    // A channel with an archive and guide data: go down until one has the focus, then left to a past programme.
    const archived = new Set(
      provider.catalogue
        .liveChannels()
        .filter((c) => c.archiveDays > 0 && c.epgChannelId)
        .map((c) => c.name),
    );
    for (let i = 0; i < 60 && !(at.channelName && archived.has(at.channelName) && at.focusedTitle); i++) {
      const from = at.channelIndex;
      at = await pressFor(page, 'ArrowDown', (g) => g.channelIndex === from + 1, 'the next row');
    }
    expect(archived.has(at.channelName!)).toBe(true);
    for (let i = 0; i < 8 && !at.catchup; i++) {
      const from = at.focusedStart;
      at = await pressFor(page, 'ArrowLeft', (g) => g.focusedStart !== from, 'an earlier programme');
    }
    expect(at.catchup).toBe(true);
    expect(at.focusedStop!).toBeLessThanOrEqual(Date.now());
    await waitForText(page, /Catch-up/, 5000);
    await shot(page, 'guide-catchup');
    const past = at;

    await press(page, 'Enter');
    await waitForRoute(page, /^archive\//);
    const archive = await waitUntil(
      () => probe<ArchiveProbe>(page, 'archive'),
      (a) => a !== undefined && a.url !== undefined,
      'the archive player',
    );
    expect(archive!.url).toContain('/timeshift/demo/demo/');
    expect(archive!.title).toBe(past.focusedTitle);
    const started = await waitUntil(
      () => videoTime(page),
      (t) => t > 0.5,
      'the archive to play',
      60000,
    );
    await waitUntil(
      () => videoTime(page),
      (t) => t > started + 1,
      'the archive to go on playing',
      30000,
    );
    expect(
      requests.some((r) => /\/timeshift\/demo\/demo\/\d+\/\d{4}-\d{2}-\d{2}:\d{2}-\d{2}\/\d+\.m3u8/.test(r.url)),
    ).toBe(true);
    // The provider read the start in its own time zone (Europe/Berlin) as the programme's start minute.
    expect(timeshiftStarts).toContain(Math.floor(past.focusedStart! / 60000) * 60);
    expect(await visibleText(page)).toContain(past.focusedTitle);
    await shot(page, 'archive-player');

    // Right seeks 30 s ahead.
    const before = (await probe<ArchiveProbe>(page, 'archive'))!.position;
    await press(page, 'ArrowRight');
    await waitUntil(
      () => probe<ArchiveProbe>(page, 'archive'),
      (a) => a !== undefined && a.position > before + 20,
      'the seek ahead',
      15000,
    );

    // Back returns to the guide, on the same programme.
    await press(page, 'Escape');
    await waitForRoute(page, 'guide');
    at = await waitUntil(
      () => guide(page),
      (g) => g.focusedStart === past.focusedStart,
      'the same programme',
    );
    expect(at.channelName).toBe(past.channelName);
    expect(await videoTime(page)).toBe(-1);

    // The Guide key goes back to now; OK tunes the channel live.
    at = await pressFor(page, 'F8', (g) => g.focusedStart !== past.focusedStart, 'the programme on air');
    expect(at.focusedStart!).toBeLessThanOrEqual(Date.now());
    expect(at.focusedStop!).toBeGreaterThan(Date.now());
    await press(page, 'Enter');
    const playRoute = await waitForRoute(page, /^play\//);
    expect(playRoute).toMatch(/^play\/all\/\d+$/);
    await waitUntil(
      () => videoTime(page),
      (t) => t > 0.5,
      'the live channel to play',
      60000,
    );
    expect(requests.some((r) => /\/live\/demo\/demo\/\d+\.m3u8/.test(r.url))).toBe(true);

    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});
