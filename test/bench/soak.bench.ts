/**
 * A long live session in Chromium: one provider channel over its sliding-window playlist (2 s segments, a
 * discontinuity every loop of the clip), with the JS heap (after a forced collection, through CDP) and the seconds
 * held in the buffer sampled every minute. Budget: heap growth ≤ 10 MB from the first minute to the last, buffer
 * bounded (the back buffer is capped at 30 s). `SOAK_MINUTES` (default 20) and `SOAK_ENGINE` (hlsjs or mpegts)
 * change the run.
 */
import type { CDPSession } from 'playwright-core';
import type { EngineName } from '../../src/player';
import { startPlayerLab } from '../e2e/harness/lab';
import { machine, MB, type Report } from './support';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 20);
const ENGINE = (process.env.SOAK_ENGINE ?? 'hlsjs') as EngineName;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  return used ? used.value : NaN;
}

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), minutes: MINUTES, engine: ENGINE });
  const lab = await startPlayerLab();
  try {
    const cdp = await lab.browser.context.newCDPSession(lab.page);
    await cdp.send('Performance.enable');
    await lab.open({ only: ENGINE });
    const format = ENGINE === 'mpegts' ? 'ts' : 'm3u8';
    await lab.load({ url: `${lab.provider.url}/live/unlimited/unlimited/1.${format}`, kind: 'live' });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    const heap: number[] = [];
    const buffered: number[] = [];
    for (let minute = 1; minute <= MINUTES; minute++) {
      await lab.page.waitForTimeout(60000);
      const snap = await lab.snapshot();
      const used = await heapUsed(cdp);
      const held = snap.buffered.ahead + snap.buffered.behind;
      heap.push(used);
      buffered.push(held);
      report('sample', minute, 'minute', {
        heapMB: round(used / MB),
        bufferedS: round(held),
        aheadS: round(snap.buffered.ahead),
        state: snap.state,
        positionS: Math.round(snap.position),
        frames: snap.decodedFrames,
        reconnects: snap.states.filter((s) => s.startsWith('reconnecting')).length,
      });
    }
    const growth = heap[heap.length - 1] - heap[0];
    report('heap_growth', growth / MB, 'MB', {
      budget: 10,
      firstMB: round(heap[0] / MB),
      lastMB: round(heap[heap.length - 1] / MB),
      maxMB: round(Math.max(...heap) / MB),
    });
    report('buffered_max', Math.max(...buffered), 's', {
      bound: 'back buffer 30 s + forward',
      minS: round(Math.min(...buffered)),
    });
    const final = await lab.snapshot();
    report('final_state', final.state === 'playing' ? 1 : 0, 'playing', {
      state: final.state,
      errors: final.states.filter((s) => s === 'error').length,
    });
  } finally {
    await lab.close();
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
