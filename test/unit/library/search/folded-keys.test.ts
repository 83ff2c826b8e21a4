import { FoldedKeys } from '../../../../src/library/search/folded-keys';

describe('FoldedKeys', () => {
  it('gives back every key across many chunks, Latin-1, wider scripts, empty and very long ones', () => {
    const keys = new FoldedKeys();
    const expected: string[] = [];
    const add = (words: string[]): void => {
      keys.add(expected.length, words);
      expected.push(words.join(' '));
    };
    for (let i = 0; i < 20_000; i++) {
      if (i % 997 === 0) add([]);
      else if (i === 12_345) add(['x'.repeat(70_000), 'end']);
      else if (i === 15_000) add(['москва', String(i)]);
      else add(['cafe', 'creme', `n${i}`, i % 3 === 0 ? 'brulee' : 'ü']);
    }
    for (let d = 0; d < expected.length; d++) {
      if (keys.key(d) !== expected[d]) throw new Error(`key ${d}: ${keys.key(d)} is not ${expected[d]}`);
      expect(keys.lengths[d]).toBe(expected[d].length);
    }
  });

  it('compares keys with a query key: equal, starting with it at a word boundary (or anywhere), or not', () => {
    const keys = new FoldedKeys();
    keys.add(0, ['news', 'news']);
    keys.add(1, ['news', 'newsroom']);
    keys.add(2, ['news']);
    keys.add(3, ['ελληνικεσ', 'ειδησεισ']);
    expect([0, 1, 2].map((d) => keys.compare(d, 'news news', false))).toEqual([2, 0, 0]);
    expect([0, 1, 2].map((d) => keys.compare(d, 'news news', true))).toEqual([2, 1, 0]);
    expect([0, 1, 2].map((d) => keys.compare(d, 'news', false))).toEqual([1, 1, 2]);
    expect(keys.compare(3, 'ελληνικεσ', false)).toBe(1);
    expect(keys.compare(3, 'ελληνικεσ ειδησεισ', false)).toBe(2);
    expect(keys.compare(3, 'ελληνικοσ', true)).toBe(0);
  });
});
