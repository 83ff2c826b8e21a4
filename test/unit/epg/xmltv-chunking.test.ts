import { gzipSync } from 'fflate';
import { comparable, describeWithFixtures, fixture, parseChunks, parseWhole, seededRandom, splitAt } from './support';

/** Every construct a cut can land inside: declaration, DOCTYPE subset, comment, PI, CDATA, entities, multibyte text. */
const SMALL_GUIDE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tv SYSTEM "xmltv.dtd" [ <!ENTITY note "a > b"> ]>
<!-- guide for "tests" -->
<tv generator-info-name='café &amp; co'>
  <channel id="one.fr"><display-name lang="fr">Télé Un</display-name><icon src="http://x/1.png?a=1&amp;b=2"/></channel>
  <channel id="два"><display-name>Канал Два HD</display-name></channel>
  <?pi something?>
  <programme start="20261122200000 +0100" stop="20261122210000 +0100" channel="one.fr">
    <title lang="fr">Le Journal &#233;t&#xE9; 📺</title>
    <title lang="en">The News</title>
    <desc><![CDATA[Tom & Jerry <live>]]> and more…</desc>
    <category lang="en">News</category><category lang="en">Talk</category>
    <episode-num system="xmltv_ns">1.4.0/2</episode-num>
    <episode-num system="onscreen">S02E05</episode-num>
    <icon src="http://x/p.jpg" />
  </programme>
  <programme start="202611222100" channel="два"><title>Ночь</title><length units="minutes">45</length></programme>
  <programme start="20261122213000 +0000" channel="два"><title>Утро &unknown; 😀</title></programme>
</tv>
`;

const SMALL_BYTES = new TextEncoder().encode(SMALL_GUIDE);

describe('chunked parsing equals whole parsing', () => {
  const whole = comparable(parseWhole(SMALL_BYTES));

  it('reads the small guide completely (the reference for the splits)', () => {
    const { programmes, summary } = parseWhole(SMALL_BYTES);
    expect(summary).toMatchObject({ complete: true, programmes: 3, channels: 2, errors: [] });
    expect(programmes[0].title).toBe('Le Journal été 📺');
    expect(programmes[0].description).toBe('Tom & Jerry <live> and more…');
    expect(programmes[2].title).toBe('Утро &unknown; 😀');
  });

  it.each([true, false])('at every byte of the UTF-8 text, cut in two (native decoder: %s)', (useTextDecoder) => {
    const reference = comparable(parseWhole(SMALL_BYTES, { useTextDecoder }));
    expect(reference).toEqual(whole);
    for (let cut = 0; cut <= SMALL_BYTES.length; cut++) {
      expect(comparable(parseChunks(splitAt(SMALL_BYTES, [cut]), { useTextDecoder }))).toEqual(whole);
    }
  });

  it('at every character of the text, cut in two', () => {
    const wholeText = comparable(parseWhole(SMALL_GUIDE));
    for (let cut = 0; cut <= SMALL_GUIDE.length; cut++) {
      expect(comparable(parseChunks(splitAt(SMALL_GUIDE, [cut])))).toEqual(wholeText);
    }
  });

  it('one byte at a time, with both decoders', () => {
    const bytes = Array.from(SMALL_BYTES, (b) => Uint8Array.of(b));
    expect(comparable(parseChunks(bytes))).toEqual(whole);
    expect(comparable(parseChunks(bytes, { useTextDecoder: false }))).toEqual(whole);
  });

  it('at every byte of the gzip of the guide', () => {
    const zipped = gzipSync(SMALL_BYTES);
    const expected = {
      ...(whole as { summary: object }),
      summary: { ...(whole as { summary: object }).summary, gzip: true, inputLength: zipped.length },
    };
    for (let cut = 0; cut <= zipped.length; cut++) {
      expect(comparable(parseChunks(splitAt(zipped, [cut])))).toEqual(expected);
    }
  });
});

describeWithFixtures('chunked parsing of the big real guides', () => {
  const random = seededRandom(20261122);
  const randomCuts = (length: number, pieces: number): number[] =>
    Array.from({ length: pieces }, () => Math.floor(random() * length));

  it.each([
    'Jellyfin.XmlTv__UK_Data.xml',
    'iptv-org-epg__epg.iptvx.one.content.xml',
    'iptv-org-epg__epg.tmacaraibes.com.content.xml',
  ])('%s, at random points, with both decoders', (name) => {
    const bytes = new Uint8Array(fixture(name));
    const whole = comparable(parseWhole(bytes));
    for (let round = 0; round < 6; round++) {
      const cuts = randomCuts(bytes.length, 50 + round * 100);
      expect(comparable(parseChunks(splitAt(bytes, cuts), { useTextDecoder: round % 2 === 0 }))).toEqual(whole);
    }
  });

  it('the gzip guide, at random points', () => {
    const bytes = new Uint8Array(fixture('iptv-org-epg__epg.iptvx.one.content.xml.gz'));
    const whole = comparable(parseWhole(bytes));
    for (let round = 0; round < 6; round++) {
      expect(comparable(parseChunks(splitAt(bytes, randomCuts(bytes.length, 20 + round * 40))))).toEqual(whole);
    }
  });
});
