import { GuideIndexBuilder, type GuideProgramme, type XmltvProgramme } from '../../../../src/epg';
import { minutesLeft, selectNowNext } from '../../../../src/ui/live/nowNext';

const NOW = Date.UTC(2026, 10, 22, 20, 15, 0);
const MINUTE = 60000;

function programme(startMin: number, stopMin: number, title: string): XmltvProgramme {
  return {
    channel: 'one',
    start: NOW + startMin * MINUTE,
    stop: NOW + stopMin * MINUTE,
    title,
    subTitle: undefined,
    description: `About ${title}`,
    categories: [],
    icon: undefined,
    episode: { season: undefined, episode: undefined, part: undefined, onscreen: undefined },
  };
}

/** Now and next of channel `one` at `time`, as the real guide index answers. */
function answer(programmes: XmltvProgramme[], time: number): { now?: GuideProgramme; next?: GuideProgramme } {
  const builder = new GuideIndexBuilder({ now: NOW });
  builder.addChannel({ id: 'one', name: 'One', displayNames: ['One'], icon: undefined });
  programmes.forEach((p) => builder.addProgramme(p));
  const [pair] = builder.finish().nowAndNext(['one'], time);
  return { now: pair.now, next: pair.next };
}

const EVENING = [programme(-15, 45, 'News'), programme(45, 105, 'Film'), programme(105, 135, 'Late show')];

describe('now and next', () => {
  it('shows the programme on air with its progress and the next one', () => {
    const shown = selectNowNext(answer(EVENING, NOW), NOW);
    expect(shown.now).toMatchObject({ title: 'News', description: 'About News' });
    expect(shown.progress).toBeCloseTo(0.25);
    expect(shown.next?.title).toBe('Film');
    expect(minutesLeft(shown, NOW)).toBe(45);
  });

  it('moves on when a kept answer has ended: next becomes now', () => {
    const kept = answer(EVENING, NOW);
    const later = NOW + 50 * MINUTE;
    const shown = selectNowNext(kept, later);
    expect(shown.now?.title).toBe('Film');
    expect(shown.next).toBeUndefined();
    expect(shown.progress).toBeCloseTo(5 / 60);
  });

  it('shows only the next programme in a gap of the guide', () => {
    const gap = [programme(-60, -5, 'Earlier'), programme(30, 90, 'Later')];
    const shown = selectNowNext(answer(gap, NOW), NOW);
    expect(shown.now).toBeUndefined();
    expect(shown.progress).toBe(0);
    expect(shown.next?.title).toBe('Later');
    expect(minutesLeft(shown, NOW)).toBeUndefined();
  });

  it('shows nothing without an answer, or once everything kept is over', () => {
    expect(selectNowNext(undefined, NOW)).toEqual({ progress: 0 });
    expect(selectNowNext(answer(EVENING, NOW), NOW + 200 * MINUTE)).toEqual({ progress: 0 });
  });

  it('rounds the minutes left up, so a programme about to end says one minute', () => {
    const time = NOW + 44.5 * MINUTE;
    expect(minutesLeft(selectNowNext(answer(EVENING, NOW), time), time)).toBe(1);
  });
});
