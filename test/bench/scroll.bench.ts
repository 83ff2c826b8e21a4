/**
 * Scrolling with a held key, as a viewer holds Down on the remote: in the Live TV list of all 50,000 channels, and in
 * the guide grid (Down, then Right), each held for 5 s with keydowns repeating at 30/s (DevTools input with
 * autoRepeat), CPU throttled ×4, Lightning on the 2D canvas. Budget: frame time p95 ≤ 16.7 ms (from rAF deltas taken
 * in the page), and no key lost (keydowns sent = keys the list handled, from the probe `live.list`).
 */
import { Figures, machine, type Report } from './support';
import { FRAME_BUDGET_MS, holdAndRecord, idleFrames, reportFrames } from './ui/hold';
import { startUiLab, throttle, uiSettings, type AppPage, type UiLab } from './ui/lab';
import { openChannelList, openGuide } from './ui/screens';
import { signIn, waitForSearchIndex, waitForStored } from './ui/session';

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), ...uiSettings() });
  const figures = new Figures(report, `scroll (CPU ×${uiSettings().cpuRate}, frame budget ${FRAME_BUDGET_MS} ms)`);
  const lab = await startUiLab();
  try {
    const app = await lab.openFresh();
    await signIn(app.page, lab);
    // The background loads (catalogue, then guide) would otherwise run during the measurement.
    await waitForStored(app.page, true);
    // The search index is built while the app rests after the loads: background work too.
    const index = await waitForSearchIndex(app.page);
    if (index) figures.add('search index built ahead', index.seconds, 's', undefined, { documents: index.documents });
    await throttle(app);
    await channelList(app, figures);
    await guideGrid(app, figures);
    const pageErrors = app.errors.filter((e) => e.startsWith('page:'));
    if (pageErrors.length) figures.note('page errors', pageErrors.slice(0, 3).join(' | '));
  } finally {
    await closeLab(lab);
  }
  figures.print();
}

async function closeLab(lab: UiLab): Promise<void> {
  await lab.close().catch((error: unknown) => process.stderr.write(`closing: ${String(error)}\n`));
}

async function channelList(app: AppPage, figures: Figures): Promise<void> {
  const list = await openChannelList(app.page, app.cdp);
  reportFrames(figures, 'list idle', await idleFrames(app));
  const before = await list.read();
  const held = await holdAndRecord(app, 'ArrowDown');
  // Keys still queued behind a busy frame are handled after the hold; give them a moment before counting.
  await app.page.waitForTimeout(1500);
  const after = await list.read();
  reportFrames(figures, 'list Down', held.deltas);
  figures.add('list keys sent', held.sent, 'keys');
  figures.add('list keys reached the page', held.arrived, 'keys');
  if (before && after) {
    const handled = after.keysHandled - before.keysHandled;
    figures.add('list keys lost', held.sent - handled, 'keys', 0, { handled, length: after.length });
    figures.add('list rows moved', after.focusedIndex - before.focusedIndex, 'rows');
  } else {
    figures.note('list keys lost', 'unknown: this build has no live.list probe (rows followed through focused())');
  }
}

async function guideGrid(app: AppPage, figures: Figures): Promise<void> {
  const grid = await openGuide(app.page);
  if (!grid) {
    figures.note('guide', 'no guide grid at #guide in this build');
    return;
  }
  reportFrames(figures, 'guide idle', await idleFrames(app));
  for (const [key, label] of [
    ['ArrowDown', 'guide Down'],
    ['ArrowRight', 'guide Right'],
  ] as const) {
    const before = await grid.read();
    const held = await holdAndRecord(app, key);
    await app.page.waitForTimeout(1500);
    const after = await grid.read();
    reportFrames(figures, label, held.deltas);
    figures.add(`${label} keys reached the page`, held.arrived, 'keys', undefined, { sent: held.sent });
    if (before && after) {
      const moved =
        key === 'ArrowDown'
          ? `${after.channelIndex - before.channelIndex} channels`
          : `${Math.round(((after.focusedStart ?? after.windowStart) - (before.focusedStart ?? before.windowStart)) / 60000)} min`;
      figures.note(`${label} moved`, `${moved}, ${after.cells} cells exist`);
    } else figures.note(`${label} moved`, 'unknown: this build has no guide probe');
  }
}
