/** The category layout of a catalogue: which categories exist and which item indexes each one holds. */
import { liveCategoryNames, regions, seriesGenres, vodGenres, type LiveKind } from './words';

/** Catalogue sizes: `demo` for development and tests, `large` for performance work. */
export type CatalogueSize = 'demo' | 'large';

/** One category as the panel stores it (one table for live, VOD and series, so ids are unique across types). */
export interface CatalogueCategory {
  id: string;
  name: string;
  parentId: number;
}

/** A category and the contiguous range of item indexes (0-based) it holds as their primary category. */
export interface CategorySlot<K extends string> {
  category: CatalogueCategory;
  kind: K;
  first: number;
  count: number;
}

/** Item counts per size. */
export const catalogueCounts: Record<CatalogueSize, { live: number; movies: number; series: number }> = {
  demo: { live: 300, movies: 500, series: 60 },
  large: { live: 50_000, movies: 150_000, series: 10_000 },
};

const demoLiveShares: Record<LiveKind, number> = {
  news: 30,
  sports: 40,
  movies: 35,
  kids: 25,
  docs: 25,
  music: 20,
  entertainment: 35,
  german: 30,
  french: 25,
  local: 25,
  radio: 8,
  adult: 2,
};

const regionalKinds: readonly LiveKind[] = [
  'news',
  'sports',
  'movies',
  'kids',
  'docs',
  'music',
  'entertainment',
  'local',
];

/** Splits a total into integer parts proportional to weights (largest remainder, so the parts add up exactly). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (let k = 0; missing > 0; k++, missing--) parts[order[k % order.length].i]++;
  return parts;
}

interface Draft<K extends string> {
  name: string;
  kind: K;
  weight: number;
}

function lay<K extends string>(drafts: Draft<K>[], total: number, nextId: { value: number }): CategorySlot<K>[] {
  const counts = allocate(
    total,
    drafts.map((d) => d.weight),
  );
  let first = 0;
  return drafts.map((draft, i) => {
    const slot = {
      category: { id: String(nextId.value++), name: draft.name, parentId: 0 },
      kind: draft.kind,
      first,
      count: counts[i],
    };
    first += counts[i];
    return slot;
  });
}

function liveDrafts(size: CatalogueSize): Draft<LiveKind>[] {
  if (size === 'demo') {
    return (Object.keys(demoLiveShares) as LiveKind[]).map((kind) => ({
      name: liveCategoryNames[kind],
      kind,
      weight: demoLiveShares[kind],
    }));
  }
  const drafts: Draft<LiveKind>[] = [];
  for (const region of regions) {
    for (const kind of regionalKinds)
      drafts.push({ name: `${region} | ${liveCategoryNames[kind]}`, kind, weight: 100 });
  }
  drafts.push({ name: liveCategoryNames.radio, kind: 'radio', weight: 80 });
  drafts.push({ name: liveCategoryNames.adult, kind: 'adult', weight: 8 });
  return drafts;
}

function genreDrafts(genres: readonly string[], size: CatalogueSize): Draft<string>[] {
  if (size === 'demo') return genres.map((name) => ({ name, kind: name, weight: 1 }));
  return regions.flatMap((region) => genres.map((name) => ({ name: `${region} | ${name}`, kind: name, weight: 1 })));
}

/** The whole category layout of one catalogue. */
export interface CategoryLayout {
  live: CategorySlot<LiveKind>[];
  vod: CategorySlot<string>[];
  series: CategorySlot<string>[];
}

/** Lays out the categories of a catalogue size; ids run through live, then VOD, then series categories. */
export function layCategories(size: CatalogueSize): CategoryLayout {
  const nextId = { value: 1 };
  const counts = catalogueCounts[size];
  const live = lay(liveDrafts(size), counts.live, nextId);
  const vod = lay(genreDrafts(vodGenres, size), counts.movies, nextId);
  const series = lay(genreDrafts(seriesGenres, size), counts.series, nextId);
  return { live, vod, series };
}

/** The slot holding an item index (slots are sorted by `first`). */
export function slotOf<K extends string>(slots: readonly CategorySlot<K>[], index: number): CategorySlot<K> {
  let low = 0;
  let high = slots.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (slots[mid].first <= index) low = mid;
    else high = mid - 1;
  }
  return slots[low];
}
