/**
 * The whole path a viewer takes, in the production (ES5) build running in Chromium: sign in by key presses, read the
 * account page, open Live TV → a category → a channel (previewed in its window), watch it full screen, zap, and come
 * back with Back to the last channel. Also: a wrong password explains itself with the connection check. Runs against our provider server and the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import { keyboardRows } from '../../src/ui/components/keyboardLayout';
import type { RunningProvider } from '../provider/server';
import {
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
import { screenshot, type BrowserSession } from './support/browser';
import { typeOnKeyboard } from './support/keyboard';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

/** The `<video>` element's playback figures. */
function videoProgress(page: Page): Promise<{ time: number; frames: number; shown: boolean; width: number }> {
  return page.evaluate(() => {
    const video = document.querySelector('video');
    if (!video) return { time: 0, frames: 0, shown: false, width: 0 };
    return {
      time: video.currentTime,
      frames: video.getVideoPlaybackQuality().totalVideoFrames,
      shown: video.style.display !== 'none',
      width: video.getBoundingClientRect().width,
    };
  });
}

/** Opens the app on the login page (fresh page load, so no account is remembered). */
async function openLogin(page: Page): Promise<void> {
  await page.goto(`${emulator.url}/`);
  await waitForApp(page);
  await waitForRoute(page, 'login');
  await waitForText(page, /Demo provider/);
}

describe('from login to playback', () => {
  it('signs in with key presses, plays and zaps live channels, and Back returns to the last one', async () => {
    const page = browser.page;
    await openLogin(page);

    // Server: the physical keyboard (the Server field has the focus at start).
    await page.keyboard.type(provider.url, { delay: 20 });
    // Username: the on-screen keyboard, with arrows and OK only.
    await press(page, 'ArrowDown');
    expect(await focused(page)).toMatch(/^Username\b/);
    await press(page, 'Enter');
    await typeOnKeyboard(page, keyboardRows('lower'), 'demo', { row: 1, col: 0 });
    // Back leaves the keyboard for the field; then the password, typed on the physical keyboard.
    await press(page, 'Escape');
    await press(page, 'ArrowDown');
    expect(await focused(page)).toMatch(/^Password\b/);
    await page.keyboard.type('demo', { delay: 20 });

    const form = await visibleText(page);
    expect(form).toContain(provider.url);
    expect(form).toContain('demo');
    expect(form).toContain('••••');
    await screenshot(page, 'login', 'login');

    await press(page, 'ArrowDown', 2);
    expect(await focused(page)).toMatch(/^Connect\b/);
    await press(page, 'Enter');

    await waitForRoute(page, 'home');
    const account = await waitForText(page, /Europe\/Berlin/);
    expect(account).toEqual(expect.arrayContaining(['Status', 'Active', 'Connections', '0 of 2 in use', 'Live TV']));
    await page.waitForTimeout(500);
    await screenshot(page, 'account');

    await press(page, 'Enter'); // Live TV
    await waitForRoute(page, 'live');
    await waitForText(page, /^All channels$/);
    await press(page, 'ArrowDown', 3); // past All, Favourites and Recently watched: the first category
    const category = (await focused(page)).replace(/^Row\d+:/, '');
    await waitForText(page, new RegExp(`^${category} · \\d+ channels$`));
    await press(page, 'ArrowRight');

    await press(page, 'ArrowDown', 2);
    const channel = (await focused(page)).replace(/^Row\d+:/, '');
    await waitUntil(
      () => probe<{ state: string }>(page, 'live.preview'),
      (p) => p !== undefined && p.state === 'playing',
      'the preview to play',
      60000,
    );
    await page.waitForTimeout(800); // let the logos arrive for the screenshot
    await screenshot(page, 'channels');
    await press(page, 'Enter');

    await waitForRoute(page, /^play\//);
    const started = await waitUntil(
      () => videoProgress(page),
      (p) => p.frames > 0 && p.time > 0.5,
      'the video to show frames',
      60000,
    );
    expect(await visibleText(page)).toContain(channel);
    await screenshot(page, 'player');
    const later = await waitUntil(
      () => videoProgress(page),
      (p) => p.time > started.time + 1,
      'the playback position to advance',
      30000,
    );
    expect(later.frames).toBeGreaterThan(started.frames);

    // Channel up zaps to the next channel (the player page reports which one it shows).
    await press(page, 'PageUp');
    const zapped = await waitUntil(
      () => probe<{ channelName: string | null }>(page, 'player.live'),
      (p) => p !== undefined && p.channelName !== null && p.channelName !== channel,
      'the next channel',
    );
    const zappedTo = zapped!.channelName as string;
    await waitUntil(
      () => videoProgress(page),
      (p) => p.frames > 0 && p.time > 0.5,
      'the next channel to play',
      60000,
    );

    await press(page, 'Escape'); // Back
    expect(await waitForRoute(page, 'live')).toBe('live');
    await waitUntil(
      () => focused(page),
      (f) => f.endsWith(`:${zappedTo}`),
      'the last played channel to have the focus',
    );
    // The channel list previews the last played channel in its window, no longer full screen.
    await waitUntil(
      () => probe<{ state: string }>(page, 'live.preview'),
      (p) => p !== undefined && p.state === 'playing',
      'the preview of the last played channel',
      60000,
    );
    expect((await videoProgress(page)).width).toBeLessThan(page.viewportSize()!.width / 2);

    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('explains a wrong password with the error, its hint and the connection check', async () => {
    const page = browser.page;
    await openLogin(page);

    await page.keyboard.type(provider.url, { delay: 20 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('demo', { delay: 20 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('not-the-password', { delay: 20 });
    await press(page, 'ArrowDown', 2);
    await press(page, 'Enter');

    const texts = await waitForText(page, /Connection check/, 60000);
    expect(texts).toContain('The username or password was not accepted.');
    expect(texts.some((t) => /case-sensitive/.test(t))).toBe(true);
    expect(texts).toContain('✓'); // the server was reached
    expect(texts).toContain('✗'); // the credentials were refused
    expect(await route(page)).toBe('login');
    await screenshot(page, 'login-wrong-password');

    await press(page, 'Escape'); // Back closes the report, not the page
    await waitUntil(
      () => visibleText(page),
      (t) => !t.includes('Connection check'),
      'the report to close',
    );
    expect(await route(page)).toBe('login');
    expect(await focused(page)).toMatch(/^Connect\b/);
  });
});
