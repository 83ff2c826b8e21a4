/**
 * Opening a details page: OK on a poster of the grid (150,000 movies, 10,000 series) to the end of the first frame
 * that shows the title on the details page, measured in the page (see ui/openTiming.ts). Each of `DETAILS_TITLES`
 * (8) titles is opened three times: first (the details call goes out), again after Back (details cached), and again
 * with the browser offline (`Network.emulateNetworkConditions`: nothing but the cache and memory can answer). CPU
 * throttled ×4, Lightning on the 2D canvas. Budget: first paint ≤ 300 ms when cached (second and offline opens).
 */
import { Figures, machine, median, percentile, type Report } from './support';
import { pressKey } from './ui/keys';
import { startUiLab, throttle, uiSettings, type AppPage } from './ui/lab';
import { focusedTitle, GRID_COLUMNS, openPosterGrid, readDetails, waitForQuietStore } from './ui/library';
import { openSamples, startOpenTiming, stopOpenTiming, type OpenSample } from './ui/openTiming';
import { currentRoute, signIn } from './ui/session';
import { focused, waitUntil } from '../e2e/support/app';

const TITLES = Number(process.env.DETAILS_TITLES ?? 8);
const BUDGET_MS = 300;
/** The three opens of each title. */
const PASSES = ['first', 'cached', 'offline'] as const;
type Pass = (typeof PASSES)[number];

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(report, `details (CPU ×${uiSettings().cpuRate}, OK on a poster → title drawn)`);
  const lab = await startUiLab();
  try {
    const app = await lab.openFresh();
    await signIn(app.page, lab);
    await waitForQuietStore(app.page);
    // Both grids once at full speed: the lists are read from the store before the measured part begins.
    for (const kind of ['movies', 'series'] as const) await openPosterGrid(app.page, kind);
    await throttle(app);
    await app.cdp.send('Network.enable');
    for (const kind of ['movies', 'series'] as const) await openTitles(app, figures, kind);
    const pageErrors = app.errors.filter((e) => e.startsWith('page:'));
    if (pageErrors.length) figures.note('page errors', pageErrors.slice(0, 3).join(' | '));
  } finally {
    await lab.close().catch((error: unknown) => process.stderr.write(`closing: ${String(error)}\n`));
  }
  figures.print();
  report('load average after', 1, 'info', { loadAverage: uiSettings().loadAverage });
}

async function openTitles(app: AppPage, figures: Figures, kind: 'movies' | 'series'): Promise<void> {
  const page = app.page;
  await openPosterGrid(page, kind);
  await startOpenTiming(page);
  const byPass: Record<Pass, number[]> = { first: [], cached: [], offline: [] };
  let timedOut = 0;
  for (let i = 0; i < TITLES; i++) {
    // A title of its own each time: along the first row, then the rows below.
    await pressKey(app.cdp, i % GRID_COLUMNS === GRID_COLUMNS - 1 ? 'ArrowDown' : 'ArrowRight');
    await page.waitForTimeout(800);
    const title = await focusedTitle(page);
    for (const pass of PASSES) {
      await setOffline(app, pass === 'offline');
      const sample = await openOnce(app, kind, title);
      if (sample) byPass[pass].push(sample.ms);
      else timedOut++;
      await setOffline(app, false);
    }
  }
  await stopOpenTiming(page);
  for (const pass of PASSES) {
    const samples = byPass[pass];
    if (samples.length === 0) continue;
    const label = `${kind} ${pass}`;
    figures.add(`${label} p50`, median(samples), 'ms');
    figures.add(`${label} p95`, percentile(samples, 95), 'ms', pass === 'first' ? undefined : BUDGET_MS, {
      opens: samples.length,
    });
    figures.add(`${label} max`, Math.max(...samples), 'ms');
  }
  if (timedOut) figures.note(`${kind} opens without a drawn title`, `${timedOut} of ${TITLES * PASSES.length}`);
}

async function setOffline(app: AppPage, offline: boolean): Promise<void> {
  await app.cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

/** OK on the focused poster, waits for the drawn title, lets the page settle, then Back to the grid. */
async function openOnce(app: AppPage, kind: string, title: string): Promise<OpenSample | undefined> {
  const page = app.page;
  const start = await openSamples(page);
  const before = start.samples.length;
  await pressKey(app.cdp, 'Enter');
  const seen = await waitUntil(
    () => openSamples(page),
    (s) => s.samples.length > before || s.timedOut > start.timedOut,
    `the details page of "${title}"`,
    60000,
  );
  const sample = seen.samples[before];
  if (sample && sample.title !== title) throw new Error(`opened "${sample.title}", not "${title}"`);
  // The details call answers and is stored before the next open counts as cached.
  await page.waitForTimeout(1500);
  const details = await readDetails(page);
  if (!details) throw new Error(`no details page after OK on "${title}" (route ${await currentRoute(page)})`);
  await pressKey(app.cdp, 'Escape');
  await waitUntil(
    async () => ({ route: await currentRoute(page), focus: await focused(page) }),
    (s) => s.route === kind && /^Card\d+:/.test(s.focus),
    `the ${kind} grid after Back`,
    30000,
  );
  await page.waitForTimeout(600);
  return sample;
}
