import { parseXmltvTime } from '../../../src/epg';
import { parseOnscreen, parseXmltvNs } from '../../../src/epg/xmltv/episode';
import { parseWhole } from './support';

/** A guide around `body`, with channel "a" declared. */
function guide(body: string): string {
  return `<?xml version="1.0"?>\n<tv>\n<channel id="a"><display-name>A</display-name></channel>\n${body}\n</tv>\n`;
}

describe('XMLTV times (without an offset they are UTC)', () => {
  it.each([
    ['20261122200000 +0100', Date.UTC(2026, 10, 22, 19, 0, 0)],
    ['20261122200000 -0400', Date.UTC(2026, 10, 23, 0, 0, 0)],
    ['20261122200000+0530', Date.UTC(2026, 10, 22, 14, 30, 0)],
    ['20261122200000 +01:00', Date.UTC(2026, 10, 22, 19, 0, 0)],
    ['20261122200000 +01', Date.UTC(2026, 10, 22, 19, 0, 0)],
    ['20261122200000 Z', Date.UTC(2026, 10, 22, 20, 0, 0)],
    ['20261122200000 UTC', Date.UTC(2026, 10, 22, 20, 0, 0)],
    ['20261122200000', Date.UTC(2026, 10, 22, 20, 0, 0)],
    ['20261122200015', Date.UTC(2026, 10, 22, 20, 0, 15)],
    ['202611222000', Date.UTC(2026, 10, 22, 20, 0, 0)],
    ['2026112220', Date.UTC(2026, 10, 22, 20, 0, 0)],
    ['20261122', Date.UTC(2026, 10, 22)],
    ['20261231233000 -0100', Date.UTC(2027, 0, 1, 0, 30, 0)],
  ])('reads "%s"', (text, expected) => {
    expect(parseXmltvTime(text)).toBe(expected);
  });

  it.each([
    '',
    '2026-11-22 20:00',
    '20261322200000',
    '20261122250000',
    '20261122200000 +0100x',
    '20261122200000 0100',
    '202611222',
  ])('refuses "%s"', (text) => {
    expect(parseXmltvTime(text)).toBeNaN();
  });
});

describe('XMLTV episode numbers', () => {
  it.each([
    ['1.4.0/2', { season: 2, episode: 5, part: 1 }],
    ['0.0.', { season: 1, episode: 1, part: undefined }],
    ['.25/0.', { season: undefined, episode: 26, part: undefined }],
    ['5.3/10.', { season: 6, episode: 4, part: undefined }],
    [' 1 . 2 . ', { season: 2, episode: 3, part: undefined }],
    ['..', { season: undefined, episode: undefined, part: undefined }],
  ])('reads xmltv_ns "%s" as 1-based numbers', (text, expected) => {
    expect(parseXmltvNs(text)).toEqual(expected);
  });

  it.each([
    ['S02E05', { season: 2, episode: 5 }],
    ['s2 e5', { season: 2, episode: 5 }],
    ['2x05', { season: 2, episode: 5 }],
    ['Ep. 7', { season: undefined, episode: 7 }],
    ['Pilot', { season: undefined, episode: undefined }],
  ])('reads onscreen "%s"', (text, expected) => {
    expect(parseOnscreen(text)).toEqual(expected);
  });

  it('takes numbers from onscreen when there is no xmltv_ns, and ignores other systems', () => {
    const { programmes } = parseWhole(
      guide(
        '<programme start="20261122200000" stop="20261122210000" channel="a"><title>T</title>' +
          '<episode-num system="dd_progid">EP01234567.0001</episode-num><episode-num system="onscreen">S03E07</episode-num></programme>',
      ),
    );
    expect(programmes[0].episode).toEqual({ season: 3, episode: 7, part: undefined, onscreen: 'S03E07' });
  });
});

