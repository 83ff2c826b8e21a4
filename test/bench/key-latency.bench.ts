/**
 * Key to screen: for single key presses (DevTools input), the time from the keydown event (its timestamp, when the
 * input arrived) to the end of the first frame in which the focused element changed, measured in the page; on the
 * home page (Down and Up between its entries) and in the Live TV list of 50,000 channels (Down). CPU throttled ×4,
 * Lightning on the 2D canvas. Budget: p95 ≤ 50 ms. `KEY_LATENCY_PRESSES` (default 40) sets presses per screen.
 */
import { Figures, machine, median, percentile, type Report } from './support';
import { startKeyLatency, stopKeyLatency } from './ui/frames';
import { pressKey, type BenchKey } from './ui/keys';
import { startUiLab, throttle, uiSettings, type AppPage } from './ui/lab';
import { openChannelList } from './ui/screens';
import { currentRoute, goToRoute, signIn, waitForSearchIndex, waitForStored } from './ui/session';
import { waitUntil } from '../e2e/support/app';

const PRESSES = Number(process.env.KEY_LATENCY_PRESSES ?? 40);
/** Between presses: long enough for each key to finish, shorter than the list's preview delay (~500 ms). */
const GAP_MS = 350;
const BUDGET_MS = 50;

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(report, `key-latency (CPU ×${uiSettings().cpuRate}, keydown → frame, budget p95)`);
  const lab = await startUiLab();
  try {
    const app = await lab.openFresh();
    await signIn(app.page, lab);
    await waitForStored(app.page, true);
    // The search index is built while the app rests after the loads: background work too.
    const index = await waitForSearchIndex(app.page);
    if (index) figures.add('search index built ahead', index.seconds, 's', undefined, { documents: index.documents });
    await throttle(app);

    await goToRoute(app.page, 'home');
    await waitUntil(
      () => currentRoute(app.page),
      (r) => r === 'home',
      'the home page',
    );
    await app.page.waitForTimeout(1000);
    await measure(app, figures, 'home', (i) => (i % 2 === 0 ? 'ArrowDown' : 'ArrowUp'));

    await openChannelList(app.page, app.cdp);
    await measure(app, figures, 'channel list', () => 'ArrowDown');
  } finally {
    await lab.close().catch((error: unknown) => process.stderr.write(`closing: ${String(error)}\n`));
  }
  figures.print();
}

async function measure(app: AppPage, figures: Figures, label: string, key: (i: number) => BenchKey): Promise<void> {
  await startKeyLatency(app.page);
  for (let i = 0; i < PRESSES; i++) {
    await pressKey(app.cdp, key(i));
    await app.page.waitForTimeout(GAP_MS);
  }
  await app.page.waitForTimeout(1000);
  const { samples, noEffect } = await stopKeyLatency(app.page);
  if (samples.length === 0) {
    figures.note(label, `no key changed the focus (${noEffect} of ${PRESSES} without effect)`);
    return;
  }
  figures.add(`${label} p50`, median(samples), 'ms');
  figures.add(`${label} p95`, percentile(samples, 95), 'ms', BUDGET_MS, { presses: PRESSES, measured: samples.length });
  figures.add(`${label} max`, Math.max(...samples), 'ms');
  if (noEffect) figures.note(`${label} keys without effect`, `${noEffect} of ${PRESSES}`);
}
