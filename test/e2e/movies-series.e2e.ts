/**
 * Movies and series in the production (ES5) build running in Chromium, by key presses from the home page's menu:
 * the poster grid and its sort key, a movie's details page, playing it, leaving with Back and resuming at the saved
 * position; a series page with its seasons and episodes, an episode played to its end, the countdown, and the next
 * episode playing. Against our provider server (a 12-second clip behind every title) and the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import { focused, press, probe, route, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

interface GridProbe {
  focusedIndex: number;
  length: number;
  cards: number;
}

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

/** The `<video>` element's position and decoded frames. */
function video(page: Page): Promise<{ time: number; frames: number }> {
  return page.evaluate(() => {
    const element = document.querySelector('video');
    if (!element) return { time: 0, frames: 0 };
    return { time: element.currentTime, frames: element.getVideoPlaybackQuality().totalVideoFrames };
  });
}

/** Signs in as demo/demo with the keyboard, as the login test does. */
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

/**
 * Opens a library page from the home page's menu by key presses (the entry whose element is `ref`); if the menu has
 * no such entry, goes there by address instead and says so in the result.
 */
async function openFromHome(page: Page, ref: string, hash: string): Promise<'menu' | 'address'> {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 10 && !(await focused(page)).startsWith(ref); i++) await press(page, key);
  }
  if ((await focused(page)).startsWith(ref)) {
    await press(page, 'Enter');
    await waitForRoute(page, hash);
    return 'menu';
  }
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await waitForRoute(page, hash);
  return 'address';
}

/** The label of the focused element (`Ref:label` → label). */
async function focusedLabel(page: Page): Promise<string> {
  return (await focused(page)).replace(/^[^:]*:/, '');
}

