import { Favourites } from '../../../../src/library/catalog';

describe('Favourites', () => {
  it('adds at the end, once, without changing the value it came from', () => {
    const empty = Favourites.empty();
    const one = empty.add('live', '10');
    const two = one.add('live', '11').add('live', '10');
    expect(empty.list('live')).toEqual([]);
    expect(one.list('live')).toEqual(['10']);
    expect(two.list('live')).toEqual(['10', '11']);
    expect(two.has('live', '11')).toBe(true);
    expect(two.has('movie', '11')).toBe(false);
    expect(one.add('live', '10')).toBe(one);
  });

  it('removes and toggles', () => {
    const favourites = Favourites.empty().add('movie', 'a').add('movie', 'b');
    expect(favourites.remove('movie', 'a').list('movie')).toEqual(['b']);
    expect(favourites.remove('movie', 'zzz')).toBe(favourites);
    expect(favourites.toggle('movie', 'b').list('movie')).toEqual(['a']);
    expect(favourites.toggle('movie', 'c').list('movie')).toEqual(['a', 'b', 'c']);
  });

  it('moves a favourite to a position, clamped to the list', () => {
    const favourites = Favourites.empty().add('live', '1').add('live', '2').add('live', '3').add('live', '4');
    expect(favourites.move('live', '4', 0).list('live')).toEqual(['4', '1', '2', '3']);
    expect(favourites.move('live', '1', 2).list('live')).toEqual(['2', '3', '1', '4']);
    expect(favourites.move('live', '2', 99).list('live')).toEqual(['1', '3', '4', '2']);
    expect(favourites.move('live', '3', -5).list('live')).toEqual(['3', '1', '2', '4']);
    expect(favourites.move('live', 'missing', 0)).toBe(favourites);
    expect(favourites.move('live', '2', 1)).toBe(favourites);
  });

  it('round-trips through plain data and ignores what is not a list of ids', () => {
    const favourites = Favourites.empty().add('live', '1').add('series', 's9');
    const data = JSON.parse(JSON.stringify(favourites));
    expect(data).toEqual({ live: ['1'], movie: [], series: ['s9'] });
    expect(Favourites.from(data).toJSON()).toEqual(data);
    expect(Favourites.from({ live: ['1', 2, '', '1', null, '3'], movie: 'x' }).toJSON()).toEqual({
      live: ['1', '3'],
      movie: [],
      series: [],
    });
    expect(Favourites.from(null).toJSON()).toEqual({ live: [], movie: [], series: [] });
  });
});
