import { TokenTable } from '../../../../src/library/search/token-table';

/** Distinct made-up words: letters from a number ("ab", "bb", ...), all different. */
function word(i: number): string {
  let out = '';
  let rest = i;
  do {
    out += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `${out}z`;
}

/** A clock whose every reading is past any deadline set before it: each bounded call does one share of work. */
function racingClock(): () => number {
  let now = 0;
  return () => (now += 1000);
}

/** The words of the table in sorted order, read through its prefix ranges (one per first letter). */
function sortedWords(table: TokenTable): string[] {
  const out: string[] = [];
  for (let c = 97; c <= 122; c++) {
    const [from, to] = table.range(String.fromCharCode(c));
    for (let p = from; p < to; p++) out.push(table.textAt(p));
  }
  return out;
}

/** Every posting of word `text`, sealed and not. */
function postingsOf(table: TokenTable, text: string): number[] {
  const n = table.numberOf(text);
  const out: number[] = [];
  for (const [array, start, end] of [table.sealedPostings(n), table.tailPostings(n)]) {
    for (let p = start; p < end; p++) out.push(array[p]);
  }
  return out;
}

describe('TokenTable', () => {
  it('sorts a large batch of new words in over several bounded steps, old words searchable meanwhile', () => {
    const table = new TokenTable();
    for (let i = 0; i < 6000; i++) table.add(word(i), i, 0);
    table.flush();
    for (let i = 6000; i < 11_000; i++) table.add(word(i), i, 0);
    expect(table.unsorted).toBe(5000);

    const clock = racingClock();
    const old = Array.from({ length: 6000 }, (_, i) => word(i));
    let steps = 0;
    let partial = 0;
    while (!table.flushUntil(clock(), clock)) {
      steps++;
      // Prefix ranges see the words of the merges done so far, in order, and every word sorted before.
      const seen = sortedWords(table);
      expect(seen).toEqual([...seen].sort());
      const visible = new Set(seen);
      expect(old.every((text) => visible.has(text))).toBe(true);
      if (seen.length > 6000 && seen.length < 11_000) partial++;
    }
    expect(partial).toBeGreaterThan(0);
    expect(steps).toBeGreaterThan(3);
    expect(table.unsorted).toBe(0);
    const all = Array.from({ length: 11_000 }, (_, i) => word(i)).sort();
    expect(sortedWords(table)).toEqual(all);
  });

  it('keeps pace with new words a share at a time, and a flush completes the order at once', () => {
    const table = new TokenTable();
    const added: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      table.add(word(i), i, 0);
      added.push(word(i));
      if (i % 128 === 127) {
        table.keepUp();
        // The merges keep up: the words waiting never pile up beyond a few merges' worth.
        expect(table.unsorted).toBeLessThan(6000);
      }
    }
    expect(table.unsorted).toBeGreaterThan(0);
    table.flush();
    expect(table.unsorted).toBe(0);
    expect(sortedWords(table)).toEqual(added.sort());
  });

  it('seals postings over several bounded steps, every posting readable before, during and after', () => {
    const table = new TokenTable();
    // Common words (arrays of their own), words in a few names or in one (kept inline until their third), and a
    // word repeated in a name (one posting, at its first position).
    for (let document = 0; document < 20_000; document++) {
      table.add('news', document, 0);
      table.add(word(document % 5000), document, 1);
      if (document % 1000 === 0) table.add(word(100_000 + document), document, 2);
      if (document % 3 === 0) table.add('sport', document, 2);
      table.add('news', document, 3);
    }
    table.flush();
    const expected = {
      news: Array.from({ length: 20_000 }, (_, d) => d << 3).join(),
      sport: Array.from({ length: 6667 }, (_, i) => ((i * 3) << 3) | 2).join(),
      some: Array.from({ length: 4 }, (_, i) => ((7 + i * 5000) << 3) | 1).join(),
      once: String((7000 << 3) | 2),
    };
    const check = (): void => {
      expect(postingsOf(table, 'news').join()).toBe(expected.news);
      expect(postingsOf(table, 'sport').join()).toBe(expected.sport);
      expect(postingsOf(table, word(7)).join()).toBe(expected.some);
      expect(postingsOf(table, word(107_000)).join()).toBe(expected.once);
    };
    check();
    const total = table.postingCount;
    const clock = racingClock();
    let steps = 0;
    while (!table.sealUntil(clock(), clock)) {
      steps++;
      check();
    }
    expect(steps).toBeGreaterThan(1);
    expect(table.unsealed).toBe(0);
    expect(table.postingCount).toBe(total);
    check();
    // Postings after a seal go to new tails and read after the sealed ones.
    table.add('news', 20_000, 0);
    expect(postingsOf(table, 'news').join()).toBe(`${expected.news},${20_000 << 3}`);
  });
});
