import {
  SearchIndex,
  SearchIndexBuilder,
  type ProgrammeTitle,
  type SearchableItem,
} from '../../../../src/library/search';

const WORDS = ['news', 'sport', 'football', 'weather', 'café', 'kids', 'movie', 'world', 'live', 'night', 'Köln'];

/** Deterministic names: each picks 1–4 words by a simple sequence. */
function makeItems(prefix: string, count: number, seed: number): SearchableItem[] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, (_, i) => {
    const length = 1 + (next() % 4);
    const words = Array.from({ length }, () => WORDS[next() % WORDS.length]);
    return { id: `${prefix}${i}`, name: `${words.join(' ')} ${i % 7 === 0 ? 'HD' : ''}` };
  });
}

function makeProgrammes(count: number): ProgrammeTitle[] {
  return makeItems('p', count, 99).map((item, i) => ({
    title: item.name,
    channelId: `ch${i % 13}`,
    start: i * 1800_000,
    stop: (i + 1) * 1800_000,
  }));
}

const QUERIES = [
  'n',
  'ne',
  'news',
  'nwes',
  'footbal',
  'fotball',
  'cafe',
  'koln',
  'world n',
  'night live',
  'hd',
  'kids ',
];

/** A clock that moves one millisecond each time it is read. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe('SearchIndexBuilder', () => {
  const live = makeItems('l', 900, 1);
  const movies = makeItems('m', 1500, 2);
  const series = makeItems('s', 300, 3);
  const programmes = makeProgrammes(1200);

  it('gives the same results built in small slices as built at once', () => {
    const oneShot = new SearchIndexBuilder()
      .addItems('live', live)
      .addProgrammes(programmes)
      .addItems('movie', movies)
      .addItems('series', series)
      .buildNow();

    const builder = new SearchIndexBuilder(undefined, { now: tickingClock() });
    let steps = 0;
    const stepUntilDone = (): void => {
      while (!builder.step(3)) steps++;
    };
    builder.addItems('live', live);
    builder.step(3);
    builder.addProgrammes(programmes);
    stepUntilDone();
    // More batches after the index was compacted once.
    builder.addItems('movie', movies.slice(0, 700));
    builder.step(3);
    builder.addItems('movie', movies.slice(700)).addItems('series', series);
    stepUntilDone();

    expect(steps).toBeGreaterThan(3);
    expect(builder.done).toBe(true);
    expect(builder.index.stats()).toEqual(oneShot.stats());
    for (const query of QUERIES) expect(builder.index.search(query)).toEqual(oneShot.search(query));
  });

  it('answers searches between slices with what is indexed so far', () => {
    const builder = new SearchIndexBuilder(undefined, { now: tickingClock() });
    builder.addItems('live', [
      { id: '1', name: 'News One' },
      { id: '2', name: 'Sport One' },
    ]);
    builder.addItems('movie', makeItems('m', 2000, 5));
    builder.addItems('live', [{ id: '3', name: 'News Late' }]);
    expect(builder.pending).toBe(2003);
    expect(builder.index.search('news').channels.total).toBe(0);
    builder.step(3);
    expect(builder.pending).toBeLessThan(2003);
    expect(builder.index.search('news').channels.hits.map((hit) => hit.id)).toEqual(['1']);
    while (!builder.step(3));
    expect(builder.pending).toBe(0);
    expect(builder.index.search('news').channels.hits.map((hit) => hit.id)).toEqual(['1', '3']);
  });

  it('builds in slices, pausing between them, and reports progress', async () => {
    const builder = new SearchIndexBuilder(undefined, { now: tickingClock() });
    builder.addItems('movie', movies).addProgrammes(programmes);
    const progress: number[] = [];
    let pauses = 0;
    const index = await builder.buildInSlices({
      sliceMs: 5,
      pause: async () => {
        pauses++;
      },
      onProgress: (pending) => progress.push(pending),
    });
    expect(pauses).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(0);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
    expect(index).toBe(builder.index);
    expect(index.size).toBe(movies.length + programmes.length);
  });

  it('stops building when aborted, keeping what it indexed searchable', async () => {
    const builder = new SearchIndexBuilder(undefined, { now: tickingClock() });
    builder.addItems('movie', movies);
    const abort = new AbortController();
    await builder.buildInSlices({
      sliceMs: 5,
      signal: abort.signal,
      pause: async () => abort.abort(),
    });
    expect(builder.pending).toBeGreaterThan(0);
    expect(builder.index.size).toBe(movies.length - builder.pending);
    expect(builder.index.search('news').movies.total).toBeGreaterThan(0);
  });

  it('yields to the event loop by default between slices', async () => {
    const builder = new SearchIndexBuilder(undefined, { now: tickingClock() });
    builder.addItems('movie', movies);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await builder.buildInSlices({ sliceMs: 5 });
    expect(timerRan).toBe(true);
    expect(builder.done).toBe(true);
  });

  it('answers one-letter queries the same once their postings are merged as before', () => {
    // Enough documents for the common first letters to get merged postings.
    const items = makeItems('x', 30_000, 11).concat([
      { id: 'y1', name: 'news night' },
      { id: 'y2', name: 'night news' },
    ]);
    const unmerged = new SearchIndex();
    for (const item of items) unmerged.addItem('movie', item);
    const merged = new SearchIndexBuilder().addItems('movie', items).buildNow();
    for (const query of ['n', 'N', 's', 'k', 'w', 'h', 'c', 'x', 'n w', 'w n', 'news n', 'nk']) {
      expect([query, merged.search(query)]).toEqual([query, unmerged.search(query)]);
    }
    expect(merged.search('news n', { limit: 1000 }).movies.hits.find((hit) => hit.id === 'y1')?.match).toBe('starts');
  });
});
