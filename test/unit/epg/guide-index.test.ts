import {
  GuideIndex,
  GuideIndexBuilder,
  OPEN_ENDED_SECONDS,
  type GuideWindowOptions,
  type XmltvProgramme,
} from '../../../src/epg';
import { seededRandom } from './support';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const HOUR = 3600000;
const MINUTE = 60000;

/** A programme on `channel` from `startHour` to `stopHour` hours after NOW (fractions allowed). */
function at(channel: string, startHour: number, stopHour: number | undefined, title: string): XmltvProgramme {
  return {
    channel,
    start: NOW + startHour * HOUR,
    stop: stopHour === undefined ? undefined : NOW + stopHour * HOUR,
    title,
    subTitle: undefined,
    description: `About ${title}`,
    categories: ['News', 'Talk'],
    icon: undefined,
    episode: { season: 2, episode: 5, part: undefined, onscreen: 'S02E05' },
  };
}

function build(
  programmes: XmltvProgramme[],
  options: GuideWindowOptions = { now: NOW },
): { index: GuideIndex; builder: GuideIndexBuilder } {
  const builder = new GuideIndexBuilder(options);
  builder.addChannel({ id: 'one', name: 'One HD', displayNames: ['One HD', 'Un'], icon: 'http://logo/one.png' });
  for (const p of programmes) builder.addProgramme(p);
  return { index: builder.finish(), builder };
}

/** One: 10-11, 11-12, gap, 13-14; two: 11:30-12:30 and a long 9-15 programme over it. */
const DAY = [
  at('one', -2, -1, 'Early'),
  at('one', -1, 0, 'Before noon'),
  at('one', 1, 2, 'Afternoon'),
  at('two', -0.5, 0.5, 'Short'),
  at('two', -3, 3, 'Long'),
];

const titleAt = (index: GuideIndex, channel: string, time: number): string | undefined =>
  index.programmeAt(channel, time)?.title;

describe('GuideIndex queries', () => {
  const { index } = build(DAY);

  it('finds the programme on air, start inclusive and stop exclusive', () => {
    expect(titleAt(index, 'one', NOW - 2 * HOUR)).toBe('Early');
    expect(titleAt(index, 'one', NOW - HOUR - 1)).toBe('Early');
    expect(titleAt(index, 'one', NOW - HOUR)).toBe('Before noon');
    expect(titleAt(index, 'one', NOW)).toBeUndefined();
    expect(titleAt(index, 'one', NOW + 30 * MINUTE)).toBeUndefined();
    expect(titleAt(index, 'one', NOW + HOUR)).toBe('Afternoon');
    expect(titleAt(index, 'one', NOW + 2 * HOUR)).toBeUndefined();
    expect(titleAt(index, 'one', NOW - 2 * HOUR - 1)).toBeUndefined();
    expect(titleAt(index, 'nobody', NOW)).toBeUndefined();
  });

  it('returns whole programmes with their text and numbers', () => {
    expect(index.programmeAt('one', NOW - HOUR)).toEqual({
      channelId: 'one',
      start: NOW - HOUR,
      stop: NOW,
      title: 'Before noon',
      subTitle: undefined,
      description: 'About Before noon',
      categories: ['News', 'Talk'],
      icon: undefined,
      season: 2,
      episode: 5,
      onscreen: 'S02E05',
    });
  });

  it('prefers the latest start where programmes overlap, and still finds a long one around a short one', () => {
    expect(titleAt(index, 'two', NOW)).toBe('Short');
    expect(titleAt(index, 'two', NOW + 0.5 * HOUR)).toBe('Long');
    expect(titleAt(index, 'two', NOW - 2 * HOUR)).toBe('Long');
  });

  it('lists the programmes overlapping a range, in start order', () => {
    const titles = (channel: string, from: number, to: number): string[] =>
      index.programmesBetween(channel, NOW + from * HOUR, NOW + to * HOUR).map((p) => p.title);
    expect(titles('one', -2, 2)).toEqual(['Early', 'Before noon', 'Afternoon']);
    expect(titles('one', -1, 1)).toEqual(['Before noon']);
    expect(titles('one', 0, 1)).toEqual([]);
    expect(titles('one', -5, -2)).toEqual([]);
    expect(titles('one', 2, 9)).toEqual([]);
    expect(titles('two', 1, 2)).toEqual(['Long']);
    expect(titles('two', 0.25, 0.5)).toEqual(['Long', 'Short']);
    expect(titles('one', 1, 1)).toEqual([]);
    expect(titles('nobody', -9, 9)).toEqual([]);
  });

  it('answers now and next for many channels at once, in the order asked', () => {
    const answer = index.nowAndNext(['two', 'one', 'nobody'], NOW - 45 * MINUTE);
    expect(answer.map((a) => [a.channelId, a.now?.title, a.next?.title])).toEqual([
      ['two', 'Long', 'Short'],
      ['one', 'Before noon', 'Afternoon'],
      ['nobody', undefined, undefined],
    ]);
    expect(index.nowAndNext(['one'], NOW)[0]).toMatchObject({ now: undefined, next: { title: 'Afternoon' } });
    expect(index.nowAndNext(['one'], NOW + 5 * HOUR)[0]).toMatchObject({ now: undefined, next: undefined });
    expect(index.nowAndNext(['one'], NOW - 9 * HOUR)[0]).toMatchObject({ now: undefined, next: { title: 'Early' } });
  });

  it('describes its channels, including one known only from its programmes', () => {
    expect(index.channelIds()).toEqual(['one', 'two']);
    expect(index.channel('one')).toEqual({
      id: 'one',
      name: 'One HD',
      displayNames: ['One HD', 'Un'],
      icon: 'http://logo/one.png',
      programmeCount: 3,
    });
    expect(index.channel('two')).toEqual({
      id: 'two',
      name: undefined,
      displayNames: [],
      icon: undefined,
      programmeCount: 2,
    });
    expect(index.channel('nobody')).toBeUndefined();
    expect([index.channelCount, index.programmeCount]).toEqual([2, 5]);
  });
});

