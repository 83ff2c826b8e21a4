/**
 * The settings page in the production (ES5) build running in Chromium, with key presses only: the live stream
 * format is switched from Automatic (HLS in a browser) to MPEG-TS in Settings, and Live TV then plays its channels
 * from the provider's `.ts` output. On the way: every section, a User-Agent typed on the on-screen
 * keyboard, the cache cleared (with what it freed), the user data exported to a file and imported again, About.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import {
  focused,
  moveTo,
  focusedText,
  press,
  probe,
  route,
  waitForApp,
  waitForRoute,
  waitForText,
  waitUntil,
} from './support/app';
import { logRequests, screenshot, type BrowserSession, type LoggedRequest } from './support/browser';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;
let downloads: string;

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tvplayer-settings-'));
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

interface PreviewProbe {
  channelId: string | null;
  state: string;
}

/** The focused settings row's value (its texts are the label and the value). */
async function focusedValue(page: Page): Promise<string> {
  const texts = await focusedText(page);
  return texts.filter((t) => t !== '‹' && t !== '›')[1];
}

/** Back (Escape) until the home page shows, one press at a time, each given time to land. */
async function backToHome(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    if ((await route(page)) === 'home') return;
    await press(page, 'Escape');
    try {
      await waitForRoute(page, 'home', 3000);
      return;
    } catch {
      // Still on the page: it took the press for itself (e.g. from the channels to the categories).
    }
  }
  await waitForRoute(page, 'home');
}

/**
 * From Home: Live TV, into the list of all channels; the first channel previews. Resolves once the preview plays,
 * with the live stream requests the page made for that channel.
 */
async function previewFirstChannel(page: Page, log: LoggedRequest[]): Promise<string[]> {
  await moveTo(page, 'LiveTv', 'ArrowUp');
  await press(page, 'Enter');
  await waitForRoute(page, 'live');
  await waitForText(page, /^All channels$/);
  await press(page, 'ArrowRight');
  const preview = await waitUntil(
    () => probe<PreviewProbe>(page, 'live.preview'),
    (p) => p !== undefined && p.channelId !== null && p.state === 'playing',
    'the preview to play',
    30000,
  );
  const id = preview!.channelId!;
  return log.map((r) => new URL(r.url).pathname).filter((p) => p.indexOf(`/live/demo/demo/${id}.`) === 0);
}

describe('settings', () => {
  it('switches the live stream format by keys and the next channel plays in it', async () => {
    const page = browser.page;
    const log = logRequests(page);
    // Listening from the start: the browser is told to hand file pickers to the test before the first one opens.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    await press(page, 'Enter'); // fills the demo account and moves to Connect
    await press(page, 'Enter');
    await waitForRoute(page, 'home', 60000);

    // Settings: the display section first; its rows say they are kept on this TV.
    await moveTo(page, 'Settings');
    await press(page, 'Enter');
    await waitForRoute(page, 'settings');
    const opened = await waitForText(page, /^Kept on this TV for every account\.$/);
    expect(opened).toEqual(expect.arrayContaining(['Display', 'Language', 'English', 'Channel logos', 'On']));
    // Channel lists without logos (the Live TV page below draws its rows without them).
    await moveTo(page, 'ChannelLogos');
    await press(page, 'ArrowRight');
    await waitUntil(
      () => focusedValue(page),
      (v) => v === 'Off',
      'channel logos to be off',
    );
    await screenshot(page, 'settings-display');

    // Playback: the format is the account's, "Automatic" until changed; Right makes it MPEG-TS.
    await moveTo(page, 'LiveFormat');
    expect(await focusedValue(page)).toBe('Automatic');
    await waitForText(page, /^Kept for the account demo @ 127\.0\.0\.1:\d+ and exported with its user data\.$/);
    await press(page, 'ArrowRight');
    await waitUntil(
      () => focusedValue(page),
      (v) => v === 'MPEG-TS (.ts)',
      'the format to read MPEG-TS',
    );
    await screenshot(page, 'settings-playback');

    // User-Agent: OK opens the on-screen keyboard; typed letters, then Save below the keyboard.
    await moveTo(page, 'UserAgent');
    await press(page, 'Enter');
    await waitForText(page, /^Type with the keyboard, then Save/);
    await press(page, 'Enter'); // the focused key: "q"
    await press(page, 'ArrowRight');
    await press(page, 'Enter'); // "w"
    await screenshot(page, 'settings-user-agent');
    await press(page, 'ArrowDown', 6);
    expect(await focused(page)).toMatch(/^Save\b/);
    await press(page, 'Enter');
    await waitUntil(
      () => focusedValue(page),
      (v) => v === 'qw',
      'the User-Agent to be saved',
    );

    // Guide: how many days of programmes are kept ahead.
    await moveTo(page, 'GuideDays');
    await screenshot(page, 'settings-guide');

    // Parental control and accounts are links to their pages; Data clears the cache after asking.
    await moveTo(page, 'ClearCache');
    await screenshot(page, 'settings-data');
    await press(page, 'Enter');
    await waitForText(page, /^Clear the cache of demo/);
    await screenshot(page, 'settings-clear-cache');
    await press(page, 'ArrowRight');
    await press(page, 'Enter');
    await waitForText(page, /^Cache cleared: [\d.]+ (KB|MB) freed\.$/);

    // Export saves a file; import reads it back and says what it did.
    await moveTo(page, 'ExportData');
    const download = page.waitForEvent('download');
    await press(page, 'Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tvplayer-user-data-\d{4}-\d\d-\d\d\.json$/);
    const saved = path.join(downloads, file.suggestedFilename());
    await file.saveAs(saved);
    const exported = JSON.parse(fs.readFileSync(saved, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain('"liveFormat":"ts"');
    await moveTo(page, 'ImportData');
    await press(page, 'Enter');
    const chooser = await waitUntil(
      () => Promise.resolve(choosers[0]),
      (c) => c !== undefined,
      'the file picker',
    );
    await chooser.setFiles(saved);
    await waitForText(page, /^Imported 1 account; 1 saved now\.$/);

    // About: Up from the top wraps to it.
    await moveTo(page, 'Language', 'ArrowUp');
    await press(page, 'ArrowUp');
    expect(await focused(page)).toBe('About:About');
    await press(page, 'Enter');
    await waitForText(page, /^Playback engines$/);
    await screenshot(page, 'settings-about');
    await press(page, 'Escape');
    await waitForText(page, /^Language$/);
    await backToHome(page);

    // The first channel now previews from the provider's MPEG-TS output (a browser asks for HLS by default).
    log.length = 0;
    const after = await previewFirstChannel(page, log);
    expect(after.some((p) => p.endsWith('.ts'))).toBe(true);
    expect(after.some((p) => p.endsWith('.m3u8'))).toBe(false);
    await screenshot(page, 'settings-live-ts');
    expect(browser.errors).toEqual([]);
  });
});
