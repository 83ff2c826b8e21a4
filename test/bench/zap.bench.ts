/**
 * Zapping in Chromium over loopback: the time from the channel-change call (`player.load()`) to the first decoded
 * frame of the new channel (`requestVideoFrameCallback`), over 30 changes between provider channels, per engine:
 * hls.js on `.m3u8` (2 s segments), mpegts.js on `.ts`. Budget: p50 ≤ 600 ms, p95 ≤ 1,000 ms. Variants show what
 * each start-up setting buys. `ZAP_CHANGES` overrides the number of changes.
 */
import type { EngineName, EngineTuning } from '../../src/player';
import { startPlayerLab, type PlayerLab } from '../e2e/harness/lab';
import { machine, median, percentile, type Report } from './support';

const CHANGES = Number(process.env.ZAP_CHANGES ?? 30);
const CHANNELS = 10;
/** The viewer lingers this long on each channel before the next change. */
const LINGER_MS = 1500;

interface Variant {
  name: string;
  engine: EngineName;
  format: 'm3u8' | 'ts';
  tuning?: Partial<EngineTuning>;
  /** Every response held back this long (through the fault proxy): a home network's round trip. */
  latencyMs?: number;
  /** Warm the next channel's playlist while the viewer lingers. */
  prefetch?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'hlsjs', engine: 'hlsjs', format: 'm3u8' },
  { name: 'hlsjs_3_segments_back', engine: 'hlsjs', format: 'm3u8', tuning: { liveEdgeStart: false } },
  { name: 'hlsjs_worker', engine: 'hlsjs', format: 'm3u8', tuning: { useWorker: true } },
  { name: 'mpegts', engine: 'mpegts', format: 'ts' },
  { name: 'mpegts_worker', engine: 'mpegts', format: 'ts', tuning: { useWorker: true } },
  { name: 'mpegts_stash_384kb', engine: 'mpegts', format: 'ts', tuning: { stashKB: 384 } },
  { name: 'hlsjs_rtt40', engine: 'hlsjs', format: 'm3u8', latencyMs: 40 },
  { name: 'hlsjs_rtt40_prefetch', engine: 'hlsjs', format: 'm3u8', latencyMs: 40, prefetch: true },
  { name: 'mpegts_rtt40', engine: 'mpegts', format: 'ts', latencyMs: 40 },
];

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', machine());
  const only = process.env.ZAP_VARIANTS ? process.env.ZAP_VARIANTS.split(',') : undefined;
  const lab = await startPlayerLab();
  try {
    for (const variant of VARIANTS) {
      if (only && only.indexOf(variant.name) === -1) continue;
      await measure(lab, variant, report);
    }
  } finally {
    await lab.close();
  }
}

async function measure(lab: PlayerLab, variant: Variant, report: Report): Promise<void> {
  await lab.open({ only: variant.engine, tuning: variant.tuning });
  lab.proxy.reset();
  if (variant.latencyMs) lab.proxy.delay(/./, variant.latencyMs);
  const base = variant.latencyMs ? lab.proxy.url : lab.provider.url;
  const url = (n: number) => `${base}/live/unlimited/unlimited/${(n % CHANNELS) + 1}.${variant.format}`;
  const zap = (n: number) => lab.call((h, u) => h.zap({ url: u, kind: 'live' }, 10000), url(n));
  const linger = async (n: number) => {
    // The next channel up is where a viewer zapping through goes next; one spare connection warms it.
    if (variant.prefetch) await lab.call((h, u) => h.prefetch([{ url: u, kind: 'live' }], 1), url(n + 1));
    await lab.page.waitForTimeout(LINGER_MS);
  };
  // Warm-up: the engine's code chunk and the browser's connections.
  for (let n = 0; n < 2; n++) {
    await zap(n);
    await linger(n);
  }
  const times: number[] = [];
  for (let n = 0; n < CHANGES; n++) {
    times.push(await zap(n + 2));
    await linger(n + 2);
  }
  lab.proxy.reset();
  const snapshot = await lab.snapshot();
  const extra = {
    changes: CHANGES,
    engine: snapshot.engine,
    latencyMs: variant.latencyMs ?? 0,
    prefetch: Boolean(variant.prefetch),
    min: Math.round(Math.min(...times)),
    max: Math.round(Math.max(...times)),
  };
  report(`${variant.name}_p50`, median(times), 'ms', { ...extra, budget: 600 });
  report(`${variant.name}_p95`, percentile(times, 95), 'ms', { budget: 1000 });
}
