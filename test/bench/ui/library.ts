/**
 * The movie and series screens the benches measure: the poster grid of all titles of a kind (it reports itself
 * through the probe `library.grid`: {focusedIndex, length, cards}) and the details pages (probe `library.details`:
 * {kind, id, title, drawn}, `drawn` once the title's text is rendered on screen).
 */
import type { Page } from 'playwright-core';
import { focused, press, probe, waitUntil } from '../../e2e/support/app';
import { cacheKeys, currentRoute, goToRoute } from './session';

/** The grid's own report. */
export interface GridProbe {
  focusedIndex: number;
  length: number;
  /** Card components that exist (the pool). */
  cards: number;
}

/** A details page's own report. */
export interface DetailsProbe {
  kind: 'movie' | 'series';
  id: string;
  title: string;
  drawn: boolean;
}

/** The grid's columns (six posters a row at 1920 px; see PosterGrid). */
export const GRID_COLUMNS = 6;

/** How a bench reads the grid it scrolls. */
export interface PosterGridScreen {
  read(): Promise<GridProbe>;
  /** Rows fully on screen: the pool is those plus one row of margin above, one below and one partly shown. */
  visibleRows: number;
}

export function readGrid(page: Page): Promise<GridProbe | undefined> {
  return probe<GridProbe>(page, 'library.grid');
}

/**
 * Opens the grid of `kind` ("movies" or "series", All categories; the title the page remembers) and waits until a
 * poster has the focus. Goes by address: the benches measure the grid, not the way there.
 */
export async function openPosterGrid(page: Page, kind: 'movies' | 'series'): Promise<PosterGridScreen> {
  await goToRoute(page, kind);
  const read = async () => ({
    grid: await readGrid(page),
    focus: await focused(page),
    route: await currentRoute(page),
  });
  let ready = await waitUntil(
    read,
    (s) => s.route === kind && s.grid !== undefined && s.grid.length > 0,
    `the titles of the grid at #${kind}`,
    600000,
  );
  // A page that showed its categories while the titles were loading keeps the focus there: Right enters the grid.
  if (/^Row\d+:/.test(ready.focus)) await press(page, 'ArrowRight');
  ready = await waitUntil(read, (s) => /^Card\d+:/.test(s.focus), `a focused poster at #${kind}`, 30000);
  const grid = ready.grid as GridProbe;
  await page.waitForTimeout(1500);
  return {
    read: async () => {
      const read = await readGrid(page);
      if (!read) throw new Error('the library.grid probe went away');
      return read;
    },
    visibleRows: Math.round(grid.cards / GRID_COLUMNS) - 3,
  };
}

/** The focused poster's title (`Card12:Title` → Title). */
export async function focusedTitle(page: Page): Promise<string> {
  return (await focused(page)).replace(/^[^:]*:/, '');
}

/** The details page's report, undefined when none is open. */
export function readDetails(page: Page): Promise<DetailsProbe | undefined> {
  return probe<DetailsProbe>(page, 'library.details');
}

/**
 * Waits until the account's data is stored and the background loads are over: the guide is in the cache and the
 * cache's keys (lists are stored in chunks, the head last) stop changing for `quietMs`. Independent of how the
 * lists are laid out in the cache.
 */
export async function waitForQuietStore(page: Page, quietMs = 15000, timeoutMs = 900000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const keys = (await cacheKeys(page)).filter((key) => key.indexOf('cache:') === 0).sort();
    const now = Date.now();
    const state = keys.join('|');
    if (state !== last) {
      last = state;
      since = now;
    }
    const guide = keys.some((key) => key.indexOf(':guide:') > 0);
    if (guide && now - since >= quietMs) return;
    if (now > deadline) throw new Error(`the store did not settle (${keys.length} keys, guide: ${guide})`);
    await page.waitForTimeout(2000);
  }
}
