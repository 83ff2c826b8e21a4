/**
 * The full-screen live player in the production (ES5) build, driven by key presses in Chromium: the on-screen
 * display with now/next, zapping both ways with wrap-around, typing a channel number, the previous-channel key and
 * a long Back, the mini channel list, the audio/subtitle/picture menu, reconnecting when the stream stalls, and an
 * error in words (another device took the account's connections) with Retry on OK. The provider sits behind a
 * proxy that can freeze its streams.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../scripts/serve';
import { startProvider, type RunningProvider } from '../provider/server';
import { startFaultProxy, type FaultProxy } from './harness/faultProxy';
import {
  appDist,
  focused,
  focusedText,
  press,
  probe,
  route,
  visibleText,
  waitForApp,
  waitForRoute,
  waitForText,
  waitUntil,
} from './support/app';
import { openBrowser, screenshot, type BrowserSession } from './support/browser';

const DIST = appDist();

let provider: RunningProvider;
let proxy: FaultProxy;
let emulator: RunningEmulator;
let browser: BrowserSession;

/** What the player page reports through its probe. */
interface LiveProbe {
  channelId: string | null;
  channelNumber: number | null;
  channelName: string | null;
  /** Position in the list being zapped, and its length. */
  index: number;
  count: number;
  state: string;
  osdVisible: boolean;
  overlay: 'none' | 'list' | 'tracks';
  digits: string;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No production build in ${DIST}: run a production build first.`);
  }
  provider = await startProvider({ port: 0, quiet: true });
  proxy = await startFaultProxy(provider.url);
  emulator = await startEmulator({ port: 0, distDir: DIST, demoServer: proxy.url });
  browser = await openBrowser();
});

afterAll(async () => {
  if (browser) await browser.close();
  if (emulator) await emulator.close();
  if (proxy) await proxy.close();
  if (provider) await provider.close();
});

const live = (page: Page) => probe<LiveProbe>(page, 'player.live') as Promise<LiveProbe>;

function videoTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const video = document.querySelector('video');
    return video && video.style.display !== 'none' ? video.currentTime : -1;
  });
}

/** Waits until the channel `id` (or the one `accept` likes) plays and its picture moves. */
async function waitForChannel(page: Page, id: string | ((p: LiveProbe) => boolean), what: string): Promise<LiveProbe> {
  const accept = typeof id === 'string' ? (p: LiveProbe) => p.channelId === id : id;
  const playing = await waitUntil(
    () => live(page),
    (p) => p !== undefined && accept(p) && p.state === 'playing',
    `${what} to play`,
    60000,
  );
  const start = await waitUntil(
    () => videoTime(page),
    (t) => t > 0,
    `${what}: a picture`,
    30000,
  );
  await waitUntil(
    () => videoTime(page),
    (t) => t > start + 1,
    `${what}: the picture to move`,
    30000,
  );
  return playing;
}

/** Holds Back down past the long-press time, as a remote repeats a held key. */
async function holdBack(page: Page): Promise<void> {
  await page.keyboard.down('Escape');
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(250);
    await page.keyboard.down('Escape');
  }
  await page.keyboard.up('Escape');
  await page.waitForTimeout(100);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // fades and logos
  await screenshot(page, `live-player-${name}`, `live-player-${name}`);
}

describe('the full-screen live player', () => {
  /** The first channel of the category opened, as the app listed it. */
  let first: LiveProbe;

  it('signs in and opens a channel full screen with its number, name and now/next', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await page.keyboard.type(proxy.url, { delay: 10 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('demo', { delay: 10 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('demo', { delay: 10 });
    await press(page, 'ArrowDown', 2);
    await press(page, 'Enter');
    await waitForRoute(page, 'home', 60000);

    // With keys, as a viewer: Live TV, past All, Favourites and Recently watched to the provider's first category,
    // into its channel list, and OK on the first channel.
    const category = provider.catalogue.liveCategories[0];
    const channel = provider.catalogue.liveChannels().find((c) => c.categoryId === category.id)!;
    await press(page, 'Enter'); // Live TV
    await waitForRoute(page, 'live');
    await waitForText(page, /^All channels$/);
    await press(page, 'ArrowDown', 3);
    await waitForText(page, new RegExp(`^${category.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\d+ channels$`));
    await press(page, 'ArrowRight');
    await waitUntil(
      () => focused(page),
      (f) => f.endsWith(`:${channel.name}`),
      `the first channel of ${category.name} focused`,
    );
    await press(page, 'Enter');
    await waitForRoute(page, /^play\//);
    first = await waitForChannel(page, String(channel.streamId), 'the first channel');
    expect(first).toMatchObject({ index: 0, channelName: channel.name });
    expect(first.count).toBeGreaterThan(3);

    await press(page, 'F7'); // Info: the display again, with the guide's programmes by now
    const texts = await waitForText(page, /^NEXT$/, 30000);
    expect(texts).toContain(channel.name);
    expect(texts).toContain(String(first.channelNumber));
    expect(texts).toContain('NOW');
    expect(texts.some((t) => /^\d\d:\d\d – \d\d:\d\d$/.test(t))).toBe(true);
    expect(texts.some((t) => /min left$/.test(t))).toBe(true);
    expect((await live(page)).osdVisible).toBe(true);
    await shot(page, 'osd');
  });

  it('zaps up and down through the category, wrapping around at its ends', async () => {
    const page = browser.page;
    await press(page, 'PageUp');
    // The display shows the new channel at once, while it loads.
    const next = await waitUntil(
      () => live(page),
      (p) => p.index === 1,
      'the second channel',
      5000,
    );
    expect(next.osdVisible).toBe(true);
    expect(await visibleText(page)).toContain(next.channelName);
    await waitForChannel(page, next.channelId!, 'the second channel');
    await press(page, 'ArrowDown');
    await waitForChannel(page, first.channelId!, 'the first channel again');
    await press(page, 'PageDown'); // from the first channel: the last one
    await waitForChannel(page, (p) => p.index === first.count - 1, 'the last channel');
    await press(page, 'ArrowUp'); // and on past the end: the first one
    await waitForChannel(page, first.channelId!, 'the first channel after wrapping');
  });

  it('tunes a typed channel number, and says so when no channel has it', async () => {
    const page = browser.page;
    await press(page, '4');
    await press(page, '2');
    expect(await visibleText(page)).toContain('42');
    expect((await live(page)).digits).toBe('42');
    await screenshot(page, 'live-player-number-entry', 'live-player-number-entry');
    const tuned = await waitUntil(
      () => live(page),
      (p) => p.channelNumber === 42,
      'channel 42',
      10000,
    );
    expect(tuned.digits).toBe('');
    await waitForChannel(page, tuned.channelId!, 'channel 42');

    await press(page, '9');
    await press(page, '9');
    await press(page, '9');
    await press(page, 'Enter'); // OK tunes at once
    await waitForText(page, /^No channel 999$/, 5000);
    expect((await live(page)).channelNumber).toBe(42);
  });

  it('returns to the previous channel with its key and with a long Back, and swaps back', async () => {
    const page = browser.page;
    const current = (await live(page)).channelId!;
    await press(page, 'F9');
    await waitForChannel(page, first.channelId!, 'the channel before');
    await press(page, 'F9');
    await waitForChannel(page, current, 'the channel after');
    await holdBack(page);
    await waitForChannel(page, first.channelId!, 'the channel before, by a long Back');
    expect(await route(page)).toMatch(/^play\//);
  });

  it('opens the mini channel list and tunes from it', async () => {
    const page = browser.page;
    await press(page, 'ArrowLeft');
    expect((await live(page)).overlay).toBe('list');
    expect(await focused(page)).toBe(`Row0:${first.channelName}`);
    await press(page, 'ArrowDown', 2);
    const picked = (await focused(page)).replace(/^Row\d+:/, '');
    expect(picked).not.toBe(first.channelName);
    await shot(page, 'mini-list');
    await press(page, 'Enter');
    const tuned = await waitForChannel(page, (p) => p.channelName === picked, 'the channel picked in the list');
    expect(tuned).toMatchObject({ index: 2, overlay: 'none' });

    await press(page, 'F10'); // the ChannelList key opens it too; Back closes it without tuning
    expect((await live(page)).overlay).toBe('list');
    await press(page, 'Escape');
    expect((await live(page)).overlay).toBe('none');
    expect((await live(page)).channelName).toBe(picked);
    expect(await route(page)).toMatch(/^play\//);
  });

  it('changes the picture shape from the track menu', async () => {
    const page = browser.page;
    const box = () =>
      page.evaluate(() => {
        const video = document.querySelector('video')!;
        const r = video.getBoundingClientRect();
        return { w: Math.round(r.width), h: Math.round(r.height) };
      });
    const before = await box();
    await press(page, 'F2'); // Green
    expect((await live(page)).overlay).toBe('tracks');
    const texts = await visibleText(page);
    expect(texts).toEqual(expect.arrayContaining(['Audio', 'Subtitles', 'Picture', 'Off', 'Fit', '4:3']));
    for (let i = 0; i < 20 && !(await focused(page)).endsWith(':4:3'); i++) await press(page, 'ArrowDown');
    expect(await focused(page)).toMatch(/^Choice\d+:4:3$/);
    await press(page, 'Enter');
    expect(await focusedText(page)).toEqual(['✓', '4:3']);
    const after = await waitUntil(box, (b) => b.w !== before.w, 'the picture to change shape', 5000);
    expect(after.w / after.h).toBeCloseTo(4 / 3, 1);
    await shot(page, 'track-menu');
    await press(page, 'Escape');
    expect((await live(page)).overlay).toBe('none');
    // Back to the usual shape for the rest.
    await press(page, 'ArrowRight');
    for (let i = 0; i < 20 && !(await focused(page)).endsWith(':Fit'); i++) await press(page, 'ArrowDown');
    await press(page, 'Enter');
    await press(page, 'Escape');
    await waitUntil(box, (b) => b.w === before.w && b.h === before.h, 'the picture to fit the screen again', 5000);
  });

  it('shows "Reconnecting" while the stream is frozen and plays again once it moves', async () => {
    const page = browser.page;
    const id = (await live(page)).channelId!;
    proxy.freezePlaylists(/\.m3u8$/);
    const texts = await waitForText(page, /^Reconnecting \d\/5$/, 60000);
    expect((await live(page)).state).toBe('reconnecting');
    expect(texts.some((t) => t.startsWith('Reconnecting'))).toBe(true);
    await shot(page, 'reconnecting');
    proxy.freezePlaylists(undefined);
    await waitForChannel(page, id, 'the channel after reconnecting');
  });

  it('explains a refused stream in words, retries on OK, and Back returns to Live TV', async () => {
    const page = browser.page;
    const id = (await live(page)).channelId!;
    // Two more streams on the same two-connection line: the panel cuts this device's stream (403 from then on).
    for (const other of ['5', '6']) {
      const response = await fetch(`${provider.url}/live/demo/demo/${other}.m3u8`);
      expect(response.status).toBe(200);
    }
    const texts = await waitForText(page, /another device/, 60000);
    expect(texts).toContain('This account may be in use on another device.');
    expect(texts.some((t) => /press OK to try again/.test(t))).toBe(true);
    expect((await live(page)).state).toBe('error');
    await shot(page, 'error');

    await press(page, 'Enter'); // Retry
    await waitForChannel(page, id, 'the channel after Retry');
    expect(await visibleText(page)).not.toContain('This account may be in use on another device.');

    // Opening the channel that already plays (as from the Live TV page's preview) goes full screen without a reload.
    const loads = () => proxy.requests.filter((r) => r.startsWith(`/live/demo/demo/${id}.`)).length;
    const loadsBefore = loads();
    const timeBefore = await videoTime(page);
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#play/all/${id}`);
    await waitForRoute(page, `play/all/${id}`);
    await waitForChannel(page, id, 'the same channel, opened again');
    expect(loads()).toBe(loadsBefore);
    expect(await videoTime(page)).toBeGreaterThan(timeBefore);

    await press(page, 'Escape');
    await waitForRoute(page, /^live/);
    // The stream keeps playing for the Live TV page's preview window.
    await waitUntil(
      () => videoTime(page),
      (t) => t > 0,
      'the picture to stay on in the preview window',
      30000,
    );
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});
