import {
  bool01,
  categoryIds,
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

  // The documented rule (Appendix A): a decimal literal, spaces around it allowed, read by Number().
  const byTheRule = (s: string): number | undefined =>
    /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s.trim()) ? Number(s.trim()) : undefined;

  it.each([
    '0',
    '007',
    '0.0',
    '1.',
    '.5',
    '6.30',
    '1527267703',
    '999999999999999',
    '9999999999999999',
    '9007199254740993',
    '12345678901234.5',
    '0.1234567890123456',
    '1.2.3',
    '.',
    '-0',
    '+7',
    ' 42',
    '42\u00a0',
    '4 2',
    '1_000',
    '١٢',
  ])('reads %j exactly as the rule does', (input) => {
    expect(Object.is(num(input), byTheRule(input))).toBe(true);
  });

  it('reads every short digit string with or without a fraction exactly as the rule does', () => {
    let seed = 7;
    const digit = (): string => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String(seed % 10);
    };
    for (let i = 0; i < 20000; i++) {
      const length = 1 + (i % 17);
      let s = '';
      for (let j = 0; j < length; j++) s += digit();
      const point = i % 3 === 0 ? -1 : i % length;
      const input = point < 0 ? s : `${s.slice(0, point)}.${s.slice(point)}`;
      if (!Object.is(num(input), byTheRule(input))) throw new Error(`num(${JSON.stringify(input)}) differs`);
    }
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

  it('text trims every kind of white space at either end, and keeps inner spaces', () => {
    expect(text('\u00a0x\t')).toBe('x');
    expect(text('\ufeffx y\u2028')).toBe('x y');
    expect(text('x y')).toBe('x y');
    expect(text('\u00e9t\u00e9')).toBe('\u00e9t\u00e9');
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

  it('takes category_ids when it lists any, else the single category_id, always in a new list', () => {
    expect(categoryIds([5, '6'], '5')).toEqual(['5', '6']);
    expect(categoryIds([], '5')).toEqual(['5']);
    expect(categoryIds([null, ''], '5')).toEqual(['5']);
    expect(categoryIds('5', '7')).toEqual(['7']);
    expect(categoryIds(undefined, undefined)).toEqual([]);
    expect(categoryIds(undefined, undefined)).not.toBe(categoryIds(undefined, undefined));
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