describe('GuideIndexBuilder', () => {
  it('accepts programmes in any order and answers as if they came sorted', () => {
    const sorted = build(DAY).index;
    const random = seededRandom(3);
    const shuffled = [...DAY].sort(() => random() - 0.5);
    const { index } = build(shuffled);
    for (let minute = -180; minute <= 180; minute += 15) {
      for (const channel of ['one', 'two'])
        expect(titleAt(index, channel, NOW + minute * MINUTE)).toBe(titleAt(sorted, channel, NOW + minute * MINUTE));
    }
  });

  it('keeps the window: 3 days back and 7 ahead by default, cutting what lies entirely outside', () => {
    const { index, builder } = build([
      at('one', -73, -72, 'Ends as the window opens'),
      at('one', -72.5, -71.5, 'Straddles the start'),
      at('one', 167.5, 168.5, 'Straddles the end'),
      at('one', 168, 169, 'Starts as the window closes'),
      at('one', 500, 501, 'Far ahead'),
    ]);
    expect(index.programmesBetween('one', 0, Number.MAX_SAFE_INTEGER).map((p) => p.title)).toEqual([
      'Straddles the start',
      'Straddles the end',
    ]);
    expect(builder.report).toMatchObject({ programmes: 2, outsideWindow: 3 });
    expect(index.window).toEqual({ start: NOW - 72 * HOUR, end: NOW + 168 * HOUR });
  });

  it('takes a window of any size', () => {
    const { builder } = build(
      [at('one', -30, -29, 'Yesterday'), at('one', 30, 31, 'Tomorrow'), at('one', 0, 1, 'Now')],
      {
        now: NOW,
        daysBack: 1,
        daysAhead: 1,
      },
    );
    expect(builder.report).toMatchObject({ programmes: 1, outsideWindow: 2 });
  });

  it('drops repeats wherever they appear, and zero-length markers; counts overlaps', () => {
    const { index, builder } = build([
      at('one', 0, 1, 'News'),
      at('one', 1, 2, 'Film'),
      at('one', 0, 1, 'News'),
      at('one', 1.5, 1.5, 'Marker'),
      at('one', 1.5, 3, 'Late film'),
    ]);
    expect(index.programmesBetween('one', NOW, NOW + 4 * HOUR).map((p) => p.title)).toEqual([
      'News',
      'Film',
      'Late film',
    ]);
    expect(builder.report).toMatchObject({ programmes: 3, duplicatesDropped: 1, emptyDropped: 1, overlapping: 1 });
  });

  it('ends an open-ended programme at the next start, or after an hour when it is the last', () => {
    const { index } = build([
      at('one', 2, undefined, 'Last'),
      at('one', 0, undefined, 'First'),
      at('one', 1, 2, 'Middle'),
    ]);
    const stops = index.programmesBetween('one', NOW, NOW + 9 * HOUR).map((p) => [p.title, (p.stop - NOW) / HOUR]);
    expect(stops).toEqual([
      ['First', 1],
      ['Middle', 2],
      ['Last', 2 + OPEN_ENDED_SECONDS / 3600],
    ]);
  });

  it('refuses to be used after finishing', () => {
    const builder = new GuideIndexBuilder({ now: NOW });
    builder.finish();
    expect(() => builder.addProgramme(at('one', 0, 1, 'x'))).toThrow(/after finish/);
    expect(() => builder.finish()).toThrow(/twice/);
  });
});

