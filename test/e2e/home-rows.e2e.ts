/**
 * The home page's rows in the production (ES5) build running in Chromium, by key presses only: a movie watched
 * part-way appears in "Continue watching" and OK resumes it where it stopped; a channel watched appears in
 * "Recently watched channels" and OK plays it full screen; Red removes a card after asking. Against our provider
 * server (a 12-second clip behind every title) and the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
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
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

interface VodProbe {
  kind?: string;
  id?: string;
  state: string;
  position: number;
  duration: number;
}

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

/** Signs in as demo/demo with the keyboard. */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${emulator.url}/?canvas2d=1`);
  await waitForApp(page);
  await waitForRoute(page, 'login');
  await waitForText(page, /Demo provider/);
  await page.keyboard.type(provider.url, { delay: 10 });
  await press(page, 'ArrowDown');
  await page.keyboard.type('demo', { delay: 10 });
  await press(page, 'ArrowDown');
  await page.keyboard.type('demo', { delay: 10 });
  await press(page, 'ArrowDown', 2);
  await press(page, 'Enter');
  await waitForRoute(page, 'home', 60000);
}

/** Moves the menu's focus to the entry whose element is `ref` and opens it. */
async function openFromMenu(page: Page, ref: string, hash: string): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 10 && !(await focused(page)).startsWith(`${ref}:`); i++) await press(page, key);
  }
  expect(await focused(page)).toMatch(new RegExp(`^${ref}:`));
  await press(page, 'Enter');
  await waitForRoute(page, hash);
}

/** Presses Back until the home page shows. */
async function backHome(page: Page): Promise<void> {
  for (let i = 0; i < 5 && (await route(page)) !== 'home'; i++) {
    await press(page, 'Escape');
    await page.waitForTimeout(300);
  }
  await waitForRoute(page, 'home');
}

/** The label of the focused element (`Ref:label` → label). */
async function focusedLabel(page: Page): Promise<string> {
  return (await focused(page)).replace(/^[^:]*:/, '');
}

function vod(page: Page): Promise<VodProbe> {
  return probe<VodProbe>(page, 'vod.player') as Promise<VodProbe>;
}

/** `text` as a pattern matching itself. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Puts the focus on the first card of the row headed `heading` (from the menu: Right, then Down as needed). */
async function focusRow(page: Page, heading: string, title: string): Promise<void> {
  await waitForText(page, new RegExp(`^${heading}$`));
  if (!/^Card\d+:/.test(await focused(page))) await press(page, 'ArrowRight');
  for (let i = 0; i < 2 && (await focused(page)) !== `Card0:${title}`; i++) await press(page, 'ArrowDown');
  expect(await focused(page)).toBe(`Card0:${title}`);
}

describe('home rows', () => {
  it('continues a movie where it stopped, plays a recent channel, and removes a card', async () => {
    const page = browser.page;
    await signIn(page);
    await waitForText(page, /^TV guide: /, 60000);
    let home = await visibleText(page);
    expect(home).not.toContain('Continue watching');
    expect(home).not.toContain('Recently watched channels');
    // Without rows, Right keeps the focus in the menu.
    await press(page, 'ArrowRight');
    expect(await focused(page)).toBe('LiveTv:Live TV');

    // A movie, watched for a few seconds.
    await openFromMenu(page, 'Movies', 'movies');
    await waitForText(page, /^\d[\d,]* movies$/, 60000);
    const movie = await focusedLabel(page);
    await press(page, 'Enter');
    await waitForRoute(page, /^movie\/\d+$/);
    await waitForText(page, /^Cast: /, 30000);
    await press(page, 'Enter'); // Play
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    await waitUntil(
      () => vod(page),
      (p) => p.state === 'playing' && p.position > 4,
      'the movie to play',
      60000,
    );
    const left = await vod(page);
    await backHome(page);

    await focusRow(page, 'Continue watching', movie);
    home = await waitForText(page, new RegExp(`^${literal(movie)} · 1 min left$`));
    expect(home).toContain('Red: remove');
    expect(home).not.toContain('Recently watched channels');

    // OK resumes at the saved position.
    await press(page, 'Enter');
    await waitForRoute(page, `watch/movie/${left.id}`);
    const resumed = await waitUntil(
      () => vod(page),
      (p) => p.state === 'playing',
      'the movie to resume',
      60000,
    );
    expect(resumed.id).toBe(left.id);
    expect(resumed.position).toBeGreaterThanOrEqual(left.position - 2);
    await backHome(page);

    // An episode, watched for a few seconds: it comes first, under its series' name, and OK resumes it.
    await waitForText(page, /^Continue watching$/);
    await press(page, 'ArrowLeft'); // back to the menu
    await openFromMenu(page, 'Series', 'series');
    await waitForText(page, /^\d[\d,]* series$/, 60000);
    const series = await focusedLabel(page);
    await press(page, 'Enter');
    await waitForRoute(page, /^series\/\d+$/);
    await waitForText(page, /^Season \d+$/, 30000);
    await press(page, 'ArrowDown', 2); // the season tabs, then the episodes
    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/episode\/\d+$/);
    await waitUntil(
      () => vod(page),
      (p) => p.state === 'playing' && p.position > 4,
      'the episode to play',
      60000,
    );
    const episode = await vod(page);
    await backHome(page);
    await waitForText(page, new RegExp(`^${literal(series)} · S\\d+ E\\d+ · .+ · 1 min left$`), 30000);
    await focusRow(page, 'Continue watching', series);
    await press(page, 'ArrowRight');
    expect(await focused(page)).toBe(`Card1:${movie}`);
    await press(page, 'ArrowLeft');
    await press(page, 'Enter');
    await waitForRoute(page, `watch/episode/${episode.id}`);
    const again = await waitUntil(
      () => vod(page),
      (p) => p.state === 'playing',
      'the episode to resume',
      60000,
    );
    expect(again.id).toBe(episode.id);
    expect(again.position).toBeGreaterThanOrEqual(episode.position - 2);
    await backHome(page);

    // A channel, played full screen from Live TV.
    await waitForText(page, /^Continue watching$/);
    await press(page, 'ArrowLeft'); // back to the menu
    await openFromMenu(page, 'LiveTv', 'live');
    await waitForText(page, /^All channels$/);
    await press(page, 'ArrowDown', 3); // the first provider category
    const category = (await focused(page)).replace(/^Row\d+:/, '');
    await waitForText(page, new RegExp(`^${category} · \\d+ channels$`));
    await press(page, 'ArrowRight');
    await press(page, 'ArrowDown');
    const channel = await focusedLabel(page);
    await press(page, 'Enter');
    await waitForRoute(page, /^play\//);
    await waitUntil(
      () => probe<{ channelName: string | null }>(page, 'player.live'),
      (p) => p !== undefined && p.channelName === channel,
      'the channel to play',
      60000,
    );
    await backHome(page);

    // Both rows.
    await waitForText(page, /^Recently watched channels$/);
    expect(await visibleText(page)).toContain('Continue watching');
    await focusRow(page, 'Continue watching', series);
    await page.waitForTimeout(1500); // posters and logos arrive
    await screenshot(page, 'home-rows', 'home-rows');

    // Red on the movie asks first; Remove forgets it (then the episode; the row goes).
    await press(page, 'ArrowRight');
    expect(await focused(page)).toBe(`Card1:${movie}`);
    await press(page, 'F1');
    await waitForText(page, new RegExp(`^Remove “${literal(movie)}” from Continue watching\\?$`));
    await screenshot(page, 'home-rows-remove');
    await press(page, 'ArrowRight');
    await press(page, 'Enter');
    await waitForText(page, new RegExp(`^Removed “${literal(movie)}”\\.$`));
    expect(await focused(page)).toBe(`Card0:${series}`);
    await press(page, 'F1');
    await press(page, 'Enter'); // Keep has the focus first: nothing changes
    expect(await focused(page)).toBe(`Card0:${series}`);
    await press(page, 'F1');
    await press(page, 'ArrowRight');
    await press(page, 'Enter');
    await waitUntil(
      () => visibleText(page),
      (texts) => !texts.includes('Continue watching'),
      'the row to go',
    );

    // OK on the channel plays it full screen.
    await focusRow(page, 'Recently watched channels', channel);
    await press(page, 'Enter');
    await waitForRoute(page, /^play\/recent\/\d+$/);
    await waitUntil(
      () => probe<{ channelName: string | null; state: string }>(page, 'player.live'),
      (p) => p !== undefined && p.channelName === channel && p.state === 'playing',
      'the recent channel to play',
      60000,
    );
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});
