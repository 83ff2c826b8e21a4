/**
 * Live TV in the production (ES5) build, by key presses only: the category column, the channel list with now/next,
 * the preview that starts when the focus rests on a channel, full screen and back, favourites with the red key,
 * recently watched, and a held Down key that speeds up without losing a key. Runs against our provider server and
 * the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import { focused, press, probe, visibleText, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

interface PreviewProbe {
  channelId: string | null;
  state: string;
}

interface ListProbe {
  focusedIndex: number;
  length: number;
  keysHandled: number;
}

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

/** The focused row's label (`Row3:News 24` → `News 24`). */
async function focusedLabel(page: Page): Promise<string> {
  return (await focused(page)).replace(/^Row\d+:/, '');
}

/** The `<video>` element's position and whether it is shown. */
function video(page: Page): Promise<{ time: number; shown: boolean; top: number; width: number }> {
  return page.evaluate(() => {
    const element = document.querySelector('video');
    if (!element) return { time: 0, shown: false, top: 0, width: 0 };
    const box = element.getBoundingClientRect();
    return { time: element.currentTime, shown: element.style.display !== 'none', top: box.top, width: box.width };
  });
}

/**
 * The page of these journeys runs the ES5 bundle, as the oldest TVs do (Chromium here would pick the es2018 one, which
 * the other browser tests run).
 */
const APP_PAGE = '/?canvas2d=1&bundle=es5';

/** The app bundle the page loaded (its path under the app's folder). */
function loadedBundle(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((name) => /\/app\.js$/.test(name)),
  );
}

