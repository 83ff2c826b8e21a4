/**
 * Signing in with an M3U playlist from the sign-in page, with the remote only, on a fresh profile: down to "Use an M3U
 * playlist", a playlist address that is not there (404) first, which says so and keeps what was typed, then the
 * provider's playlist with a guide address; the account opens on the home page and Live TV lists the playlist's
 * channels. Runs the production build against our provider server and the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import { focused, press, route, visibleText, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';
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

/** Moves the focus to the element named `ref` (down first, then up), at most a dozen presses each way. */
async function focusOn(page: Page, ref: string): Promise<void> {
  const wanted = new RegExp(`^${ref}\\b`);
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i <= 12; i++) {
      if (wanted.test(await focused(page))) return;
      if (i < 12) await press(page, key);
    }
  }
  throw new Error(`${ref} never got the focus; it is on ${await focused(page)}`);
}

/** On the account form: moves to the field `ref` and types `text` on the physical keyboard. */
async function fill(page: Page, ref: string, text: string): Promise<void> {
  await focusOn(page, ref);
  await page.keyboard.type(text, { delay: 10 });
}

describe('signing in with an M3U playlist', () => {
  it('says a missing playlist cannot be read, keeps what was typed, then opens the right one', async () => {
    const page = browser.page;
    const missing = `${provider.url}/lists/tv.m3u`;
    const playlist = `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=m3u8`;
    const guide = `${provider.url}/epg/demo/demo`;

    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    // This Chromium parses the page's ES2018 probe: the es2018 bundle runs (live-tv.e2e.ts walks the ES5 one).
    expect(await page.evaluate('window.TVPLAYER_BUNDLE')).toBe('es2018');
    expect(await page.evaluate(`document.querySelector("script[src$='app.js']").getAttribute("src")`)).toBe(
      'es2018/app.js',
    );
    await waitForRoute(page, 'login');
    await waitForText(page, /^Use an M3U playlist$/);
    // A fresh profile: the form, not a list of saved accounts. Down the form to the playlist link.
    expect(await focused(page)).toMatch(/^Server\b/);
    await focusOn(page, 'Playlist');
    await press(page, 'Enter');
    await waitForRoute(page, 'accounts/add-playlist');
    await waitForText(page, /^Add an account$/);
    expect(await visibleText(page)).toEqual(expect.arrayContaining(['Type: M3U playlist', 'Playlist URL']));

    // An address with nothing behind it: a clear message, and the form as it was typed.
    await fill(page, 'Playlist', missing);
    await fill(page, 'Guide', guide);
    await focusOn(page, 'Save');
    await press(page, 'Enter');
    const failed = await waitForText(page, /^The playlist could not be read\.$/, 30000);
    expect(failed.some((line) => /404|not found/i.test(line))).toBe(true);
    expect(await route(page)).toBe('accounts/add-playlist');
    await screenshot(page, 'm3u-signin-404');
    await press(page, 'Escape');
    await waitUntil(
      () => visibleText(page),
      (texts) => !texts.includes('The playlist could not be read.'),
      'the message to close',
    );
    expect(await visibleText(page)).toEqual(expect.arrayContaining([missing, guide]));

    // The provider's playlist instead (the guide address stays): the account opens on the home page.
    await focusOn(page, 'Playlist');
    await press(page, 'Backspace', missing.length);
    await page.keyboard.type(playlist, { delay: 10 });
    const typed = await visibleText(page);
    expect(typed).not.toContain(missing);
    expect(typed).toEqual(expect.arrayContaining([guide]));
    await focusOn(page, 'Save');
    await press(page, 'Enter');
    await waitForRoute(page, 'home', 60000);
    await waitForText(page, /^Your account: /);
    expect(await visibleText(page)).toEqual(expect.arrayContaining(['Type', 'M3U playlist']));

    // Live TV lists the playlist's channels.
    await focusOn(page, 'LiveTv');
    await press(page, 'Enter');
    await waitForRoute(page, 'live');
    const count = provider.catalogue.counts.live;
    await waitForText(page, new RegExp(`^All channels · ${count} channels$`), 60000);
    await press(page, 'ArrowRight');
    const names = provider.catalogue.liveChannels().map((channel) => channel.name);
    const first = await waitUntil(
      () => focused(page),
      (f) => names.includes(f.replace(/^Row\d+:/, '')),
      'a channel of the playlist',
    );
    expect(await visibleText(page)).toContain(first.replace(/^Row\d+:/, ''));
    await page.waitForTimeout(300);
    await screenshot(page, 'm3u-signin-live');
  });
});
