/**
 * The movie and series journeys walked with remote keys only (arrows, OK, Back, in the production ES5 build in
 * Chromium): a movie opened from its poster, played, left with Back and resumed at the saved position, also after
 * the app restarts, and started over; a series episode played to its end, the countdown to the next episode
 * cancelled with Back, then an episode left to roll into the next one, and OK playing the next one at once. Against
 * our provider server (a 12-second clip behind every title) and the emulator server.
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

interface VodProbe {
  kind?: string;
  id?: string;
  state: string;
  position: number;
  duration: number;
}

beforeAll(async () => {
  // The saved account and positions survive a reload (the app restarting) within this browser.
  ({ provider, emulator, browser } = await openStage({ keepStorage: true }));
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

function player(page: Page): Promise<VodProbe> {
  return probe<VodProbe>(page, 'vod.player').then((p) => p ?? { state: 'none', position: 0, duration: 0 });
}

/** The label of the focused element (`Ref:label` → label). */
async function focusedLabel(page: Page): Promise<string> {
  return (await focused(page)).replace(/^[^:]*:/, '');
}

/** Moves the focus with `key` until `accept` likes it (at most `limit` presses); fails with what was focused. */
async function pressUntil(page: Page, key: string, accept: (focus: string) => boolean, limit = 12): Promise<string> {
  let focus = await focused(page);
  for (let i = 0; i < limit && !accept(focus); i++) {
    await press(page, key);
    focus = await focused(page);
  }
  if (!accept(focus)) throw new Error(`${key} did not reach the wanted element; focused: ${focus}`);
  return focus;
}

/** Signs in with the demo account: the sign-in page's demo entry, or the fields typed on the keyboard. */
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
  await pressUntil(page, 'ArrowDown', (f) => /^Connect\b/.test(f), 4);
  await press(page, 'Enter');
  await waitForRoute(page, 'home', 60000);
}

/** From anywhere in the app back to home with Back, then OK on the menu entry `ref` (Movies, Series). */
async function openFromHome(page: Page, ref: string, expectRoute: string): Promise<void> {
  for (let i = 0; i < 6 && (await route(page)) !== 'home'; i++) await press(page, 'Escape');
  await waitForRoute(page, 'home');
  await waitUntil(
    () => focused(page),
    (f) => f !== '',
    'the home page to take the focus',
  );
  // The menu is a column on the left; from the rows, Left goes back to it.
  await press(page, 'ArrowLeft');
  await pressUntil(page, 'ArrowUp', (f) => f.startsWith('LiveTv'));
  await pressUntil(page, 'ArrowDown', (f) => f.startsWith(ref));
  await press(page, 'Enter');
  await waitForRoute(page, expectRoute);
}

/** Waits until the movie or episode plays and its position moved past `atLeast` seconds. */
async function playsPast(page: Page, atLeast: number, what: string): Promise<{ time: number; frames: number }> {
  return waitUntil(
    () => video(page),
    (v) => v.frames > 0 && v.time > atLeast,
    what,
    60000,
  );
}

