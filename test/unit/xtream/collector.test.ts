import { Collector } from '../../../src/xtream/normalize';

describe('Collector and its fields', () => {
  it('counts each coercion under "field: from→to", keys in the order they first happened', () => {
    const collector = new Collector();
    const added = collector.field('added');
    const rating = collector.field('rating');
    expect(rating.rating('0')).toBeUndefined();
    expect(added.time('1527267703')).toBe(1527267703000);
    expect(added.time(1527267703)).toBe(1527267703000);
    expect(added.time('1527267704')).toBe(1527267704000);
    expect(rating.rating('')).toBeUndefined();
    const report = collector.report();
    expect(report.coerced).toEqual({
      'rating: text→number': 1,
      'rating: zero→missing': 1,
      'added: text→number': 2,
      'rating: empty→missing': 1,
    });
    expect(Object.keys(report.coerced)).toEqual([
      'rating: text→number',
      'rating: zero→missing',
      'added: text→number',
      'rating: empty→missing',
    ]);
  });

  it('hands out one field per name, so notes and field readings add up', () => {
    const collector = new Collector();
    expect(collector.field('start')).toBe(collector.field('start'));
    collector.note('start', 'date text', 'time');
    collector.note('start', 'date text', 'time');
    expect(collector.field('title').text(12)).toBe('12');
    expect(collector.report().coerced['start: date text→time']).toBe(2);
    expect(collector.report().coerced['title: number→text']).toBe(1);
  });

  it('reads values the way the report names them: null, empty, zero and unreadable become missing', () => {
    const collector = new Collector();
    const port = collector.field('port');
    expect([port.num(null), port.num(''), port.num('n/A'), port.num(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const created = collector.field('created_at');
    expect([created.time('0'), created.time(-5)]).toEqual([undefined, undefined]);
    const adult = collector.field('is_adult');
    expect([adult.bool('1'), adult.bool(0), adult.bool(true), adult.bool(undefined)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    const name = collector.field('name');
    expect([name.name(1941), name.name(''), name.name(undefined)]).toEqual(['1941', '', '']);
    const backdrops = collector.field('backdrop_path');
    expect([backdrops.strings('a.jpg'), backdrops.strings(''), backdrops.strings(['b.jpg'])]).toEqual([
      ['a.jpg'],
      [],
      ['b.jpg'],
    ]);
    expect(collector.report().coerced).toEqual({
      'port: null→missing': 1,
      'port: empty→missing': 1,
      'port: unreadable→missing': 1,
      'created_at: zero→missing': 1,
      'created_at: unreadable→missing': 1,
      'is_adult: text→boolean': 1,
      'is_adult: number→boolean': 1,
      'name: number→text': 1,
      'backdrop_path: text→list': 1,
      'backdrop_path: empty→empty list': 1,
    });
  });

  it('gives a report that later counts do not change', () => {
    const collector = new Collector();
    collector.field('num').num('1');
    collector.drop(3, 'no stream_id');
    const report = collector.report();
    collector.field('num').num('2');
    collector.drop(4, 'no stream_id');
    expect(report).toEqual({ coerced: { 'num: text→number': 1 }, dropped: [{ index: 3, reason: 'no stream_id' }] });
    expect(collector.report().coerced['num: text→number']).toBe(2);
  });
});
