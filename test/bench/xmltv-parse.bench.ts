/**
 * XMLTV parsing throughput and memory: our streaming parser (building the guide index as it goes) against the peer
 * `@iptv/xmltv` on deterministic guides of ~30 MB and ~250 MB, plain and gzip.
 *
 * - Our parser gets 64 KB chunks. The 250 MB guide is generated once as gzip in memory (~1/6 of its size) and
 *   inflated chunk by chunk while we parse, so its text never exists whole. Our time counts only our own calls
 *   (push, end, finish), not the source.
 * - The peer needs the document as one string: its time starts from that string (decoding it is not counted; for
 *   the gzip variants inflating and decoding are). Its 250 MB attempt runs in a child process with the same heap
 *   limit as this one, so running out of memory is reported instead of ending the benchmark.
 * - Times are measured twice: wall clock and this process's CPU time. On a shared machine wall time swings with
 *   other processes' load; CPU time does not, so the ratios are given on both and the budget reads CPU time.
 * - Memory: JS heap plus ArrayBuffers during our parse, against the finished index. "Sampled" reads them between
 *   chunks as they are, including garbage V8 has not collected yet (it lets garbage pile up while the heap is
 *   small); "live" runs a full collection before each sample (a separate, untimed run): what the parse holds.
 *
 * Budgets: our throughput ≥ 2× the peer's; peak memory during the parse < 2× the finished index.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseXmltv } from '@iptv/xmltv';
import { Gunzip, Gzip, gunzipSync, gzipSync } from 'fflate';
import { createXmltvParser, GuideIndexBuilder, type GuideIndex } from '../../src/epg';
import { guideByteChunks, shapeForSize } from './fixtures/xmltv-guide';
import { gc, machine, median, MB, type Report } from './support';

const NOW = Date.UTC(2026, 10, 22, 12);
/** Guides start 3 days back and run 10 days: the default index window keeps almost all of them. */
const START = NOW - 3 * 86400000;
const CHUNK = 64 * 1024;
/** Timed runs per measurement: more for the small guide, whose runs are short and swing more with load. */
const SMALL_RUNS = 5;
const BIG_RUNS = 3;

type Source = () => Iterable<Uint8Array>;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

