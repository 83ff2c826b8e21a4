import { prefixWithinOneEdit, withinOneEdit } from '../../../../src/library/search';

describe('one-typo tests', () => {
  it.each([
    ['football', 'football', true],
    ['footbal', 'football', true],
    ['footbsll', 'football', true],
    ['fotoball', 'football', true],
    ['footballl', 'football', true],
    ['ofotball', 'football', true],
    ['footblal', 'football', true],
    ['fotbal', 'football', false],
    ['fooball', 'football', true],
    ['ftoobal', 'football', false],
    ['news', 'nwes', true],
    ['abc', 'abcde', false],
    ['', 'a', true],
  ])('withinOneEdit(%j, %j) is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it.each([
    ['fotba', 'football', true],
    ['footv', 'football', true],
    ['fooball', 'football', true],
    ['fotball', 'football', true],
    ['ofotb', 'football', true],
    ['fxxtb', 'football', false],
    ['footballs', 'football', true],
    ['footballers', 'football', false],
    ['docmentary', 'documentary', true],
  ])('prefixWithinOneEdit(%j, %j) is %s', (typed, word, expected) => {
    expect(prefixWithinOneEdit(typed, word)).toBe(expected);
  });
});
