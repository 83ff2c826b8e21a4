/**
 * The app's JS heap with the large catalogue (50,000 channels, 150,000 movies, 10,000 series) and the guide (7 days
 * back, 3 ahead) loaded: `Performance.getMetrics` JSHeapUsedSize after `HeapProfiler.collectGarbage`, on the home
 * page, with the channel list open, with the guide open, and again after a restart that reads everything back from
 * the cache. Budget: ≤ 150 MB at every point.
 */
import { Figures, machine, MB, type Report } from './support';
import { holdKey, pressKey } from './ui/keys';
import { startUiLab, throttle, uiSettings, type AppPage } from './ui/lab';
import { openChannelList, openGuide } from './ui/screens';
import { currentRoute, goToRoute, signIn, stored, waitForSearchIndex, waitForStored } from './ui/session';
import { waitUntil } from '../e2e/support/app';

const BUDGET_MB = 150;

/** JS heap in use after two full collections, and the heap's size, in bytes. */
async function settledHeap(app: AppPage): Promise<{ used: number; total: number; nodes: number }> {
  await app.cdp.send('HeapProfiler.enable');
  await app.cdp.send('HeapProfiler.collectGarbage');
  await app.cdp.send('HeapProfiler.collectGarbage');
  await app.cdp.send('Performance.enable');
  const { metrics } = await app.cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize'), nodes: value('Nodes') };
}

async function point(app: AppPage, figures: Figures, label: string): Promise<void> {
  const heap = await settledHeap(app);
  figures.add(`${label}: JS heap used`, heap.used / MB, 'MB', BUDGET_MB, {
    heapTotalMB: Math.round((heap.total / MB) * 10) / 10,
    route: await currentRoute(app.page),
  });
}

/** Visits the screens that hold the most: the list of all channels (scrolled) and the guide. */
async function visitScreens(app: AppPage, figures: Figures, prefix: string): Promise<void> {
  const list = await openChannelList(app.page, app.cdp).catch((error: unknown) => {
    figures.note(`${prefix}channel list`, `not measured: ${String(error)}`);
    return undefined;
  });
  if (list) {
    await holdKey(app.cdp, 'ArrowDown', 3000);
    await app.page.waitForTimeout(1500);
    await point(app, figures, `${prefix}channel list`);
  }
  if (await openGuide(app.page)) {
    await holdKey(app.cdp, 'ArrowDown', 2000);
    await holdKey(app.cdp, 'ArrowRight', 2000);
    await app.page.waitForTimeout(1500);
    await point(app, figures, `${prefix}guide`);
  } else figures.note(`${prefix}guide`, 'no guide grid at #guide in this build');
}

/** Back to the home page: through the address, else with Back as a viewer would. */
async function home(app: AppPage): Promise<boolean> {
  await goToRoute(app.page, 'home');
  for (let i = 0; i < 4; i++) {
    const route = await waitUntil(
      () => currentRoute(app.page),
      (r) => r === 'home',
      'home',
      5000,
    ).catch(() => '');
    if (route === 'home') {
      await app.page.waitForTimeout(1500);
      return true;
    }
    await pressKey(app.cdp, 'Escape');
  }
  return false;
}

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(report, `heap (large catalogue + guide, budget ${BUDGET_MB} MB)`);
  const lab = await startUiLab();
  try {
    let app = await lab.openProfile();
    await signIn(app.page, lab);
    await waitForStored(app.page, true);
    // The search index is built while the app rests after the loads: background work too.
    const index = await waitForSearchIndex(app.page);
    if (index) figures.add('search index built ahead', index.seconds, 's', undefined, { documents: index.documents });
    await throttle(app);
    await point(app, figures, 'signed in, home');
    await visitScreens(app, figures, '');
    if (await home(app)) await point(app, figures, 'back on home');
    else figures.note('back on home', 'not measured: Back and #home did not lead home');
    await app.close();

    // A restart: the account, the catalogue and the guide come back from IndexedDB.
    app = await lab.openProfile();
    await throttle(app);
    await app.page.goto(lab.appUrl);
    await waitUntil(
      () => currentRoute(app.page).catch(() => ''),
      (r) => r === 'home',
      'home after restart',
      120000,
    );
    const cached = await stored(app.page);
    // Reading the cache back under throttling takes a while; the guide comes last.
    await app.page.waitForTimeout(20000);
    await point(app, figures, 'restarted, home');
    await visitScreens(app, figures, 'restarted, ');
    if (!cached.catalogue || !cached.guide) figures.note('restart', `cache held ${JSON.stringify(cached)}`);
  } finally {
    await lab.close().catch((error: unknown) => process.stderr.write(`closing: ${String(error)}\n`));
  }
  figures.print();
}
