/** Shared helpers for benchmarks: timing with warm-up and median, heap sampling, machine description. */
import os from 'node:os';

export type Report = (metric: string, value: number, unit: string, extra?: Record<string, unknown>) => void;

export interface BenchModule {
  run(report: Report): Promise<void>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns each run's milliseconds. */
export async function timeRuns(fn: () => unknown, runs = 5, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Forces a collection when node runs with --expose-gc (npm run bench does). */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) collect();
}

/** Heap in use after a full collection, in bytes. */
export function settledHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Tracks the peak heap while `fn` runs by sampling between its awaits (a timer) and at the points `fn` chooses to
 * call `sample()` (synchronous code never yields to the timer).
 */
export async function peakHeapDuring<T>(
  fn: (sample: () => void) => Promise<T> | T,
): Promise<{ result: T; peakBytes: number; baseBytes: number }> {
  const baseBytes = settledHeap();
  let peak = baseBytes;
  const sample = (): void => {
    const used = process.memoryUsage().heapUsed;
    if (used > peak) peak = used;
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await fn(sample);
    sample();
    return { result, peakBytes: peak - baseBytes, baseBytes };
  } finally {
    clearInterval(timer);
  }
}

export function machine(): Record<string, unknown> {
  const cpu = os.cpus()[0];
  return {
    cpus: os.cpus().length,
    cpu: cpu ? cpu.model : 'unknown',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

export const MB = 1024 * 1024;
