import { GuideIndexBuilder, normalizeChannelName, type GuideIndex, type XmltvChannel } from '../../../src/epg';

function channel(id: string, ...displayNames: string[]): XmltvChannel {
  return { id, name: displayNames[0], displayNames, icon: undefined };
}

function indexOf(channels: XmltvChannel[]): GuideIndex {
  const builder = new GuideIndexBuilder({ now: Date.UTC(2026, 10, 22) });
  channels.forEach((c) => builder.addChannel(c));
  return builder.finish();
}

describe('normalizeChannelName', () => {
  it.each([
    ['BBC One HD', 'bbcone'],
    ['bbc-one', 'bbcone'],
    ['BBC ONE (FHD)', 'bbcone'],
    ['BBC One UHD 4K', 'bbcone'],
    ['Télé-Québec', 'telequebec'],
    ['Ærø TV', 'aerotv'],
    ['Das Erste  |  HEVC', 'daserste'],
    ['Канал Два HD', 'каналдва'],
    ['Channel 4', 'channel4'],
    ['HD', 'hd'],
  ])('reduces "%s" to "%s"', (name, normalized) => {
    expect(normalizeChannelName(name)).toBe(normalized);
  });

  it('keeps "+1" time-shift channels apart from the originals', () => {
    expect(normalizeChannelName('BBC One +1')).toBe(normalizeChannelName('bbc one+1 HD'));
    expect(normalizeChannelName('BBC One +1')).not.toBe(normalizeChannelName('BBC One'));
    expect(normalizeChannelName('Film4 +1')).not.toBe(normalizeChannelName('Film4 +2'));
  });
});

describe('matching playlist channels to guide channels', () => {
  const index = indexOf([
    channel('BBCOne.uk', 'BBC One HD', 'BBC 1'),
    channel('BBCOnePlus1.uk', 'BBC One +1'),
    channel('TMA.gp@SD', 'TMA'),
    channel('zdf.de', 'ZDF'),
    channel('arte.fr', 'Arte'),
  ]);

  it('matches by epg_channel_id or tvg-id first, exactly or ignoring case', () => {
    expect(index.matchChannel({ epgChannelId: 'BBCOne.uk', name: 'ZDF' })).toBe('BBCOne.uk');
    expect(index.matchChannel({ tvgId: 'bbcone.UK' })).toBe('BBCOne.uk');
    expect(index.matchChannel({ epgChannelId: 'unknown', tvgId: 'zdf.de' })).toBe('zdf.de');
  });

  it('matches ids with or without an "@feed" suffix', () => {
    expect(index.matchChannel({ tvgId: 'TMA.gp' })).toBe('TMA.gp@SD');
    expect(index.matchChannel({ tvgId: 'ZDF.de@HD' })).toBe('zdf.de');
  });

  it('falls back to the name, ignoring case, diacritics, punctuation and quality suffixes', () => {
    expect(index.matchChannel({ epgChannelId: 'nope', name: 'bbc one fhd' })).toBe('BBCOne.uk');
    expect(index.matchChannel({ name: 'BBC-1' })).toBe('BBCOne.uk');
    expect(index.matchChannel({ name: 'ARTÉ 4K' })).toBe('arte.fr');
    expect(index.matchChannel({ name: 'UK: BBC One HD' })).toBe('BBCOne.uk');
    expect(index.matchChannel({ name: '|DE| ZDF HD' })).toBe('zdf.de');
  });

  it('keeps "+1" channels distinct and answers undefined when nothing matches', () => {
    expect(index.matchChannel({ name: 'BBC One +1 HD' })).toBe('BBCOnePlus1.uk');
    expect(index.matchChannel({ name: 'BBC Two' })).toBeUndefined();
    expect(index.matchChannel({})).toBeUndefined();
  });
});
