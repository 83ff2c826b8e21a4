import {
  bool01,
  episodes,
  idList,
  list,
  num,
  obj,
  str,
  strList,
  text,
  unixMs,
} from '../../../src/xtream/normalize/coerce';

describe('num', () => {
  it.each([
    [3, 3],
    ['3', 3],
    [' 6.3 ', 6.3],
    ['-1', -1],
    ['1e3', 1000],
    ['', undefined],
    ['n/A', undefined],
    [null, undefined],
    [undefined, undefined],
    ['0x10', undefined],
    [NaN, undefined],
    [true, undefined],
    [[], undefined],
  ])('num(%j) is %j', (input, expected) => {
    expect(num(input)).toBe(expected);
  });
});

describe('str and text', () => {
  it('keeps strings, writes numbers as digits, and turns nothing into ""', () => {
    expect(str('12')).toBe('12');
    expect(str(12)).toBe('12');
    expect(str(null)).toBe('');
    expect(str(undefined)).toBe('');
    expect(str({})).toBe('');
  });

  it('text is undefined for "", spaces and null', () => {
    expect(text('  x ')).toBe('x');
    expect(text('')).toBeUndefined();
    expect(text('   ')).toBeUndefined();
    expect(text(null)).toBeUndefined();
    expect(text(0)).toBe('0');
  });
});

describe('bool01', () => {
  it.each([
    [1, true],
    ['1', true],
    [true, true],
    ['true', true],
    [0, false],
    ['0', false],
    [false, false],
    ['', false],
    [null, false],
    [2, false],
  ])('bool01(%j) is %j', (input, expected) => {
    expect(bool01(input)).toBe(expected);
  });
});

describe('list', () => {
  it('keeps an array', () => {
    expect(list([1, 2])).toEqual([1, 2]);
  });

  it('turns an object keyed by index into its values sorted by numeric key (Q17)', () => {
    expect(list({ '10': 'c', '2': 'b', '0': 'a' })).toEqual(['a', 'b', 'c']);
  });

  it.each([[{}], [null], [undefined], [false], ['']])('reads %j as no items (Q19)', (input) => {
    expect(list(input)).toEqual([]);
  });

  it('says an object with other keys is not a list', () => {
    expect(list({ user_info: { auth: 0 } })).toBeUndefined();
    expect(list('text')).toBeUndefined();
    expect(list(3)).toBeUndefined();
  });
});

describe('strList, idList and obj', () => {
  it('reads backdrop_path in each of its shapes (Q13)', () => {
    expect(strList(['a', '', null, 'b'])).toEqual(['a', 'b']);
    expect(strList('http://x/b.jpg')).toEqual(['http://x/b.jpg']);
    expect(strList('')).toEqual([]);
    expect(strList(null)).toEqual([]);
    expect(strList([])).toEqual([]);
  });

  it('turns category_ids into distinct string ids', () => {
    expect(idList([1, '2', 1, null])).toEqual(['1', '2']);
    expect(idList(null)).toEqual([]);
  });

  it('reads info: [] as an empty object (Q14)', () => {
    expect(obj([])).toEqual({});
    expect(obj(null)).toEqual({});
    expect(obj({ a: 1 })).toEqual({ a: 1 });
  });
});

describe('episodes (Q15)', () => {
  it('flattens an object keyed by season', () => {
    const out = episodes({ '2': [{ id: 'b' }], '1': [{ id: 'a' }] });
    expect(out.map((e) => [e.season, e.episode.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('uses the index as the season for an array of arrays (PHP list encoding)', () => {
    const out = episodes([[{ id: 'a' }], [{ id: 'b' }]]);
    expect(out.map((e) => [e.season, e.episode.id])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });

  it("lets the episode's own season win over the key it was filed under", () => {
    expect(episodes({ '1': [{ id: 'a', season: '3' }] })[0].season).toBe(3);
  });

  it('reads a flat list of episodes', () => {
    expect(episodes([{ id: 'a', season: 2 }, { id: 'b' }]).map((e) => e.season)).toEqual([2, 0]);
  });

  it.each([[null], [undefined], [[]], [{}]])('reads %j as no episodes', (input) => {
    expect(episodes(input)).toEqual([]);
  });
});

describe('unixMs', () => {
  it('turns unix seconds into milliseconds, and 0 or junk into undefined', () => {
    expect(unixMs('1535230019')).toBe(1535230019000);
    expect(unixMs(1535230019)).toBe(1535230019000);
    expect(unixMs('0')).toBeUndefined();
    expect(unixMs(null)).toBeUndefined();
  });
});
