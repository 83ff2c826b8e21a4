import { SearchIndex, SearchIndexBuilder, type SearchableItem } from '../../../../src/library/search';

const COMMON = ['news', 'sport', 'movie', 'night', 'world', 'kids', 'live'];

/** A made-up word of its own for item i ("bqz"), so the catalogue's vocabulary grows with it. */
function ownWord(i: number): string {
  let out = '';
  let rest = i * 7919;
  do {
    out += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  // A digit last, so no word is the start of another (the last query word matches as a prefix).
  return `${out}9`;
}

/** Items whose names mix common words with a word of their own: a vocabulary as large as the catalogue. */
function wideItems(prefix: string, count: number, from = 0): SearchableItem[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return { id: `${prefix}${i}`, name: `${COMMON[i % COMMON.length]} ${ownWord(i)} ${COMMON[(i * 3) % 7]}` };
  });
}

/** A clock whose every reading is past any deadline set before it: each step does one bounded share of work. */
function racingClock(): () => number {
  let now = 0;
  return () => (now += 1000);
}

const QUERIES = ['n', 'ne', 'news', 'news s', 'k', 'a', 'aq', 'b', ownWord(7), ownWord(4321).slice(0, 2), 'wrld', 'x'];

describe('SearchIndexBuilder slices', () => {
  const live = wideItems('l', 6000);
  const movies = wideItems('m', 14_000, 6000);

  it('indexes a bounded number of documents per step, whatever the budget left of the slice', () => {
    // A clock that reads the documents indexed: one millisecond per document.
    const counted: SearchIndexBuilder = new SearchIndexBuilder(undefined, { now: () => counted.index.size });
    counted.addItems('live', live).addItems('movie', movies);
    let before = 0;
    const perStep: number[] = [];
    while (counted.pending > 0) {
      counted.step(500);
      perStep.push(counted.index.size - before);
      before = counted.index.size;
    }
    expect(perStep.length).toBeGreaterThan(20);
    // The slice ends at the first look at the clock past its budget: within one batch of documents of it.
    expect(Math.max(...perStep)).toBeLessThanOrEqual(500 + 128);
  });

  it('spreads compacting over many steps and ends with the index a one-shot build gives', () => {
    const oneShot = new SearchIndexBuilder().addItems('live', live).addItems('movie', movies).buildNow();
    const builder = new SearchIndexBuilder(undefined, { now: racingClock() });
    builder.addItems('live', live).addItems('movie', movies);
    let indexing = 0;
    while (builder.pending > 0) {
      builder.step(1);
      indexing++;
    }
    // Every step did one batch of documents, a small share of sorting their words in.
    expect(indexing).toBe(Math.ceil(live.length / 128) + Math.ceil(movies.length / 128));
    let compacting = 0;
    while (!builder.step(1)) {
      compacting++;
      // Between steps of compacting, searches see everything.
      if (compacting % 7 === 0) expect(builder.index.search('ne').movies.total).toBe(oneShot.search('ne').movies.total);
    }
    expect(compacting).toBeGreaterThan(10);
    expect(builder.done).toBe(true);
    expect(builder.index.stats()).toEqual(oneShot.stats());
    for (const query of QUERIES) expect([query, builder.index.search(query)]).toEqual([query, oneShot.search(query)]);
  });

  it('answers searches between steps with exactly what is indexed, new words included', () => {
    const builder = new SearchIndexBuilder(undefined, { now: racingClock() });
    builder.addItems('movie', movies);
    let checked = 0;
    while (builder.pending > 0) {
      builder.step(1);
      const indexed = builder.index.size;
      if (builder.index.stats().unsorted === 0) continue;
      // The newest item's own word is not sorted in yet; a search still finds it, first (other hits are typos).
      const newest = builder.index.search(ownWord(6000 + indexed - 1), { limit: 1000 }).movies.hits;
      expect(newest[0]).toMatchObject({ id: movies[indexed - 1].id, match: 'words' });
      expect(newest.slice(1).every((hit) => hit.match === 'typo')).toBe(true);
      // An item still queued is not found.
      if (indexed < movies.length) {
        const queued = builder.index.search(ownWord(6000 + indexed), { limit: 1000 }).movies.hits;
        expect(queued.map((hit) => hit.id)).not.toContain(movies[indexed].id);
        expect(queued.every((hit) => hit.match === 'typo')).toBe(true);
      }
      // A common word finds every indexed item that has it, and only those.
      const expected = movies.slice(0, indexed).filter((item) => item.name.split(' ').includes('night')).length;
      expect(builder.index.search('night', { limit: 0 }).movies.total).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('merges the postings of a very common first letter over several steps, answering as before', () => {
    // 'n' starts two words of every name: far more postings than one step merges.
    const items = Array.from({ length: 40_000 }, (_, i) => ({
      id: `n${i}`,
      name: i % 5 === 0 ? `night ${COMMON[i % 7]} news` : `news ${ownWord(i)} night`,
    }));
    const unmerged = new SearchIndex();
    for (const item of items) unmerged.addItem('movie', item);
    const builder = new SearchIndexBuilder(undefined, { now: racingClock() }).addItems('movie', items);
    while (builder.pending > 0) builder.step(1);
    const before = builder.index.search('n', { limit: 1000 });
    let merging = 0;
    while (!builder.step(1)) if (builder.index.stats().unsealed === 0) merging++;
    // Once sealed: marking the 80,000 postings of 'n' and collecting 40,000 documents, a share per step.
    expect(merging).toBeGreaterThanOrEqual(4);
    for (const query of ['n', 'n n', 'k n', 'night n', 'N']) {
      expect([query, builder.index.search(query, { limit: 1000 })]).toEqual([
        query,
        unmerged.search(query, { limit: 1000 }),
      ]);
    }
    expect(builder.index.search('n', { limit: 1000 })).toEqual(before);
  });
});
