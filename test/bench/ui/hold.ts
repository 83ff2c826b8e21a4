/**
 * One held-key measurement: frames recorded in the page while a key repeats, then the figures a bench reports
 * about it (frame time p50/p95/max, long frames, keys sent, keys that reached the page).
 */
import { median, percentile, type Figures } from '../support';
import { startFrames, stopFrames } from './frames';
import { holdKey, REPEATS_PER_SECOND, type BenchKey } from './keys';
import type { AppPage } from './lab';

/** One frame at 60 Hz: the frame-time budget. */
export const FRAME_BUDGET_MS = 16.7;

/**
 * rAF deltas of frames that all made it still spread 16.6–16.8 ms around the 60 Hz period; a missed frame shows as
 * 33 ms. The p95 is checked against the budget plus this jitter, so an idle page counts as within.
 */
const VSYNC_JITTER_MS = 0.5;

/** How long each key is held; `UI_BENCH_HOLD_MS` changes it. */
export const HOLD_MS = Number(process.env.UI_BENCH_HOLD_MS ?? 5000);

/** What a hold measured. */
export interface HoldResult {
  sent: number;
  /** Keydowns the page received (counted in the capture phase, before the app). */
  arrived: number;
  deltas: number[];
}

/** Frame-time figures of `deltas` under `label`; the p95 carries the budget. */
export function reportFrames(figures: Figures, label: string, deltas: number[]): void {
  if (deltas.length === 0) {
    figures.note(`${label} frames`, 'no frames recorded');
    return;
  }
  figures.add(`${label} frame p50`, median(deltas), 'ms');
  figures.add(`${label} frame p95`, percentile(deltas, 95), 'ms', FRAME_BUDGET_MS + VSYNC_JITTER_MS, {
    frames: deltas.length,
  });
  figures.add(`${label} frame max`, Math.max(...deltas), 'ms');
  figures.add(`${label} frames over 33 ms`, deltas.filter((d) => d > 33.4).length, 'frames', undefined, {
    of: deltas.length,
  });
}

/** Frames while nothing happens, as the floor the held keys are compared with. */
export async function idleFrames(app: AppPage, ms = 2000): Promise<number[]> {
  await startFrames(app.page);
  await app.page.waitForTimeout(ms);
  return (await stopFrames(app.page)).deltas;
}

/** Holds `key` for {@link HOLD_MS} at the remote's repeat rate while the page records its frames. */
export async function holdAndRecord(app: AppPage, key: BenchKey): Promise<HoldResult> {
  await startFrames(app.page);
  const held = await holdKey(app.cdp, key, HOLD_MS, REPEATS_PER_SECOND);
  const frames = await stopFrames(app.page);
  return { sent: held.sent, arrived: frames.keydowns, deltas: frames.deltas };
}
