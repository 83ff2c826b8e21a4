/**
 * Search per keystroke at TV scale: one index over the provider's large catalogue (50,000 channels, 150,000
 * movies, 10,000 series, normalised from the bytes it serves) plus the programme titles of a 3-day guide for
 * 1,000 channels from the provider's seeded schedule. Queries are typed letter by letter ("n", "ne", "new",
 * "news"), typos and several words included; prints p50/p95/max per keystroke (budget: p95 ≤ 8 ms), the
 * index's build time, the p50/p95/max length of its slices (wall and main-thread time; budget: p95 ≤ 12 ms,
 * max ≤ 25 ms) and its memory, and the same slice figures for a build whose vocabulary grows with the catalogue.
 */
import { DEFAULT_SLICE_MS, SearchIndexBuilder, type ProgrammeTitle, type SearchIndex } from '../../src/library/search';
import { normalizeAction } from '../../src/xtream/normalize';
import type { LiveStream, Movie, Series } from '../../src/xtream/models';
import { programmesBetween } from '../provider/epg';
import { startProvider, type RunningProvider } from '../provider/server';
import fs from 'node:fs';
import os from 'node:os';
import { machine, MB, median, percentile, settledHeap, type Report } from './support';

const BUDGET_P95_MS = 8;
const GUIDE_CHANNELS = 1000;
const GUIDE_DAYS = 3;
/** A fixed guide start (unix seconds) so every run indexes the same programmes. */
const GUIDE_FROM = 1_767_225_600;
const ROUNDS = 5;
/** The builder's slice length (its default). */
const SLICE_MS = DEFAULT_SLICE_MS;

/** What a viewer types, one query per line; each prefix is a keystroke. */
const TYPED: readonly string[] = [
  'news',
  'nwes',
  'footbal',
  'fotball',
  'sky sp',
  'uk sp',
  'world news',
  'weather',
  'wetaher',
  'headlines',
  'silent horizon',
  'the last',
  'kingdon',
  'cafe',
  'köln',
  'documentary',
  'de: sport',
  'music',
  'evening news',
  'kids',
];

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), loadAverage: round(os.loadavg()[0]) });
  const provider = await startProvider({ port: 0, size: 'large', quiet: true });
  let data: Loaded;
  try {
    data = await load(provider);
  } finally {
    await provider.close();
  }
  report('documents', data.live.length + data.movies.length + data.series.length + data.programmes.length, 'docs', {
    live: data.live.length,
    movies: data.movies.length,
    series: data.series.length,
    programmes: data.programmes.length,
  });

  const before = settledHeap();
  const externalBefore = process.memoryUsage().external;
  const builder = new SearchIndexBuilder()
    .addItems('live', data.live)
    .addProgrammes(data.programmes)
    .addItems('movie', data.movies)
    .addItems('series', data.series);
  const built = buildInSlices(builder);
  const index = builder.index;
  const stats = index.stats();
  reportSlices(report, 'index', built, { words: stats.words, postings: stats.postings });
  report('index_heap', (settledHeap() - before) / MB, 'MB', {
    what: 'retained by the index beyond the items and programmes it was given',
    // Typed arrays keep their contents outside the heap.
    typedArraysMB: round((process.memoryUsage().external - externalBefore) / MB),
  });

  // One round warms the JIT (its maximum is printed); the figures come from the rounds after it.
  const first = typeAll(index, 1);
  const { wall, cpu } = typeAll(index, ROUNDS);
  report('keystroke_p50', median(wall), 'ms', { keystrokes: wall.length, rounds: ROUNDS, cpuMs: round(median(cpu)) });
  const p95 = percentile(wall, 95);
  report('keystroke_p95', p95, 'ms', {
    budget: BUDGET_P95_MS,
    withinBudget: p95 <= BUDGET_P95_MS,
    cpuMs: round(percentile(cpu, 95)),
  });
  report('keystroke_max', Math.max(...wall), 'ms', {
    cpuMs: round(Math.max(...cpu)),
    firstRoundMaxMs: round(Math.max(...first.wall)),
  });
  wideVocabulary(report, data);
  for (const query of ['n', 'news', 'nwes', 'footbal', 'fotball', 'sky sp', 'uk sp', 'wetaher', 'kingdon', 'köln']) {
    const results = index.search(query);
    report(`totals_${query.replace(/\W+/g, '_')}`, totalOf(results), 'hits', {
      channels: results.channels.total,
      programmes: results.programmes.total,
      movies: results.movies.total,
      series: results.series.total,
    });
  }
}

/** How long each slice of a build took: wall and main-thread CPU milliseconds. */
interface Built {
  buildMs: number;
  cpuMs: number;
  slices: number[];
  sliceCpu: number[];
}

/** Steps `builder` to the end in slices of {@link SLICE_MS}, timing each. */
function buildInSlices(builder: SearchIndexBuilder): Built {
  const slices: number[] = [];
  const sliceCpu: number[] = [];
  const mainCpu = mainThreadCpu();
  const start = performance.now();
  const cpuAtStart = mainCpu();
  while (true) {
    const cpuStart = mainCpu();
    const sliceStart = performance.now();
    const done = builder.step(SLICE_MS);
    slices.push(performance.now() - sliceStart);
    sliceCpu.push(mainCpu() - cpuStart);
    if (done) break;
  }
  return { buildMs: performance.now() - start, cpuMs: mainCpu() - cpuAtStart, slices, sliceCpu };
}