describe('XMLTV programme fields', () => {
  it('ends a programme without stop at the next start on its channel, or at its length', () => {
    const { programmes, summary } = parseWhole(
      guide(
        [
          '<channel id="b"/>',
          '<programme start="20261122200000 +0000" channel="a"><title>A1</title></programme>',
          '<programme start="20261122200000 +0000" stop="20261122203000 +0000" channel="b"><title>B1</title></programme>',
          '<programme start="20261122210000 +0000" channel="a"><title>A2</title><length units="minutes">45</length></programme>',
          '<programme start="20261122220000 +0000" channel="a"><title>A3</title></programme>',
          '<programme start="20261122203000 +0000" channel="b"><title>B2</title><length units="hours">2</length></programme>',
        ].join('\n'),
      ),
    );
    const stops = Object.fromEntries(programmes.map((p) => [p.title, p.stop]));
    expect(stops).toEqual({
      A1: Date.UTC(2026, 10, 22, 21),
      B1: Date.UTC(2026, 10, 22, 20, 30),
      A2: Date.UTC(2026, 10, 22, 21, 45),
      A3: undefined,
      B2: Date.UTC(2026, 10, 22, 22, 30),
    });
    expect(summary.programmes).toBe(5);
  });

  it('prefers the UI language for titles, descriptions, categories and channel names', () => {
    const text = guide(
      [
        '<channel id="m"><display-name lang="de">Erstes</display-name><display-name lang="en">First</display-name></channel>',
        '<programme start="20261122200000" stop="20261122210000" channel="m">',
        '<title lang="de">Nachrichten</title><title lang="en-GB">News</title>',
        '<desc lang="de">Heute</desc><desc lang="en">Today</desc>',
        '<category lang="de">Info</category><category lang="de">Politik</category>',
        '<category lang="en">Current affairs</category><category lang="en">Politics</category><category lang="en">Politics</category>',
        '</programme>',
      ].join(''),
    );
    const english = parseWhole(text, { language: 'en' });
    expect(english.channels[1]).toMatchObject({ name: 'First', displayNames: ['Erstes', 'First'] });
    expect(english.programmes[0]).toMatchObject({
      title: 'News',
      description: 'Today',
      categories: ['Current affairs', 'Politics'],
    });
    const other = parseWhole(text, { language: 'fr' });
    expect(other.channels[1].name).toBe('Erstes');
    expect(other.programmes[0]).toMatchObject({
      title: 'Nachrichten',
      description: 'Heute',
      categories: ['Info', 'Politik'],
    });
  });

  it('reads icons of channels and programmes, not of nested ratings', () => {
    const { channels, programmes } = parseWhole(
      '<tv><channel id="c"><icon src="http://logo/c.png?w=1&amp;h=2"/><icon src="http://logo/second.png"/></channel>' +
        '<programme start="20261122200000" stop="20261122210000" channel="c"><title>T</title>' +
        '<rating system="BBFC"><value>15</value><icon src="http://rating.png"/></rating><icon src="http://p.jpg"/></programme></tv>',
    );
    expect(channels[0].icon).toBe('http://logo/c.png?w=1&h=2');
    expect(programmes[0].icon).toBe('http://p.jpg');
  });

  it('reads text through CDATA, comments, character references and entities in attributes', () => {
    const { programmes } = parseWhole(
      '<!DOCTYPE tv [ <!ELEMENT tv ANY> <!ATTLIST tv x CDATA "a>b"> ]>\n<?xml-stylesheet href="x"?>' +
        '<tv><channel id="a&amp;b"/><programme start="20261122200000" stop="20261122210000" channel="a&amp;b">' +
        '<title>  Tom <!-- not this --> &amp; <![CDATA[<Jerry> & co]]> &#x263A;&#9731;  </title></programme></tv>',
    );
    expect(programmes[0]).toMatchObject({ channel: 'a&b', title: 'Tom  & <Jerry> & co ☺☃' });
  });

  it('counts a stop equal to the start as a zero-length programme, and a stop before it as missing', () => {
    const { programmes, summary } = parseWhole(
      guide(
        '<programme start="20261122200000" stop="20261122200000" channel="a"><title>Marker</title></programme>\n' +
          '<programme start="20261122200000" stop="20261122190000" channel="a"><title>Wrapped</title></programme>\n' +
          '<programme start="20261122210000" stop="20261122220000" channel="a"><title>Next</title></programme>',
      ),
    );
    expect(programmes.map((p) => [p.title, p.stop])).toEqual([
      ['Marker', Date.UTC(2026, 10, 22, 20)],
      ['Wrapped', Date.UTC(2026, 10, 22, 21)],
      ['Next', Date.UTC(2026, 10, 22, 22)],
    ]);
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'BAD_TIME', line: 5 })]);
  });
});
