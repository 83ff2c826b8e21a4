/** Shared helpers for benchmarks: timing with warm-up and median, heap sampling, machine description. */
import os from 'node:os';

export type Report = (metric: string, value: number, unit: string, extra?: Record<string, unknown>) => void;

export interface BenchModule {
  /** `variant` is set when the bench was asked for by one of its aliases (see run.ts). */
  run(report: Report, variant?: string): Promise<void>;
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

/** One line of a bench's table: a figure, and its budget when it has one. */
export interface TableRow {
  metric: string;
  value: number | string;
  unit: string;
  /** e.g. `<= 16.7`. */
  budget?: string;
  within?: boolean;
}

function cell(value: number | string): string {
  if (typeof value === 'string') return value;
  return Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** Prints `rows` as an aligned table on stderr (stdout keeps one JSON object per line). */
export function printTable(title: string, rows: TableRow[]): void {
  const lines = rows.map((r) => [
    r.metric,
    `${cell(r.value)} ${r.unit}`.trim(),
    r.budget ?? '',
    r.within === undefined ? '' : r.within ? 'within' : 'OVER',
  ]);
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (l: string[]) =>
    l
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  process.stderr.write(`\n${title}\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) process.stderr.write(`${format(line)}\n`);
}

/**
 * Collects a bench's figures: each is reported at once (a JSON line, with its budget and whether it is within)
 * and kept for the table {@link Figures.print} shows at the end.
 */
export class Figures {
  private readonly rows: TableRow[] = [];

  constructor(
    private readonly report: Report,
    private readonly title: string,
  ) {}

  /** A figure; with `max`, its budget is "at most max". */
  add(metric: string, value: number, unit: string, max?: number, extra?: Record<string, unknown>): void {
    const budget = max === undefined ? undefined : `<= ${max}`;
    const within = max === undefined ? undefined : value <= max;
    this.report(metric, value, unit, { ...extra, ...(budget ? { budget, within } : {}) });
    this.rows.push({ metric, value, unit, budget: budget && `${budget} ${unit}`, within });
  }

  /** A line of text (what could not be measured, and why). */
  note(metric: string, text: string): void {
    this.report(metric, 0, 'note', { note: text });
    this.rows.push({ metric, value: text, unit: '' });
  }

  print(): void {
    printTable(this.title, this.rows);
  }
}