interface OurRun extends Timing {
  programmes: number;
  /** Peak heap + ArrayBuffers above the starting point while parsing and finishing. */
  peakBytes: number;
  /** Heap + ArrayBuffers the finished index keeps. */
  indexBytes: number;
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function settled(): number {
  gc();
  gc();
  return memory();
}

/** Runs `fn`, adding its wall and CPU milliseconds to `into`. */
function timed<T>(into: Timing, fn: () => T): T {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const result = fn();
  into.wallMs += performance.now() - began;
  const used = process.cpuUsage(cpu);
  into.cpuMs += (used.user + used.system) / 1000;
  return result;
}

/**
 * One parse of `source` into a finished index (or just counting programmes), timing only our calls and sampling
 * memory between chunks; with `liveEvery`, after a full collection every that many chunks.
 */
function parseIntoIndex(source: Iterable<Uint8Array>, buildIndex = true, liveEvery = 0): OurRun {
  const base = settled();
  let peak = base;
  const time: Timing = { wallMs: 0, cpuMs: 0 };
  let counted = 0;
  const builder = buildIndex ? new GuideIndexBuilder({ now: NOW }) : undefined;
  const parser = createXmltvParser(
    builder
      ? { onChannel: builder.onChannel, onProgramme: builder.onProgramme }
      : { onProgramme: () => void counted++ },
  );
  let chunks = 0;
  for (const chunk of source) {
    timed(time, () => parser.push(chunk));
    if (liveEvery > 0 && ++chunks % liveEvery === 0) gc();
    if (liveEvery === 0 || chunks % liveEvery === 0) peak = Math.max(peak, memory());
  }
  const summary = timed(time, () => parser.end());
  const index: GuideIndex | undefined = timed(time, () => (builder ? builder.finish() : undefined));
  if (liveEvery > 0) gc();
  peak = Math.max(peak, memory());
  if (summary.errors.length)
    throw new Error(`our parse reported errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
  const indexBytes = settled() - base;
  return {
    ...time,
    programmes: index ? index.programmeCount : counted,
    peakBytes: peak - base,
    indexBytes: index ? indexBytes : 0,
  };
}

/** `whole` cut into 64 KB views. */
function* slices(whole: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < whole.length; at += CHUNK) yield whole.subarray(at, at + CHUNK);
}

/** The guide's text inflated from `gz` on the fly, re-cut into 64 KB chunks. */
function* inflated(gz: Uint8Array[]): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const gunzip = new Gunzip((data) => ready.push(data));
  for (let i = 0; i < gz.length; i++) {
    gunzip.push(gz[i], i === gz.length - 1);
    while (ready.length) yield* slices(ready.shift() as Uint8Array);
  }
}

/** The gzip of a generated guide as 64 KB pieces (made once, not timed), and the size of its text. */
function gzipGuide(megabytes: number): { gz: Uint8Array[]; textBytes: number } {
  const gz: Uint8Array[] = [];
  let textBytes = 0;
  const gzip = new Gzip({ level: 1 }, (data) => {
    for (const piece of slices(data)) gz.push(piece.slice());
  });
  for (const chunk of guideByteChunks(shapeForSize(megabytes, START), CHUNK)) {
    textBytes += chunk.length;
    gzip.push(chunk);
  }
  gzip.push(new Uint8Array(0), true);
  return { gz, textBytes };
}

/** Two warm-up runs, then timed runs; throughput counts the guide's text bytes (also for gzip input). */
function ourRuns(label: string, report: Report, textBytes: number, count: number, source: Source): OurRun {
  for (let i = 0; i < 2; i++) parseIntoIndex(source());
  const runs: OurRun[] = [];
  for (let i = 0; i < count; i++) runs.push(parseIntoIndex(source()));
  const result = { ...runs[0], wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
  result.peakBytes = Math.max(...runs.map((r) => r.peakBytes));
  reportThroughput(`ours ${label}: parse + index`, report, textBytes, result, {
    runs: count,
    programmes: result.programmes,
  });
  return result;
}

function reportThroughput(
  metric: string,
  report: Report,
  textBytes: number,
  time: Timing,
  extra: Record<string, unknown> = {},
): void {
  report(metric, textBytes / MB / (time.cpuMs / 1000), 'MB/s (CPU)', {
    wallMBps: +(textBytes / MB / (time.wallMs / 1000)).toFixed(2),
    ...extra,
  });
}

function reportRatio(metric: string, report: Report, ours: Timing, peer: Timing): void {
  report(metric, peer.cpuMs / ours.cpuMs, 'x (CPU)', { wall: +(peer.wallMs / ours.wallMs).toFixed(2), budget: '>= 2' });
}

/** Sampled peak (from the timed runs) and live peak (one more run with collections) against the index. */
function reportMemory(label: string, report: Report, sampled: OurRun, source: Source): void {
  const live = parseIntoIndex(source(), true, 16);
  report(`ours ${label}: finished index heap+buffers`, sampled.indexBytes / MB, 'MB');
  report(`ours ${label}: peak during parse, sampled`, sampled.peakBytes / MB, 'MB', {
    ratioToIndex: +(sampled.peakBytes / sampled.indexBytes).toFixed(2),
  });
  report(`ours ${label}: peak during parse, live`, live.peakBytes / MB, 'MB', {
    ratioToIndex: +(live.peakBytes / live.indexBytes).toFixed(2),
    budget: '< 2',
  });
}

/** The peer on a string `prepare` makes (timed too, for the gzip variant), after one warm-up run. */
function peerRuns(label: string, report: Report, textBytes: number, prepare: () => string): Timing {
  const runs: Timing[] = [];
  let programmes = 0;
  for (let i = 0; i <= SMALL_RUNS; i++) {
    gc();
    const time: Timing = { wallMs: 0, cpuMs: 0 };
    programmes = timed(time, () => parseXmltv(prepare()).programmes?.length ?? 0);
    if (i > 0) runs.push(time);
  }
  const result = { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
  reportThroughput(`peer ${label}`, report, textBytes, result, { runs: SMALL_RUNS, programmes });
  return result;
}

/** Parse-only runs (no index): what the parser itself costs. */
function ourRunsWithoutIndex(whole: Uint8Array): Timing {
  parseIntoIndex(slices(whole), false);
  const runs = Array.from({ length: SMALL_RUNS }, () => parseIntoIndex(slices(whole), false));
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

/** The peer on the 250 MB guide, in a child process with this process's heap limit. */
function peerInChild(megabytes: number): Promise<Record<string, unknown>> {
  const script = path.join(__dirname, 'fixtures', 'xmltv-peer-child.ts');
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=4096', '--import', 'tsx', script, String(megabytes), String(START)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-2000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20 * 60 * 1000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (line && line.startsWith('{')) resolve(JSON.parse(line) as Record<string, unknown>);
      else
        resolve({
          ok: false,
          exitCode: code,
          signal,
          error: (err.match(/FATAL ERROR[^\n]*/) ?? [err.trim().split('\n').pop()])[0],
        });
    }),
  );
}

export async function run(report: Report): Promise<void> {
  report('machine', 0, '', machine());

  // ~30 MB: every form in memory.
  const small = Buffer.concat(Array.from(guideByteChunks(shapeForSize(30, START), CHUNK)));
  const smallGz = gzipSync(small, { level: 6 });
  const ours30 = ourRuns('30MB', report, small.length, SMALL_RUNS, () => slices(small));
  const parseOnly = ourRunsWithoutIndex(small);
  reportThroughput('ours 30MB: parse only (no index)', report, small.length, parseOnly, { runs: SMALL_RUNS });
  const oursGz30 = ourRuns('30MB gzip', report, small.length, SMALL_RUNS, () => slices(smallGz));
  reportMemory('30MB', report, ours30, () => slices(small));
  const text = new TextDecoder().decode(small);
  const peer30 = peerRuns('30MB', report, small.length, () => text);
  const peerGz30 = peerRuns('30MB gzip (fflate gunzip + decode + parse)', report, small.length, () =>
    new TextDecoder().decode(gunzipSync(smallGz)),
  );
  reportRatio('ratio peer time / ours 30MB', report, ours30, peer30);
  reportRatio('ratio peer time / ours 30MB gzip', report, oursGz30, peerGz30);

  // ~250 MB: held only as gzip; the text is inflated chunk by chunk into our parser.
  const big = gzipGuide(250);
  const ours250 = ourRuns('250MB', report, big.textBytes, BIG_RUNS, () => inflated(big.gz));
  const oursGz250 = ourRuns('250MB gzip', report, big.textBytes, BIG_RUNS, () => big.gz);
  reportMemory('250MB', report, ours250, () => inflated(big.gz));
  reportMemory('250MB gzip', report, oursGz250, () => big.gz);
  const peer = await peerInChild(250);
  if (peer.ok === true) {
    const peerTime: Timing = { wallMs: peer.wallMs as number, cpuMs: peer.cpuMs as number };
    report('peer 250MB', big.textBytes / MB / (peerTime.cpuMs / 1000), 'MB/s (CPU)', {
      wallMBps: +(big.textBytes / MB / (peerTime.wallMs / 1000)).toFixed(2),
      programmes: peer.programmes,
      note: 'one run, in a child process',
    });
    reportRatio('ratio peer time / ours 250MB', report, ours250, peerTime);
  } else {
    report('peer 250MB', 0, 'MB/s', { failed: peer });
  }
}