describe('GuideIndex offsets (applied at query time)', () => {
  it('shifts every channel by the account offset and one channel by its own on top', () => {
    const { index } = build(DAY);
    index.setAccountOffset(60);
    expect(index.programmeAt('one', NOW)).toMatchObject({ title: 'Before noon', start: NOW, stop: NOW + HOUR });
    expect(titleAt(index, 'one', NOW - 2 * HOUR)).toBeUndefined();
    index.setChannelOffset('one', -120);
    expect(index.programmeAt('one', NOW - 2 * HOUR)).toMatchObject({ title: 'Before noon', start: NOW - 2 * HOUR });
    expect(index.nowAndNext(['two'], NOW + HOUR)[0].now?.title).toBe('Short');
    expect(index.programmesBetween('one', NOW - 3 * HOUR, NOW - 2 * HOUR).map((p) => [p.title, p.start])).toEqual([
      ['Early', NOW - 3 * HOUR],
    ]);
    index.setChannelOffset('one', 0);
    index.setAccountOffset(0);
    expect(titleAt(index, 'one', NOW - HOUR)).toBe('Before noon');
  });
});

describe('GuideIndex serialization', () => {
  it('round-trips through structured clone and answers the same', () => {
    const { index } = build(DAY);
    const copy = GuideIndex.deserialize(structuredClone(index.serialize()));
    for (let minute = -200; minute <= 200; minute += 10) {
      for (const channel of ['one', 'two'])
        expect(copy.programmeAt(channel, NOW + minute * MINUTE)).toEqual(
          index.programmeAt(channel, NOW + minute * MINUTE),
        );
    }
    expect(copy.channel('one')).toEqual(index.channel('one'));
    expect(copy.matchChannel({ name: 'one' })).toBe('one');
  });

  it('refuses data that is not a complete index', () => {
    const data = build(DAY).index.serialize();
    expect(() => GuideIndex.deserialize(null)).toThrow(/not an object/);
    expect(() => GuideIndex.deserialize({ ...data, version: 2 })).toThrow(/version 2/);
    expect(() => GuideIndex.deserialize({ ...data, starts: Array.from(data.starts) })).toThrow(
      /starts is not an Int32Array/,
    );
    expect(() => GuideIndex.deserialize({ ...data, stops: data.stops.subarray(1) })).toThrow(
      /stops has the wrong length/,
    );
    expect(() => GuideIndex.deserialize({ ...data, titles: Int32Array.from(data.titles, () => 99) })).toThrow(
      /titles points outside/,
    );
    expect(() => GuideIndex.deserialize({ ...data, channelFirst: Int32Array.of(0, 4, 3) })).toThrow(/not sorted/);
  });
});
