/**
 * Scrolling the poster grids with a held key, as a viewer holds Down on the remote: in the grid of all 150,000
 * movies and of all 10,000 series, Down held 5 s, then Channel Down (a page of rows per key) held 5 s, keydowns
 * repeating at 30/s (DevTools input with autoRepeat), CPU throttled ×4, Lightning on the 2D canvas. Budget: frame
 * time p95 ≤ 16.7 ms (rAF deltas taken in the page) and no key lost (keydowns sent = rows, or pages, the focus moved
 * through, from the probe `library.grid`).
 */
import { Figures, machine, type Report } from './support';
import { FRAME_BUDGET_MS, holdAndRecord, idleFrames, reportFrames } from './ui/hold';
import type { BenchKey } from './ui/keys';
import { startUiLab, throttle, uiSettings, type AppPage } from './ui/lab';
import { GRID_COLUMNS, openPosterGrid, waitForQuietStore, type PosterGridScreen } from './ui/library';
import { signIn, waitForSearchIndex } from './ui/session';

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(
    report,
    `poster-scroll (CPU ×${uiSettings().cpuRate}, frame budget ${FRAME_BUDGET_MS} ms)`,
  );
  const lab = await startUiLab();
  try {
    const app = await lab.openFresh();
    await signIn(app.page, lab);
    // The background loads (catalogue, then guide) would otherwise run during the measurement.
    await waitForQuietStore(app.page);
    // The search index is built while the app rests after the loads: background work too.
    const index = await waitForSearchIndex(app.page);
    if (index) figures.add('search index built ahead', index.seconds, 's', undefined, { documents: index.documents });
    // Both grids once at full speed: the lists are read from the store before the measured part begins.
    for (const kind of ['movies', 'series'] as const) await openPosterGrid(app.page, kind);
    await throttle(app);
    for (const kind of ['movies', 'series'] as const) await scrollGrid(app, figures, kind);
    const pageErrors = app.errors.filter((e) => e.startsWith('page:'));
    if (pageErrors.length) figures.note('page errors', pageErrors.slice(0, 3).join(' | '));
  } finally {
    await lab.close().catch((error: unknown) => process.stderr.write(`closing: ${String(error)}\n`));
  }
  figures.print();
  report('load average after', 1, 'info', { loadAverage: uiSettings().loadAverage });
}

async function scrollGrid(app: AppPage, figures: Figures, kind: 'movies' | 'series'): Promise<void> {
  const grid = await openPosterGrid(app.page, kind);
  const length = (await grid.read()).length;
  figures.note(`${kind} grid`, `${length} titles, ${(await grid.read()).cards} cards`);
  reportFrames(figures, `${kind} idle`, await idleFrames(app));
  await hold(app, figures, grid, kind, 'ArrowDown', GRID_COLUMNS);
  await hold(app, figures, grid, kind, 'PageDown', GRID_COLUMNS * grid.visibleRows);
}

/** Holds `key`; each keydown should move the focus `step` titles on (a row, or a page of rows). */
async function hold(
  app: AppPage,
  figures: Figures,
  grid: PosterGridScreen,
  kind: string,
  key: BenchKey,
  step: number,
): Promise<void> {
  const label = `${kind} ${key === 'ArrowDown' ? 'Down' : 'Channel Down'}`;
  const before = await grid.read();
  const held = await holdAndRecord(app, key);
  // Keys still queued behind a busy frame are handled after the hold; give them a moment before counting.
  await app.page.waitForTimeout(1500);
  const after = await grid.read();
  reportFrames(figures, label, held.deltas);
  figures.add(`${label} keys reached the page`, held.arrived, 'keys', undefined, { sent: held.sent });
  const moved = Math.round((after.focusedIndex - before.focusedIndex) / step);
  const lastStep = Math.floor((before.length - 1 - before.focusedIndex) / step);
  if (moved >= lastStep) figures.note(`${label} keys lost`, `unknown: the grid reached its end (${moved} steps)`);
  else figures.add(`${label} keys lost`, held.sent - moved, 'keys', 0, { moved, from: before.focusedIndex });
  await app.page.waitForTimeout(500);
}