describe('movies and series', () => {
  it('browses movies, plays one, leaves with Back and resumes at the saved position', async () => {
    const page = browser.page;
    await signIn(page);
    expect(await openFromHome(page, 'Movies', 'movies')).toBe('menu');
    await waitForText(page, /^\d[\d,]* movies$/, 60000);
    const grid = (await probe<GridProbe>(page, 'library.grid')) as GridProbe;
    expect(grid.length).toBeGreaterThan(30);
    expect(grid.cards).toBeLessThanOrEqual(30);
    expect(grid.focusedIndex).toBe(0);
    expect(await waitForText(page, /^Sort: Recently added$/)).toContain('Yellow: change sort');

    // Moving in the grid: two posters right, three rows down (six posters a row); the pool of cards stays.
    await press(page, 'ArrowRight', 2);
    await press(page, 'ArrowDown', 3);
    const moved = (await probe<GridProbe>(page, 'library.grid')) as GridProbe;
    expect(moved.focusedIndex).toBe(2 + 3 * 6);
    expect(moved.cards).toBe(grid.cards);

    // The sort key cycles the order; the focused title stays focused.
    const before = await focusedLabel(page);
    await press(page, 'F3');
    await waitForText(page, /^Sort: A–Z$/);
    expect(await focusedLabel(page)).toBe(before);
    expect(((await probe<GridProbe>(page, 'library.grid')) as GridProbe).length).toBe(grid.length);
    await page.waitForTimeout(1200); // posters arrive
    await screenshot(page, 'movies-grid', 'movies');

    // Left from the first column goes to the category rail, Right comes back.
    const column = ((await probe<GridProbe>(page, 'library.grid')) as GridProbe).focusedIndex % 6;
    await press(page, 'ArrowLeft', column + 1);
    expect(await focused(page)).toMatch(/^Row\d+:All$/);
    await press(page, 'ArrowRight');
    expect(await focused(page)).toMatch(/^Card\d+:/);

    const title = await focusedLabel(page);
    await press(page, 'Enter');
    const detailsRoute = await waitForRoute(page, /^movie\/\d+$/);
    const texts = await waitForText(page, /^Cast: /, 30000);
    expect(texts).toContain(title);
    expect(await focused(page)).toBe('Button_play:Play');
    await page.waitForTimeout(800);
    await screenshot(page, 'movie-details', 'movie-details');

    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    const started = await waitUntil(
      () => video(page),
      (v) => v.frames > 0 && v.time > 0.5,
      'the movie to play',
      60000,
    );
    await waitUntil(
      () => video(page),
      (v) => v.time > started.time + 3,
      'the movie position to advance',
    );
    await press(page, 'ArrowUp'); // shows the transport bar
    await waitForText(page, /^0:0\d \/ 0:1\d$/);
    const playing = (await probe<VodProbe>(page, 'vod.player')) as VodProbe;
    expect(playing.kind).toBe('movie');
    expect(detailsRoute).toBe(`movie/${playing.id}`);
    await screenshot(page, 'vod-player', 'vod-player');

    await press(page, 'Escape');
    await waitForRoute(page, detailsRoute);
    const resume = await waitForText(page, /^Resume from 0:\d\d$/);
    const label = resume.find((t) => t.startsWith('Resume from')) as string;
    const saved = Number(label.slice(label.length - 2));
    expect(saved).toBeGreaterThanOrEqual(3);
    expect(resume).toContain('Start over');
    expect(await focused(page)).toBe(`Button_resume:${label}`);
    await screenshot(page, 'movie-details-resume');

    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    const resumed = await waitUntil(
      () => video(page),
      (v) => v.frames > 0 && v.time > 0,
      'the movie to play again',
      60000,
    );
    expect(resumed.time).toBeGreaterThanOrEqual(saved - 2);
    await press(page, 'Escape');
    await waitForRoute(page, detailsRoute);
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('opens a series, plays an episode to its end and rolls into the next after the countdown', async () => {
    const page = browser.page;
    for (let i = 0; i < 4 && (await route(page)) !== 'home'; i++) await press(page, 'Escape');
    await waitForRoute(page, 'home');
    expect(await openFromHome(page, 'Series', 'series')).toBe('menu');
    await waitForText(page, /^\d[\d,]* series$/, 60000);

    // The first series with at least two episodes.
    let episodes = 0;
    for (let attempt = 0; attempt < 6 && episodes < 2; attempt++) {
      if (attempt > 0) {
        await press(page, 'Escape');
        await waitForRoute(page, 'series');
        await press(page, 'ArrowRight');
      }
      await press(page, 'Enter');
      await waitForRoute(page, /^series\/\d+$/);
      const meta = await waitForText(page, /\d+ episodes?$/, 30000);
      const line = meta.find((t) => /\d+ episodes?$/.test(t)) as string;
      episodes = Number(/(\d+) episodes?$/.exec(line)![1]);
    }
    expect(episodes).toBeGreaterThanOrEqual(2);
    const seriesRoute = await route(page);
    await waitForText(page, /^Season \d+$/);
    await press(page, 'ArrowDown'); // the season tabs
    expect(await focused(page)).toMatch(/^Element:Season \d+$|:Season \d+$/);
    await press(page, 'ArrowDown'); // the episodes
    const first = await focusedLabel(page);
    expect(first).toMatch(/^\d+\. /);
    await page.waitForTimeout(800);
    await screenshot(page, 'series-details', 'series-details');

    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/episode\/\d+$/);
    await waitUntil(
      () => video(page),
      (v) => v.frames > 0 && v.time > 0.5,
      'the episode to play',
      60000,
    );
    const firstEpisode = (await probe<VodProbe>(page, 'vod.player')) as VodProbe;
    expect(firstEpisode.kind).toBe('episode');

    // Seek near the end: the episode ends, the countdown runs, then the next episode plays.
    await press(page, 'ArrowRight');
    const countdown = await waitForText(page, /^Next episode in \d+ s$/, 30000);
    expect(countdown).toContain('OK: play now   Back: cancel');
    await screenshot(page, 'vod-countdown', 'vod-countdown');
    const next = await waitUntil(
      async () => (await probe<VodProbe>(page, 'vod.player')) as VodProbe,
      (p) => p.id !== firstEpisode.id && p.state === 'playing' && p.position > 0.5,
      'the next episode to play',
      40000,
    );
    expect(next.kind).toBe('episode');

    // Back to the series: the finished episode carries its watched mark.
    await press(page, 'Escape');
    await waitForRoute(page, seriesRoute);
    await waitForText(page, /✓ Watched/);
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});
