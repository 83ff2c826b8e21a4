/**
 * Search in the production (ES5) build running in Chromium, by key presses only, against our provider: the index is
 * built on the home page before Search opens, so the first keystroke finds channels; type "news" on the on-screen
 * keyboard (arrows and OK), read the grouped results (channels and guide programmes), play a channel full screen,
 * come back, play the programme on air and a past one from the archive; then type on the physical keyboard and open
 * a movie's page. The recent searches are still there after a restart, until "Clear recent searches".
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import { HOME_KEY, searchKeyboardRows } from '../../src/ui/components/keyboardLayout';
import { HOME_MENU } from '../../src/ui/home/menu';
import type { RunningProvider } from '../provider/server';
import {
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
import { screenshot, type BrowserSession } from './support/browser';
import { typeOnKeyboard } from './support/keyboard';
import { closeStage, openStage } from './support/stage';

/** What the search page reports (src/ui/pages/SearchPage.ts). */
interface SearchProbe {
  query: string;
  shownQuery: string | null;
  area: 'keyboard' | 'results';
  entries: number;
  groups: string[];
  indexed: number;
  indexDone: boolean;
  searches: number;
}

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

beforeAll(async () => {
  // The recent searches must survive the app restarting in this browser.
  ({ provider, emulator, browser } = await openStage({ keepStorage: true }));
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

function search(page: Page): Promise<SearchProbe> {
  return probe<SearchProbe>(page, 'search') as Promise<SearchProbe>;
}

/** The search page's keyboard, as the app lays it out. */
const SEARCH_KEYS = searchKeyboardRows({ space: 'Space', delete: 'Delete', clear: 'Clear' });

/** Where the key of `char` is on the on-screen keyboard. */
function keyOf(char: string): { row: number; col: number } {
  const row = SEARCH_KEYS.findIndex((keys) => keys.some((k) => k.label === char));
  return { row, col: SEARCH_KEYS[row].findIndex((k) => k.label === char) };
}

/** From wherever Back leads (Live TV, home), back to the search page through the home menu. */
async function backToSearch(page: Page): Promise<void> {
  for (let i = 0; i < 4 && !['home', 'search'].includes(await route(page)); i++) {
    await press(page, 'Escape');
    await page.waitForTimeout(300);
  }
  if ((await route(page)) === 'search') return;
  await waitForRoute(page, 'home');
  const wanted = HOME_MENU.findIndex((item) => item.ref === 'Search');
  const at = await waitUntil(
    () => focused(page),
    (f) => HOME_MENU.some((item) => f.startsWith(item.ref)),
    'the home menu',
  );
  const current = HOME_MENU.findIndex((item) => at.startsWith(item.ref));
  await press(page, wanted > current ? 'ArrowDown' : 'ArrowUp', Math.abs(wanted - current));
  expect(await focused(page)).toMatch(/^Search\b/);
  await press(page, 'Enter');
  await waitForRoute(page, 'search');
}

/**
 * Moves down the results until the focused row's texts satisfy `accept`; returns them. With `expand`, OK on a "Show
 * more" row opens the rest of its group on the way.
 */
async function downTo(page: Page, accept: (texts: string[]) => boolean, what: string, expand = false) {
  for (let i = 0; i < 80; i++) {
    const texts = await focusedText(page);
    if (accept(texts)) return texts;
    await press(page, expand && texts.includes('Show more') ? 'Enter' : 'ArrowDown');
  }
  throw new Error(`No result row with ${what}`);
}

/** Right from wherever the keyboard's focus is, until the results have it (the keyboard's right edge leads there). */
async function intoResults(page: Page): Promise<void> {
  for (let i = 0; i < 8 && (await search(page)).area !== 'results'; i++) await press(page, 'ArrowRight');
  expect((await search(page)).area).toBe('results');
}

describe('search', () => {
  it('finds "news" as you type and opens a channel, a programme on air and one from the archive', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    await press(page, 'Enter'); // fills the demo account
    await press(page, 'Enter'); // Connect
    await waitForRoute(page, 'home');
    // The index (channels, movies, series, then the guide's programmes) is built on the home page, at rest.
    await waitUntil(
      () => probe<{ done: boolean }>(page, 'searchIndex'),
      (index) => index !== undefined && index.done,
      'the index built before Search opens',
      90000,
    );
    await backToSearch(page);

    // Before typing: a hint, and the index is complete already.
    await waitForText(page, /^Type a few letters/);
    const opened = await search(page);
    expect(opened.indexDone).toBe(true);
    expect(await visibleText(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Still indexing/)]));
    await screenshot(page, 'search-empty');
    await waitUntil(
      () => focused(page),
      (f) => f.endsWith(':a'),
      'the keyboard on "a"',
    );

    // The first keystroke finds channels already.
    await typeOnKeyboard(page, SEARCH_KEYS, 'n', HOME_KEY.search);
    const first = await waitUntil(
      () => search(page),
      (s) => s.shownQuery === 'n',
      'the results for "n"',
    );
    expect(first.groups).toContain('channels');
    expect(first.searches).toBe(1);
    await typeOnKeyboard(page, SEARCH_KEYS, 'ews', keyOf('n'));
    const shown = await waitUntil(
      () => search(page),
      (s) => s.shownQuery === 'news' && s.groups.includes('programmes'),
      'the results for "news"',
      30000,
    );
    expect(shown.groups.slice(0, 2)).toEqual(['channels', 'programmes']);
    const texts = await visibleText(page);
    expect(texts).toContain('news');
    expect(texts.some((t) => /^Channels · \d+$/.test(t))).toBe(true);
    expect(texts.some((t) => /News/.test(t) && !/^Channels/.test(t))).toBe(true);
    await page.waitForTimeout(300);
    await screenshot(page, 'search-results', 'search');

    // Right: into the results, on the first channel. OK plays it full screen.
    await intoResults(page);
    const channel = (await focused(page)).replace(/^Row\d+:/, '');
    expect(channel).toMatch(/News/);
    await press(page, 'Enter');
    await waitForRoute(page, /^play\//);
    const playing = await waitUntil(
      () => probe<{ channelName: string | null }>(page, 'player.live'),
      (p) => p !== undefined && p.channelName === channel,
      'the channel full screen',
    );
    expect(playing!.channelName).toBe(channel);

    // Back, and search again: the query and results are still there.
    await backToSearch(page);
    expect((await search(page)).shownQuery).toBe('news');
    // Right, then the channel key: the programmes, on air first.
    await intoResults(page);
    await press(page, 'PageDown');
    const onAir = await focusedText(page);
    expect(onAir.some((t) => /^On now {2}·/.test(t))).toBe(true);
    const onAirChannel = onAir.find((t) => /^On now/.test(t))!.replace(/^On now {2}· {2}/, '');
    await screenshot(page, 'search-programmes');
    await press(page, 'Enter');
    await waitForRoute(page, /^play\//);
    await waitUntil(
      () => probe<{ channelName: string | null }>(page, 'player.live'),
      (p) => p !== undefined && p.channelName === onAirChannel,
      'the channel of the programme on air',
    );

    // A past programme of a channel with catch-up plays from the archive.
    await backToSearch(page);
    await intoResults(page);
    await press(page, 'PageDown');
    const past = await downTo(page, (t) => t.some((s) => s.startsWith('↺')), 'a catch-up programme', true);
    const title = past.find((t) => !t.startsWith('↺'))!;
    await press(page, 'Enter');
    await waitForRoute(page, /^archive\//);
    await waitUntil(
      () => probe<{ title?: string }>(page, 'archive'),
      (a) => a !== undefined && a.title === title,
      'the archive player on the programme',
    );
    await press(page, 'Escape');
    await waitForRoute(page, 'search');

    // The physical keyboard types too (Backspace deletes); a movie opens its page.
    await press(page, 'ArrowLeft');
    for (let i = 0; i < 4; i++) await press(page, 'Backspace');
    await page.keyboard.type('the last', { delay: 30 });
    const found = await waitUntil(
      () => search(page),
      (s) => s.shownQuery === 'the last' && s.groups.includes('movies'),
      'the results for "the last"',
    );
    await intoResults(page);
    // The channel key jumps group by group to the movies; the first is a name starting with the words typed.
    await press(page, 'PageDown', found.groups.indexOf('movies'));
    expect((await focusedText(page)).some((t) => /^The Last\b/.test(t))).toBe(true);
    await press(page, 'Enter');
    await waitForRoute(page, /^movie\//);

    // Nothing found says so.
    await press(page, 'Escape');
    await waitForRoute(page, 'search');
    await press(page, 'ArrowLeft');
    await page.keyboard.type('qqzx', { delay: 30 });
    await waitForText(page, /^Nothing found for “the lastqqzx”\.$/);
    await screenshot(page, 'search-nothing');

    // An empty field lists the searches a hit was opened from, newest first; OK on one searches it again.
    for (let i = 0; i < 'the lastqqzx'.length; i++) await press(page, 'Backspace');
    await waitForText(page, /^Recent searches$/);
    const recent = await visibleText(page);
    expect(recent.indexOf('the last')).toBeGreaterThan(recent.indexOf('Recent searches'));
    expect(recent.indexOf('news')).toBeGreaterThan(recent.indexOf('the last'));
    await screenshot(page, 'search-recent');
    await intoResults(page);
    await press(page, 'ArrowDown');
    await press(page, 'Enter');
    await waitUntil(
      () => search(page),
      (s) => s.shownQuery === 'news',
      'the recent search again',
    );

    // The recent searches are kept with the account: still there after a restart, until cleared.
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'home', 60000);
    await backToSearch(page);
    await waitForText(page, /^Recent searches$/);
    const kept = await visibleText(page);
    expect(kept.indexOf('the last')).toBeGreaterThan(kept.indexOf('Recent searches'));
    expect(kept.indexOf('news')).toBeGreaterThan(kept.indexOf('the last'));
    expect(kept).toEqual(
      expect.arrayContaining(['Clear recent searches', 'Forgets the searches above on this account']),
    );
    await intoResults(page);
    await downTo(page, (t) => t.includes('Clear recent searches'), 'the row clearing them');
    await screenshot(page, 'search-recent-clear');
    await press(page, 'Enter');
    await waitForText(page, /^Type a few letters/);
    expect(await visibleText(page)).not.toContain('Recent searches');
    expect((await search(page)).area).toBe('keyboard');

    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });
});
