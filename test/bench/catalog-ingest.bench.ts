/**
 * Catalogue ingest at TV scale: the bytes the provider's large catalogue answers to `get_live_streams` (50,000),
 * `get_vod_streams` (150,000) and `get_series` (10,000), fetched over HTTP from a provider this bench starts.
 * For each panel flavour it times a bare `JSON.parse` of those bytes against "normalise and index"
 * (`normalizeAction` + building the catalogue's per-category lists and id maps) and prints the ratio (budget:
 * at most 1.5×). The split between normalising and indexing, the catalogue's heap, the first A–Z sort of all
 * movies and the search index build (separate, incremental) are printed too.
 */
import { Catalog, type CatalogCategory, type MediaKind } from '../../src/library/catalog';
import { SearchIndexBuilder, type SearchableItem } from '../../src/library/search';
import { normalizeAction } from '../../src/xtream/normalize';
import type { LiveStream, Movie, Series } from '../../src/xtream/models';
import { startProvider, type Flavour } from '../provider/server';
import os from 'node:os';
import { gc, machine, MB, median, percentile, settledHeap, type Report } from './support';

const BUDGET = 1.5;
const RUNS = 5;

interface Part {
  kind: MediaKind;
  action: string;
  categoriesAction: string;
}

const PARTS: readonly Part[] = [
  { kind: 'live', action: 'get_live_streams', categoriesAction: 'get_live_categories' },
  { kind: 'movie', action: 'get_vod_streams', categoriesAction: 'get_vod_categories' },
  { kind: 'series', action: 'get_series', categoriesAction: 'get_series_categories' },
];

interface Fetched {
  part: Part;
  body: string;
  categories: CatalogCategory[];
}

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', { ...machine(), loadAverage: round(os.loadavg()[0]) });
  for (const flavour of ['xc2', 'xui'] as const) await ingest(report, flavour);
}

