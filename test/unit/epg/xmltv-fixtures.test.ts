import fs from 'node:fs';
import {
  count,
  describeWithFixtures,
  FIXTURES,
  fixture,
  parseWhole,
  rawProgrammes,
  type RawProgramme,
} from './support';

/** Adjacent repeats on one channel (same start and title), counted from the raw text. */
function rawDuplicates(programmes: RawProgramme[]): number {
  const last = new Map<string, RawProgramme>();
  let duplicates = 0;
  for (const p of programmes) {
    const previous = last.get(p.channel);
    if (previous && previous.start === p.start && previous.title === p.title) duplicates++;
    else last.set(p.channel, p);
  }
  return duplicates;
}

describeWithFixtures('the XMLTV parser on real guides', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => /\.xml(\.gz)?$/.test(f));

  it('finds the fixtures it expects', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(files.filter((f) => f.endsWith('.xml')))('%s', (file) => {
    const bytes = fixture(file);
    const text = bytes.toString('latin1');
    const raw = rawProgrammes(text);
    const result = parseWhole(bytes);

    it('emits every channel and every programme that is not a repeat', () => {
      expect(result.summary.channels).toBe(count(text, '<channel '));
      expect(result.channels).toHaveLength(count(text, '<channel '));
      const duplicates = rawDuplicates(raw);
      expect(result.summary.duplicatesDropped).toBe(duplicates);
      expect(result.programmes).toHaveLength(count(text, '<programme') - duplicates);
      expect(result.summary.programmes).toBe(result.programmes.length);
    });

    it('assigns every programme to its channel', () => {
      const kept = raw.filter(
        (p, i) =>
          !(i > 0 && raw[i - 1].channel === p.channel && raw[i - 1].start === p.start && raw[i - 1].title === p.title),
      );
      const byChannel = (list: { channel: string }[]): string[] => list.map((p) => p.channel).sort();
      expect(byChannel(result.programmes)).toEqual(byChannel(kept));
      for (const p of result.programmes) expect(Number.isFinite(p.start)).toBe(true);
    });
  });

  it('reads the ISO-8859-1 UK guide byte for byte, with its entities and episode numbers', () => {
    const { programmes, channels, summary } = parseWhole(fixture('Jellyfin.XmlTv__UK_Data.xml'));
    expect(summary).toMatchObject({ encoding: 'windows-1252', complete: true, ok: true, errors: [], overlapping: 0 });
    expect(programmes).toHaveLength(1964);
    expect(channels[0]).toEqual({
      id: 'UK_RT_2667',
      name: 'BBC1 HD',
      displayNames: ['BBC1 HD', '7-1'],
      icon: 'Logo_UK_RT_2667',
    });
    expect(programmes[0]).toMatchObject({
      channel: 'UK_RT_2667',
      title: 'Breakfast',
      start: Date.UTC(2015, 10, 26, 6, 0, 0),
      stop: Date.UTC(2015, 10, 26, 9, 15, 0),
      categories: ['News'],
    });
    expect(programmes[1].description).toMatch(/^The 'edible' glitter/);
    // The file declares ISO-8859-1 but holds UTF-8 bytes of U+FFFD: decoded as declared, they stay three characters.
    const walkers = programmes.find((p) => (p.description ?? '').startsWith('Nicki Chapman'));
    expect(walkers?.description).toContain('\u00ef\u00bf\u00bd500,000');
    const withEpisode = programmes.find((p) => p.episode !== undefined);
    expect(withEpisode?.episode).toEqual({ season: 6, episode: 4, part: undefined, onscreen: undefined });
  });

  it('keeps what was complete in the broken guide and reports the unclosed title with its line', () => {
    const { programmes, channels, summary } = parseWhole(fixture('ektotv-xmltv__broken.xml'));
    expect(channels.map((c) => c.id)).toEqual(['channel_one']);
    expect(programmes).toHaveLength(1);
    expect(programmes[0].title).toBe('Breaking Bad');
    expect(summary.complete).toBe(false);
    expect(summary.ok).toBe(true);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'MALFORMED', line: 9 })]);
    expect(summary.errors[0].message).toContain('<title>');
  });

  it('reads a guide with a channel and no programmes', () => {
    const { programmes, channels, summary } = parseWhole(fixture('ektotv-xmltv__channel-only.xml'));
    expect(channels).toEqual([{ id: '1', name: 'Channel 1', displayNames: ['Channel 1'], icon: undefined }]);
    expect(programmes).toEqual([]);
    expect(summary).toMatchObject({ complete: true, errors: [], warningCount: 0 });
  });

  it('skips comments inside programmes and applies the +0300 offset', () => {
    const { programmes, summary } = parseWhole(fixture('ektotv-xmltv__comments.xml'));
    expect(summary.errors).toEqual([]);
    expect(programmes).toEqual([
      expect.objectContaining({
        title: 'Breaking Bad',
        start: Date.UTC(2022, 2, 31, 15),
        stop: Date.UTC(2022, 2, 31, 16),
      }),
    ]);
  });

  it('reads every field of the feature showcase guide', () => {
    const { programmes, channels, summary } = parseWhole(fixture('ektotv-xmltv__example.xml'));
    expect(channels).toHaveLength(2);
    expect(channels[0].icon).toBe('https://example.com/channel_one_icon.jpg');
    expect(programmes).toHaveLength(5);
    expect(programmes[0]).toEqual({
      channel: 'channel_one',
      start: Date.UTC(2022, 2, 31, 18),
      stop: Date.UTC(2022, 2, 31, 19),
      title: 'Programme One',
      subTitle: 'Pilot',
      description: 'This programme entry showcases all possible features of the DTD',
      categories: ['Crime', 'Drama'],
      icon: 'https://example.com/programme_one_icon.jpg',
      // xmltv_ns "1.1." is zero-based (season 2, episode 2) and wins over the onscreen numbers.
      episode: { season: 2, episode: 2, part: undefined, onscreen: 'S01E01' },
    });
    // All five start at 18:00: four overlap the one before; "Programme Two" has no stop and nothing after it.
    expect(summary.overlapping).toBe(4);
    const open = programmes.find((p) => p.title.startsWith('Programme Two'));
    expect(open?.stop).toBeUndefined();
  });

  it('reads the gzip guide like its plain twin, detecting gzip from the bytes', () => {
    const plain = parseWhole(fixture('iptv-org-epg__epg.iptvx.one.content.xml'));
    const zipped = parseWhole(fixture('iptv-org-epg__epg.iptvx.one.content.xml.gz'));
    expect(zipped.summary).toMatchObject({ gzip: true, complete: true, programmes: 230, channels: 1 });
    expect(plain.summary.gzip).toBe(false);
    expect(zipped.programmes).toEqual(plain.programmes);
    expect(zipped.channels).toEqual(plain.channels);
    const raw = rawProgrammes(fixture('iptv-org-epg__epg.iptvx.one.content.xml').toString('utf8'));
    expect(zipped.programmes[0].title).toBe(raw[0].title);
    expect(zipped.channels[0].displayNames).toEqual(['12 канал Омск', '12 канал (Омск)']);
  });

  it('prefers the UI language among several titles and descriptions, else the first', () => {
    const bytes = fixture('iptv-org-epg__epg.tmacaraibes.com.content.xml');
    const first = parseWhole(bytes).programmes[0];
    expect(first.description).toBe('Toutes les musiques africaines et caribéennes.');
    expect(parseWhole(bytes, { language: 'en-US' }).programmes[0].description).toBe('All African and Caribbean music.');
    expect(parseWhole(bytes, { language: 'es' }).programmes[0].description).toBe('Toda la música africana y caribeña.');
    expect(first).toMatchObject({
      start: Date.UTC(2026, 4, 3, 4),
      categories: ['music'],
      icon: 'http://www.tmacaraibes.com/images/global/global-001.jpg',
    });
  });

  it('drops the real duplicates of the single-quoted guide and applies its -0500 offset', () => {
    const { programmes, summary } = parseWhole(fixture('iptv-org-epg__makrodigitaltelevision.com.content.xml'));
    expect(summary.duplicatesDropped).toBe(2);
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'DUPLICATE_PROGRAMMES' })]);
    expect(programmes[0]).toMatchObject({
      channel: '17',
      title: 'Programación Infantil',
      start: Date.UTC(2025, 1, 16, 13),
    });
  });

  it('reads the multi-language test guide', () => {
    const { programmes, channels } = parseWhole(fixture('iptv-org-epg__tests_multilang.guide.xml'));
    expect(channels[1]).toEqual({
      id: 'Channel3.us',
      name: 'Channel 3',
      displayNames: ['Channel 3'],
      icon: 'https://upload.wikimedia.org/wikipedia/commons/6/64/6%27eren_2015.png',
    });
    expect(programmes.map((p) => p.title)).toEqual([
      'Programme1 (example.com)',
      'Programme1 (example.com)',
      'Program1 (example.com)',
      'Program1 (example.com)',
    ]);
  });
});
