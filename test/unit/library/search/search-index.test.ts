import { SearchIndexBuilder, type SearchIndex, type SearchResults } from '../../../../src/library/search';

function indexOf(
  items: { live?: string[]; movie?: string[]; series?: string[] },
  programmes: Array<[title: string, channelId: string, start: number]> = [],
): SearchIndex {
  const builder = new SearchIndexBuilder();
  for (const kind of ['live', 'movie', 'series'] as const) {
    builder.addItems(
      kind,
      (items[kind] ?? []).map((name, i) => ({ id: `${kind}${i}`, name })),
    );
  }
  builder.addProgrammes(
    programmes.map(([title, channelId, start]) => ({ title, channelId, start, stop: start + 1800_000 })),
  );
  return builder.buildNow();
}

const names = (results: SearchResults, group: 'channels' | 'movies' | 'series'): string[] =>
  results[group].hits.map((hit) => hit.name);

describe('SearchIndex', () => {
  it('folds case and diacritics both ways: "café" finds "Cafe", "CAFE" finds "Café"', () => {
    const index = indexOf({ live: ['Cafe TV', 'Café Classics', 'Coffee'] });
    expect(names(index.search('café'), 'channels')).toEqual(['Cafe TV', 'Café Classics']);
    expect(names(index.search('CAFE'), 'channels')).toEqual(['Cafe TV', 'Café Classics']);
  });

  it('matches the start of any word, not the middle of one', () => {
    const index = indexOf({ live: ['BBC News HD', 'Euronews', 'Newsmax', 'The News Hour'] });
    expect(names(index.search('new'), 'channels').sort()).toEqual(['BBC News HD', 'Newsmax', 'The News Hour']);
    expect(names(index.search('hour'), 'channels')).toEqual(['The News Hour']);
    expect(index.search('ews').channels.total).toBe(0);
  });

  it('requires every word, earlier ones whole and the last one as a prefix', () => {
    const index = indexOf({ live: ['Sky Sports 1', 'Sky News', 'Skyline Sports', 'Sports Sky Mix'] });
    expect(names(index.search('sky sp'), 'channels')).toEqual(['Sky Sports 1', 'Sports Sky Mix']);
    expect(names(index.search('sp sky'), 'channels')).toEqual([]);
    expect(names(index.search('sports sky'), 'channels')).toEqual(['Sports Sky Mix', 'Sky Sports 1', 'Skyline Sports']);
  });

  it('treats a last word followed by a space as a whole word', () => {
    const index = indexOf({ live: ['News', 'Newsroom', 'BBC News'] });
    expect(names(index.search('news'), 'channels')).toEqual(['News', 'Newsroom', 'BBC News']);
    expect(names(index.search('news '), 'channels')).toEqual(['News', 'BBC News']);
  });

  it('tolerates one typo in words of five letters or more', () => {
    const index = indexOf({ live: ['Football Live', 'Weather Now', 'News 24'], movie: ['The Documentary'] });
    expect(names(index.search('footbal'), 'channels')).toEqual(['Football Live']);
    expect(index.search('fotball').channels.hits).toEqual([
      { kind: 'live', id: 'live0', name: 'Football Live', match: 'typo' },
    ]);
    expect(names(index.search('wetaher'), 'channels')).toEqual(['Weather Now']);
    expect(names(index.search('docmentary'), 'movies')).toEqual(['The Documentary']);
    expect(names(index.search('fotba'), 'channels')).toEqual(['Football Live']);
  });

  it('does not correct words of four letters or fewer: "nwes" finds nothing', () => {
    const index = indexOf({ live: ['News 24', 'BBC News'] }, [['Evening News', 'bbc.uk', 0]]);
    const results = index.search('nwes');
    expect(results.channels.total + results.programmes.total + results.movies.total + results.series.total).toBe(0);
    expect(index.search('nws').channels.total).toBe(0);
  });

  it('does not count two typos as one', () => {
    const index = indexOf({ live: ['Football Live'] });
    expect(index.search('ftoobal').channels.total).toBe(0);
    expect(index.search('fotbll').channels.total).toBe(0);
    // One letter missing while typing is one typo.
    expect(index.search('fotbal').channels.total).toBe(1);
  });

  it('ranks exact names, then names starting with the query, then word matches, then typos', () => {
    const index = indexOf({
      live: ['World Sport', 'Sporty Kids', 'Sport', 'Spotr Zone', 'Sport 24', 'Eurosport', 'Motor Sport'],
    });
    const hits = index.search('sport').channels.hits;
    expect(hits.map((hit) => [hit.name, hit.match])).toEqual([
      ['Sport', 'exact'],
      ['Sporty Kids', 'starts'],
      ['Sport 24', 'starts'],
      ['World Sport', 'words'],
      ['Motor Sport', 'words'],
      ['Spotr Zone', 'typo'],
    ]);
  });

  it('ranks several words the same way', () => {
    const index = indexOf({ live: ['The Sky Sports Mix', 'Sky Sports', 'Sky Sports 2', 'Skye Sports'] });
    expect(index.search('sky sports').channels.hits.map((hit) => [hit.name, hit.match])).toEqual([
      ['Sky Sports', 'exact'],
      ['Sky Sports 2', 'starts'],
      ['The Sky Sports Mix', 'words'],
    ]);
  });

  it('ranks by the words in order from the start of the name', () => {
    const index = indexOf({ live: ['Sports Sky News', 'Sky News Sports', 'Sky Sports News', 'News Sky Sports HD'] });
    expect(index.search('sky sports n').channels.hits.map((hit) => [hit.name, hit.match])).toEqual([
      ['Sky Sports News', 'starts'],
      ['Sports Sky News', 'words'],
      ['Sky News Sports', 'words'],
      ['News Sky Sports HD', 'words'],
    ]);
    expect(index.search('sky sports news').channels.hits[0]).toMatchObject({ name: 'Sky Sports News', match: 'exact' });
  });

  it('ranks queries with a repeated word or many words as well', () => {
    const long = 'one two three four five six seven eight nine';
    const index = indexOf({ live: ['News News', 'News', 'News News Extra', `${long} ten`, long] });
    expect(index.search('news news').channels.hits.map((hit) => [hit.name, hit.match])).toEqual([
      ['News News', 'exact'],
      ['News News Extra', 'starts'],
      ['News', 'words'],
    ]);
    expect(index.search(long).channels.hits.map((hit) => hit.match)).toEqual(['exact', 'starts']);
  });

  it('groups results by kind, programmes included', () => {
    const index = indexOf({ live: ['News 24'], movie: ['The Newsroom Story'], series: ['Newsroom'] }, [
      ['Evening News', 'bbc.uk', 1000],
      ['Weather', 'bbc.uk', 2000],
    ]);
    const results = index.search('news');
    expect(names(results, 'channels')).toEqual(['News 24']);
    expect(names(results, 'movies')).toEqual(['The Newsroom Story']);
    expect(names(results, 'series')).toEqual(['Newsroom']);
    expect(results.programmes).toEqual({
      hits: [
        { kind: 'programme', title: 'Evening News', channelId: 'bbc.uk', start: 1000, stop: 1801000, match: 'words' },
      ],
      total: 1,
    });
    expect(results.query).toBe('news');
  });

  it('caps each group and reports the full count, in added order within a level', () => {
    const many = Array.from({ length: 120 }, (_, i) => `Channel ${i}`);
    const index = indexOf({ live: many });
    const results = index.search('chan', { limit: 10 });
    expect(results.channels.total).toBe(120);
    expect(names(results, 'channels')).toEqual(many.slice(0, 10));
    expect(index.search('chan').channels.hits.length).toBe(50);
  });

  it('leaves out items the caller rejects, from hits and totals', () => {
    const index = indexOf({ live: ['News One', 'News Two', 'News Three'] });
    const results = index.search('news', { accept: (kind, id) => !(kind === 'live' && id === 'live1') });
    expect(names(results, 'channels')).toEqual(['News One', 'News Three']);
    expect(results.channels.total).toBe(2);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    const index = indexOf({ live: ['News'] });
    for (const query of ['', '   ', '!!', '—']) expect(index.search(query).channels.total).toBe(0);
  });

  it('finds programme titles by word prefix and typo, each airing once', () => {
    const index = indexOf({}, [
      ['Football: Riverside FC vs Oslo City', 'sport.uk', 0],
      ['Football: Riverside FC vs Oslo City', 'sport.uk', 7200_000],
      ['Golf Live', 'sport.uk', 3600_000],
    ]);
    const results = index.search('riversde');
    expect(results.programmes.total).toBe(2);
    expect(results.programmes.hits.map((hit) => [hit.start, hit.match])).toEqual([
      [0, 'typo'],
      [7200_000, 'typo'],
    ]);
    expect(index.search('oslo ci').programmes.total).toBe(2);
  });

  it('repeats the same answer for the same query', () => {
    const index = indexOf({ live: ['News', 'Sports', 'Newsroom'] });
    const first = index.search('new');
    index.search('sports');
    expect(index.search('new')).toEqual(first);
  });
});