async function ingest(report: Report, flavour: Flavour): Promise<void> {
  const fetched = await fetchLarge(flavour);
  const total = { parse: zero(), ingest: zero(), index: zero() };
  const items: Partial<Record<MediaKind, readonly SearchableItem[]>> = {};
  for (const { part, body, categories } of fetched) {
    const parse = timeBoth(() => JSON.parse(body));
    const raw: unknown = JSON.parse(body);
    const ingest = timeBoth(() => catalogOf(part.kind, categories, normalizeAction(part.action, raw).value));
    const list = normalizeAction(part.action, raw).value as SearchableItem[];
    const index = timeBoth(() => catalogOf(part.kind, categories, list));
    items[part.kind] = list;
    report(`${flavour}_${part.kind}_parse`, parse.wallMs, 'ms', {
      cpuMs: round(parse.cpuMs),
      bytesMB: round(body.length / MB),
      items: list.length,
    });
    report(`${flavour}_${part.kind}_normalise_and_index`, ingest.wallMs, 'ms', {
      ratio: round(ingest.wallMs / parse.wallMs),
      cpuMs: round(ingest.cpuMs),
      cpuRatio: round(ingest.cpuMs / parse.cpuMs),
      indexMs: round(index.wallMs),
    });
    add(total.parse, parse);
    add(total.ingest, ingest);
    add(total.index, index);
  }
  const ratio = total.ingest.wallMs / total.parse.wallMs;
  report(`${flavour}_total_parse`, total.parse.wallMs, 'ms', { cpuMs: round(total.parse.cpuMs) });
  report(`${flavour}_total_normalise_and_index`, total.ingest.wallMs, 'ms', {
    cpuMs: round(total.ingest.cpuMs),
    normaliseMs: round(total.ingest.wallMs - total.index.wallMs),
    indexMs: round(total.index.wallMs),
  });
  report(`${flavour}_ratio`, ratio, '×', {
    budget: BUDGET,
    withinBudget: ratio <= BUDGET,
    cpuRatio: round(total.ingest.cpuMs / total.parse.cpuMs),
    normaliseOnlyRatio: round((total.ingest.wallMs - total.index.wallMs) / total.parse.wallMs),
    indexOnlyRatio: round(total.index.wallMs / total.parse.wallMs),
  });
  if (flavour === 'xc2') await afterIngest(report, fetched, items);
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

const zero = (): Timing => ({ wallMs: 0, cpuMs: 0 });

function add(sum: Timing, timing: Timing): void {
  sum.wallMs += timing.wallMs;
  sum.cpuMs += timing.cpuMs;
}

/**
 * Median wall and CPU milliseconds of `fn` over {@link RUNS} runs after one warm-up, each after a full collection.
 * CPU time (this process, all its threads) says less about contention from other processes on a shared machine.
 */
function timeBoth(fn: () => unknown): Timing {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

/** A catalogue of one kind from normalised items. */
function catalogOf(kind: MediaKind, categories: CatalogCategory[], items: unknown): Catalog {
  if (kind === 'live') return new Catalog({ live: { categories, items: items as LiveStream[] } });
  if (kind === 'movie') return new Catalog({ movie: { categories, items: items as Movie[] } });
  return new Catalog({ series: { categories, items: items as Series[] } });
}

/** The catalogue's heap, the first sorted listings, and the search index built in slices. */
async function afterIngest(
  report: Report,
  fetched: readonly Fetched[],
  items: Partial<Record<MediaKind, readonly SearchableItem[]>>,
): Promise<void> {
  const section = <T>(kind: MediaKind) => {
    const found = fetched.find(({ part }) => part.kind === kind);
    return { categories: found ? found.categories : [], items: (items[kind] ?? []) as T[] };
  };
  const before = settledHeap();
  const catalog = new Catalog({
    live: section<LiveStream>('live'),
    movie: section<Movie>('movie'),
    series: section<Series>('series'),
  });
  report('catalog_heap', (settledHeap() - before) / MB, 'MB', {
    items: catalog.count('live') + catalog.count('movie') + catalog.count('series'),
  });
  for (const sort of ['name', 'added', 'rating'] as const) {
    const start = performance.now();
    const all = catalog.items('movie', 'all', sort);
    report(`first_sort_all_movies_${sort}`, performance.now() - start, 'ms', { items: all.length });
  }

  const builder = new SearchIndexBuilder();
  for (const kind of ['live', 'movie', 'series'] as const) builder.addItems(kind, items[kind] ?? []);
  // Each slice runs from the end of one pause to the start of the next.
  const slices: number[] = [];
  let sliceStart = performance.now();
  const start = sliceStart;
  await builder.buildInSlices({
    sliceMs: 8,
    pause: () => {
      slices.push(performance.now() - sliceStart);
      return new Promise((resolve) =>
        setImmediate(() => {
          sliceStart = performance.now();
          resolve();
        }),
      );
    },
  });
  slices.push(performance.now() - sliceStart);
  const totalMs = performance.now() - start;
  const stats = builder.index.stats();
  report('search_index_build', totalMs, 'ms', {
    what: 'incremental: 8 ms slices with a turn of the event loop between them',
    documents: stats.documents,
    words: stats.words,
    postings: stats.postings,
    slices: slices.length,
  });
  report('search_index_slice_p95', percentile(slices, 95), 'ms', { maxMs: round(Math.max(...slices)) });
}

async function fetchLarge(flavour: Flavour): Promise<Fetched[]> {
  const provider = await startProvider({ port: 0, size: 'large', flavour, quiet: true });
  try {
    const get = async (action: string): Promise<string> => {
      const response = await fetch(`${provider.url}/player_api.php?username=demo&password=demo&action=${action}`);
      if (!response.ok) throw new Error(`${action}: HTTP ${response.status}`);
      return response.text();
    };
    const out: Fetched[] = [];
    for (const part of PARTS) {
      const categories = normalizeAction(part.categoriesAction, JSON.parse(await get(part.categoriesAction)))
        .value as CatalogCategory[];
      out.push({ part, body: await get(part.action), categories });
    }
    return out;
  } finally {
    await provider.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