/** Signs in with the demo account from the sign-in page's "Demo" entry. */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${emulator.url}${APP_PAGE}`);
  await waitForApp(page);
  expect(await loadedBundle(page)).toEqual(['/app.js']);
  await waitForRoute(page, 'login');
  await waitForText(page, /Demo provider/);
  await press(page, 'ArrowDown', 5);
  expect(await focused(page)).toMatch(/^Demo\b/);
  await press(page, 'Enter'); // fills the demo account and moves to Connect
  await press(page, 'Enter');
  await waitForRoute(page, 'home');
  await waitForText(page, /Europe\/Berlin/);
}

/** Waits until the preview plays `channelId` and the picture advances. */
async function waitForPreview(page: Page, channelId?: string): Promise<PreviewProbe> {
  const playing = await waitUntil(
    () => probe<PreviewProbe>(page, 'live.preview'),
    (p) => p !== undefined && p.state === 'playing' && (channelId === undefined || p.channelId === channelId),
    'the preview to play',
    60000,
  );
  const start = await waitUntil(
    () => video(page),
    (v) => v.shown && v.time > 0.3,
    'the preview picture',
    30000,
  );
  await waitUntil(
    () => video(page),
    (v) => v.time > start.time + 1,
    'the preview position to advance',
    30000,
  );
  return playing as PreviewProbe;
}

describe('Live TV', () => {
  it('browses categories, previews the resting channel, goes full screen and keeps favourites', async () => {
    const page = browser.page;
    await signIn(page);

    await press(page, 'Enter'); // Live TV
    await waitForRoute(page, 'live');
    await waitForText(page, /^All channels$/);
    expect(await visibleText(page)).toEqual(expect.arrayContaining(['Favourites', 'Recently watched']));
    expect(await focusedLabel(page)).toBe('All channels');

    // Down past the own entries to the provider's first category: the channel list follows the column.
    await press(page, 'ArrowDown', 3);
    const category = await focusedLabel(page);
    await waitForText(page, new RegExp(`^${category} · \\d+ channels$`));
    await press(page, 'ArrowDown');
    const second = await focusedLabel(page);
    expect(second).not.toBe(category);
    await waitForText(page, new RegExp(`^${second} · \\d+ channels$`));
    await press(page, 'ArrowUp');
    expect(await focusedLabel(page)).toBe(category);

    // Into the channels; down and back up, then the focus rests on the first one and its preview plays.
    await press(page, 'ArrowRight');
    const first = await focusedLabel(page);
    await press(page, 'ArrowDown', 2);
    expect(await focusedLabel(page)).not.toBe(first);
    await press(page, 'ArrowUp', 2);
    const channel = await focusedLabel(page);
    expect(channel).toBe(first);
    // Rows draw their programme lines once the list rests.
    await waitForText(page, /^Next \d\d:\d\d {2}\S/);
    const preview = await waitForPreview(page);
    expect(preview.channelId).not.toBeNull();
    const picture = await video(page);
    expect(picture.width).toBeLessThan(page.viewportSize()!.width / 2);
    await page.waitForTimeout(500);
    await screenshot(page, 'live-tv-preview', 'live-tv');

    // Moving on before the preview starts never tunes the channel passed over.
    await press(page, 'ArrowDown');
    const passed = (await probe<PreviewProbe>(page, 'live.preview'))!;
    expect(passed.channelId).toBe(preview.channelId);
    await press(page, 'ArrowUp');
    expect(await focusedLabel(page)).toBe(channel);
    await waitForPreview(page, preview.channelId!);

    // OK: full screen on the same stream; Back returns to the same channel, previewed again.
    await press(page, 'Enter');
    await waitForRoute(page, /^play\//);
    await waitUntil(
      () => video(page),
      (v) => v.shown && v.width > page.viewportSize()!.width * 0.9,
      'the picture to fill the screen',
    );
    await press(page, 'Escape');
    await waitForRoute(page, 'live');
    await waitUntil(
      () => focusedLabel(page),
      (f) => f === channel,
      'the channel to have the focus again',
    );
    await waitForPreview(page, preview.channelId!);

    // Red adds a favourite (toast and star); Favourites lists it.
    await press(page, 'F1');
    await waitForText(page, new RegExp(`^${channel} added to favourites$`));
    expect(await visibleText(page)).toContain('★');
    await press(page, 'ArrowLeft');
    await press(page, 'ArrowUp', 3);
    await press(page, 'ArrowDown');
    expect(await focusedLabel(page)).toBe('Favourites');
    await waitForText(page, /^Favourites · 1 channel$/);
    await press(page, 'ArrowRight');
    expect(await focusedLabel(page)).toBe(channel);
    await page.waitForTimeout(800);
    await screenshot(page, 'live-tv-favourites');

    // Recently watched holds the channel played full screen.
    await press(page, 'ArrowLeft');
    await press(page, 'ArrowDown');
    expect(await focusedLabel(page)).toBe('Recently watched');
    await waitForText(page, /^Recently watched · 1 channel$/);
    await press(page, 'ArrowRight');
    expect(await focusedLabel(page)).toBe(channel);

    // Red in Favourites removes it again, which leaves the category empty.
    await press(page, 'ArrowLeft');
    await press(page, 'ArrowUp');
    await press(page, 'ArrowRight');
    await press(page, 'F1');
    await waitForText(page, new RegExp(`^${channel} removed from favourites$`));
    await waitForText(page, /^No favourites yet\.$/);
    expect(await focusedLabel(page)).toBe('Favourites');
    await page.waitForTimeout(300);
    await screenshot(page, 'live-tv-empty');

    // Back goes home from the column (and stops the preview).
    await press(page, 'Escape');
    await waitForRoute(page, 'home');
    expect((await video(page)).shown).toBe(false);
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('moves faster while Down is held and handles every key', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}${APP_PAGE}#live/all`);
    await waitForApp(page);
    await waitForRoute(page, 'live/all');
    await waitForText(page, /^All channels · \d+ channels$/);
    const before = (await probe<ListProbe>(page, 'live.list'))!;
    expect(before.length).toBeGreaterThan(100);
    expect(before.focusedIndex).toBe(0);

    // Counts the texts drawn from here on (Lightning draws each text with fillText into a canvas of its own).
    await page.evaluate(() => {
      const w = window as unknown as { digitsDrawn: number };
      w.digitsDrawn = 0;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (...args: Parameters<typeof fillText>): void {
        if (/^\d$/.test(String(args[0]))) w.digitsDrawn += 1;
        fillText.apply(this, args);
      };
    });

    // A held key: the first keydown, then automatic repeats (Playwright marks repeated downs as `repeat`).
    const keys = 40;
    for (let i = 0; i < keys; i++) {
      await page.keyboard.down('ArrowDown');
      await page.waitForTimeout(40);
    }
    await page.keyboard.up('ArrowDown');
    const held = (await probe<ListProbe>(page, 'live.list'))!;
    expect(held.keysHandled - before.keysHandled).toBe(keys);
    expect(held.focusedIndex).toBeGreaterThan(keys);
    // The rows' numbers come from ten digit textures drawn once, not from digits drawn again as they scroll back in.
    expect(await page.evaluate(() => (window as unknown as { digitsDrawn: number }).digitsDrawn)).toBeLessThanOrEqual(
      10,
    );

    // Single presses move one row each.
    await page.waitForTimeout(300);
    await press(page, 'ArrowUp');
    await page.waitForTimeout(300);
    await press(page, 'ArrowUp');
    const after = (await probe<ListProbe>(page, 'live.list'))!;
    expect(after.focusedIndex).toBe(held.focusedIndex - 2);
    expect(after.keysHandled - held.keysHandled).toBe(2);
  });
});