describe('movie and series journeys by remote keys', () => {
  it('opens a movie, plays it, leaves and resumes at the saved position, also after a restart', async () => {
    const page = browser.page;
    await signIn(page);
    await openFromHome(page, 'Movies', 'movies');
    await waitForText(page, /^\d[\d,]* movies$/, 60000);
    await waitUntil(
      () => focused(page),
      (f) => /^Card\d+:/.test(f),
      'a focused poster',
    );

    // A title off the first row and column: one row down, one poster right.
    await press(page, 'ArrowDown');
    await press(page, 'ArrowRight');
    const title = await focusedLabel(page);
    await press(page, 'Enter');
    const details = await waitForRoute(page, /^movie\/\d+$/);
    expect(await waitForText(page, /^Cast: /, 30000)).toContain(title);
    expect(await focused(page)).toBe('Button_play:Play');

    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    const started = await playsPast(page, 0.5, 'the movie to play');
    await playsPast(page, started.time + 4, 'the movie to play on for four seconds');
    expect((await player(page)).id).toBe(details.replace('movie/', ''));

    await press(page, 'Escape');
    await waitForRoute(page, details);
    const texts = await waitForText(page, /^Resume from 0:\d\d$/);
    const label = texts.find((t) => t.startsWith('Resume from')) as string;
    const saved = Number(label.slice(-2));
    expect(saved).toBeGreaterThanOrEqual(4);
    expect(texts).toContain('Start over');
    expect(await focused(page)).toBe(`Button_resume:${label}`);

    // Resume plays from the saved position.
    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    const resumed = await playsPast(page, 0, 'the movie to play again');
    expect(resumed.time).toBeGreaterThanOrEqual(saved - 1);
    await press(page, 'Escape');
    await waitForRoute(page, details);
    await waitForText(page, /^Resume from 0:\d\d$/);

    // The position is stored: after a restart the same walk finds Resume on the same movie.
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'home', 60000);
    await openFromHome(page, 'Movies', 'movies');
    await waitUntil(
      () => probe<{ length: number }>(page, 'library.grid'),
      (grid) => grid !== undefined && grid.length > 0,
      'the movies after the restart',
      60000,
    );
    // While the movies were still loading the page may have put the focus on the categories: Right goes to the grid.
    if (/^Row\d+:/.test(await focused(page))) await press(page, 'ArrowRight');
    await waitUntil(
      () => focused(page),
      (f) => /^Card\d+:/.test(f),
      'a focused poster after the restart',
    );
    await press(page, 'ArrowDown');
    await press(page, 'ArrowRight');
    expect(await focusedLabel(page)).toBe(title);
    await press(page, 'Enter');
    await waitForRoute(page, details);
    const restarted = await waitForText(page, /^Resume from 0:\d\d$/);
    const after = Number((restarted.find((t) => t.startsWith('Resume from')) as string).slice(-2));
    expect(after).toBeGreaterThanOrEqual(saved);

    // Start over plays from the beginning.
    await pressUntil(page, 'ArrowRight', (f) => f === 'Button_start:Start over', 2);
    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/movie\/\d+$/);
    const over = await playsPast(page, 0, 'the movie to start over');
    expect(over.time).toBeLessThan(after - 1);
    await press(page, 'Escape');
    await waitForRoute(page, details);
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('plays an episode to its end, cancels the countdown, then rolls into the next episodes', async () => {
    const page = browser.page;
    await openFromHome(page, 'Series', 'series');
    await waitForText(page, /^\d[\d,]* series$/, 60000);

    // The first series whose first season has at least three episodes.
    let inSeason = 0;
    for (let attempt = 0; attempt < 8 && inSeason < 3; attempt++) {
      if (attempt > 0) {
        await press(page, 'Escape');
        await waitForRoute(page, 'series');
        await press(page, 'ArrowRight');
      }
      await press(page, 'Enter');
      await waitForRoute(page, /^series\/\d+$/);
      await waitForText(page, /^Season \d+$/, 30000);
      inSeason = await episodesInSeason(page);
    }
    expect(inSeason).toBeGreaterThanOrEqual(3);
    const seriesRoute = await route(page);
    await press(page, 'ArrowDown'); // the season tabs
    await press(page, 'ArrowDown'); // the episodes
    expect(await focusedLabel(page)).toMatch(/^1\. /);

    // Episode 1 to its end (Right seeks 10 s into the 12-second clip), then Back cancels the countdown.
    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/episode\/\d+$/);
    await playsPast(page, 0.5, 'the first episode to play');
    const first = await player(page);
    await press(page, 'ArrowRight');
    await waitForText(page, /^Next episode in \d+ s$/, 30000);
    await press(page, 'Escape');
    expect(await waitForText(page, /^Finished\.$/)).toContain('Back: return to the details');
    // Longer than the countdown would have run: nothing else started.
    await page.waitForTimeout(12000);
    expect(await player(page)).toMatchObject({ id: first.id, kind: 'episode' });
    expect(await route(page)).toBe(`watch/episode/${first.id}`);
    await screenshot(page, 'vod-countdown-cancelled');

    // Back to the series: episode 1 is marked watched, and Play offers episode 2.
    await press(page, 'Escape');
    await waitForRoute(page, seriesRoute);
    await waitForText(page, /✓ Watched/);
    await pressUntil(page, 'ArrowUp', (f) => f.startsWith('Button_'), 3);
    await pressUntil(page, 'ArrowLeft', (f) => f.startsWith('Button_play:'), 2);
    expect(await focusedLabel(page)).toMatch(/^Play S\d+ E2$/);

    // Episode 2 to its end, left alone: the countdown runs out and episode 3 plays.
    await press(page, 'Enter');
    await waitForRoute(page, /^watch\/episode\/\d+$/);
    await playsPast(page, 0.5, 'the second episode to play');
    const second = await player(page);
    expect(second.id).not.toBe(first.id);
    await press(page, 'ArrowRight');
    await waitForText(page, /^Next episode in \d+ s$/, 30000);
    const third = await waitUntil(
      () => player(page),
      (p) => p.id !== second.id && p.state === 'playing' && p.position > 0.5,
      'the third episode to play after the countdown',
      40000,
    );
    expect(third.kind).toBe('episode');
    expect(third.id).not.toBe(first.id);

    // At the end of episode 3, OK skips the countdown when there is a next one; otherwise the series is finished.
    await press(page, 'ArrowRight');
    const end = await waitForText(page, /^Next episode in \d+ s$|^Finished\.$/, 30000);
    if (end.some((t) => /^Next episode in/.test(t))) {
      await press(page, 'Enter');
      const fourth = await waitUntil(
        () => player(page),
        (p) => p.id !== third.id && p.state === 'playing',
        'the fourth episode after OK',
        30000,
      );
      expect(fourth.kind).toBe('episode');
    }
    await press(page, 'Escape');
    await waitForRoute(page, seriesRoute);
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});

/** Episodes listed for the season shown (the page's list rows are "N. Title"). */
async function episodesInSeason(page: Page): Promise<number> {
  const texts = await waitForText(page, /^\d+\. /, 30000);
  return texts.filter((t) => /^\d+\. /.test(t)).length;
}