/**
 * Prints a build's time and the p50/p95/max of its slices: the time a key pressed while the index builds may
 * wait. Wall time counts other processes too (the machine may be shared); `cpuMs` leaves out the main thread's
 * waits for a CPU (see {@link mainThreadCpu}).
 */
function reportSlices(report: Report, name: string, built: Built, extra: Record<string, unknown>): void {
  const { slices, sliceCpu } = built;
  report(`${name}_build`, built.buildMs, 'ms', { cpuMs: round(built.cpuMs), slices: slices.length, ...extra });
  report(`${name}_slice_p50`, median(slices), 'ms', { sliceMs: SLICE_MS, cpuMs: round(median(sliceCpu)) });
  report(`${name}_slice_p95`, percentile(slices, 95), 'ms', { cpuMs: round(percentile(sliceCpu, 95)) });
  report(`${name}_slice_max`, Math.max(...slices), 'ms', {
    cpuMs: round(Math.max(...sliceCpu)),
    over25Ms: slices.filter((ms) => ms > 25).length,
    loadAverage: round(os.loadavg()[0]),
  });
}

/**
 * The same build with a vocabulary as large as the catalogue: every channel, movie and series gets a made-up
 * word of its own (provider names share a few hundred words; real catalogues have tens of thousands). Sorting
 * new words in and the word table's growth then weigh on every slice.
 */
function wideVocabulary(report: Report, data: Loaded): void {
  let next = 0;
  const own = <T extends { name: string }>(items: readonly T[]): T[] =>
    items.map((item) => ({ ...item, name: `${item.name} ${madeUpWord(next++)}` }));
  const builder = new SearchIndexBuilder()
    .addItems('live', own(data.live))
    .addProgrammes(data.programmes)
    .addItems('movie', own(data.movies))
    .addItems('series', own(data.series));
  const built = buildInSlices(builder);
  reportSlices(report, 'wide_index', built, { words: builder.index.stats().words });
}

/** A distinct word per number: its base-26 digits as letters, scrambled so neighbours do not share prefixes. */
function madeUpWord(n: number): string {
  let rest = (n * 7919) % 1_000_003;
  let word = '';
  do {
    word += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `${word}x`;
}

/**
 * Types every query of {@link TYPED} letter by letter, `rounds` times; returns each keystroke's wall and CPU
 * milliseconds (CPU time says less about other processes on a shared machine).
 */
function typeAll(index: SearchIndex, rounds: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of TYPED) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        index.search(typed);
        wall.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  return { wall, cpu };
}

/**
 * A clock of the main thread's own time in milliseconds: wall time minus the time it waited for a CPU, from
 * Linux's scheduler statistics (the waits are counted exactly, when the thread gets the CPU back; its run time is
 * only brought up to date every few milliseconds). What is left is the time it ran or waited on the engine (a
 * collection's helper threads), which a key pressed meanwhile waits for too. Elsewhere plain wall time.
 */
function mainThreadCpu(): () => number {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  if (!fs.existsSync(file)) return () => performance.now();
  return () => performance.now() - Number(fs.readFileSync(file, 'utf8').split(' ')[1]) / 1e6;
}

function totalOf(results: ReturnType<SearchIndex['search']>): number {
  return results.channels.total + results.programmes.total + results.movies.total + results.series.total;
}

interface Loaded {
  live: LiveStream[];
  movies: Movie[];
  series: Series[];
  programmes: ProgrammeTitle[];
}

async function load(provider: RunningProvider): Promise<Loaded> {
  const get = async (action: string): Promise<unknown> => {
    const response = await fetch(`${provider.url}/player_api.php?username=demo&password=demo&action=${action}`);
    if (!response.ok) throw new Error(`${action}: HTTP ${response.status}`);
    return JSON.parse(await response.text());
  };
  const live = normalizeAction('get_live_streams', await get('get_live_streams')).value as LiveStream[];
  const movies = normalizeAction('get_vod_streams', await get('get_vod_streams')).value as Movie[];
  const series = normalizeAction('get_series', await get('get_series')).value as Series[];
  return { live, movies, series, programmes: guideProgrammes(provider) };
}

/**
 * The programmes of {@link GUIDE_CHANNELS} channels over {@link GUIDE_DAYS} days from the provider's schedule.
 * The large catalogue has fewer distinct guide channels than that, so later channels reuse a channel's kind
 * under a new id (the schedule is a hash of the id, so their programmes differ).
 */
function guideProgrammes(provider: RunningProvider): ProgrammeTitle[] {
  const channels = provider.catalogue.guideChannels();
  const out: ProgrammeTitle[] = [];
  const to = GUIDE_FROM + GUIDE_DAYS * 86_400;
  for (let i = 0; i < GUIDE_CHANNELS; i++) {
    const channel = channels[i % channels.length];
    const id = i < channels.length ? (channel.epgChannelId as string) : `${channel.epgChannelId}.${i}`;
    for (const p of programmesBetween(provider.catalogue.seed, id, channel.kind, GUIDE_FROM, to)) {
      out.push({ title: p.title, channelId: id, start: p.start * 1000, stop: p.stop * 1000 });
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
