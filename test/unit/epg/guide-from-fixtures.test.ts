import { createXmltvParser, GuideIndex, GuideIndexBuilder, type GuideWindowOptions } from '../../../src/epg';
import { describeWithFixtures, fixture, parseWhole } from './support';

function indexFrom(name: string, window: GuideWindowOptions): { index: GuideIndex; builder: GuideIndexBuilder } {
  const builder = new GuideIndexBuilder(window);
  const parser = createXmltvParser({ onChannel: builder.onChannel, onProgramme: builder.onProgramme, language: 'en' });
  parser.push(fixture(name));
  parser.end();
  return { index: builder.finish(), builder };
}

describeWithFixtures('the guide index built from real guides', () => {
  it('answers for the UK guide what the guide says', () => {
    // The guide runs from 26 November to 9 December 2015: a window of 6 days back and 8 ahead holds it all.
    const { index, builder } = indexFrom('Jellyfin.XmlTv__UK_Data.xml', {
      now: Date.UTC(2015, 11, 1, 12),
      daysBack: 6,
      daysAhead: 8,
    });
    const parsed = parseWhole(fixture('Jellyfin.XmlTv__UK_Data.xml'));
    // The 49 zero-length markers are not stored; everything else is inside the window.
    const markers = parsed.programmes.filter((p) => p.stop === p.start).length;
    expect(markers).toBe(49);
    expect(builder.report).toMatchObject({
      channels: 5,
      programmes: 1964 - markers,
      emptyDropped: markers,
      outsideWindow: 0,
    });
    expect(index.programmeAt('UK_RT_2667', Date.UTC(2015, 10, 26, 7, 30))).toMatchObject({
      title: 'Breakfast',
      start: Date.UTC(2015, 10, 26, 6),
      stop: Date.UTC(2015, 10, 26, 9, 15),
      categories: ['News'],
    });
    expect(index.nowAndNext(['UK_RT_2667'], Date.UTC(2015, 10, 26, 9, 15))[0]).toMatchObject({
      now: { title: 'Fake Britain' },
      next: { start: Date.UTC(2015, 10, 26, 10) },
    });
    expect(index.matchChannel({ name: 'BBC1' })).toBe('UK_RT_2667');
    expect(index.matchChannel({ name: 'ITV1' })).toBe('UK_RT_2118');
  });

  it('cuts a guide to the window around now', () => {
    const { builder } = indexFrom('iptv-org-epg__epg.tmacaraibes.com.content.xml', {
      now: Date.UTC(2026, 4, 3),
      daysBack: 0,
      daysAhead: 1,
    });
    const inDay = parseWhole(fixture('iptv-org-epg__epg.tmacaraibes.com.content.xml')).programmes.filter(
      (p) => (p.stop ?? p.start) > Date.UTC(2026, 4, 3) && p.start < Date.UTC(2026, 4, 4),
    ).length;
    expect(builder.report.programmes).toBe(inDay);
    expect(builder.report.outsideWindow).toBe(318 - inDay);
  });

  it('keeps a channel that has no programmes', () => {
    const { index } = indexFrom('ektotv-xmltv__channel-only.xml', { now: Date.UTC(2022, 2, 31) });
    expect(index.channel('1')).toEqual({
      id: '1',
      name: 'Channel 1',
      displayNames: ['Channel 1'],
      icon: undefined,
      programmeCount: 0,
    });
    expect(index.programmeAt('1', Date.UTC(2022, 2, 31))).toBeUndefined();
  });
});
