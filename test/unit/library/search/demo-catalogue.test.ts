// The catalogue and the search index over the provider's demo catalogue, fetched with the Xtream client.
import { ALL_CATEGORIES, Catalog, type MediaKind } from '../../../../src/library/catalog';
import { SearchIndexBuilder, type SearchIndex } from '../../../../src/library/search';
import { XtreamClient } from '../../../../src/xtream';
import type { Category, LiveStream, Movie, Series } from '../../../../src/xtream/models';
import { startProvider, type RunningProvider } from '../../../provider/server';

interface Loaded {
  live: { categories: Category[]; items: LiveStream[] };
  movie: { categories: Category[]; items: Movie[] };
  series: { categories: Category[]; items: Series[] };
}

/** The test's own idea of a word match: accents stripped, lower case, words of ASCII letters and digits. */
function hasWordStarting(name: string, prefix: string): boolean {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return plain.split(/[^a-z0-9]+/).some((word) => word.startsWith(prefix));
}

describe.each(['xc2', 'xui'] as const)('the %s demo catalogue', (flavour) => {
  let provider: RunningProvider;
  let loaded: Loaded;
  let catalog: Catalog;
  let index: SearchIndex;

  beforeAll(async () => {
    provider = await startProvider({ port: 0, flavour, quiet: true });
    const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'demo' });
    await client.login();
    loaded = {
      live: { categories: await client.liveCategories(), items: await client.liveStreams() },
      movie: { categories: await client.vodCategories(), items: await client.vodStreams() },
      series: { categories: await client.seriesCategories(), items: await client.series() },
    };
    catalog = new Catalog(loaded);
    const builder = new SearchIndexBuilder();
    for (const kind of ['live', 'movie', 'series'] as const) builder.addItems(kind, loaded[kind].items);
    index = await builder.buildInSlices();
  });

  afterAll(async () => {
    await provider.close();
  });

  it('holds every item, each findable by id', () => {
    for (const kind of ['live', 'movie', 'series'] as const) {
      const items: Array<{ id: string; name: string }> = loaded[kind].items;
      expect(items.length).toBeGreaterThan(0);
      expect(catalog.count(kind)).toBe(items.length);
      expect(catalog.items(kind, ALL_CATEGORIES).length).toBe(items.length);
      for (const item of items) expect(catalog.byId(kind, item.id)).toBe(item);
    }
  });

  it('counts and lists each category as the items name it', () => {
    for (const kind of ['live', 'movie', 'series'] as const) {
      const items: Array<{ id: string; categoryIds: string[] }> = loaded[kind].items;
      for (const category of loaded[kind].categories) {
        const expected = items.filter((item) => item.categoryIds.includes(category.id)).map((item) => item.id);
        expect(catalog.category(kind, category.id)?.count).toBe(expected.length);
        expect(
          catalog
            .items(kind, category.id)
            .toArray()
            .map((item) => item.id),
        ).toEqual(expected);
      }
    }
  });

  it('reports the adult category the provider has', () => {
    const adult = catalog.categories('live').filter((c) => c.adult);
    expect(adult.map((c) => c.name)).toEqual(['XXX | Adult']);
  });

  it('finds "news" where the names say it, grouped and counted per kind', () => {
    const results = index.search('news');
    const groups: Record<MediaKind, 'channels' | 'movies' | 'series'> = {
      live: 'channels',
      movie: 'movies',
      series: 'series',
    };
    let found = 0;
    for (const kind of ['live', 'movie', 'series'] as const) {
      const expected = loaded[kind].items.filter((item) => hasWordStarting(item.name, 'news'));
      const group = results[groups[kind]];
      expect(group.total).toBe(expected.length);
      expect(group.hits.length).toBe(Math.min(expected.length, 50));
      for (const hit of group.hits) {
        expect(hit.kind).toBe(kind);
        expect(catalog.byId(kind, hit.id)?.name).toBe(hit.name);
        expect(hasWordStarting(hit.name, 'news')).toBe(true);
      }
      found += expected.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('ranks channels named "News…" before channels with "news" later in the name', () => {
    const hits = index.search('news').channels.hits;
    const starts = hits.map((hit) => /^news/i.test(hit.name.replace(/^[^a-z0-9]+/i, '')));
    const firstLater = starts.indexOf(false);
    expect(starts.slice(0, firstLater === -1 ? starts.length : firstLater).length).toBeGreaterThan(0);
    if (firstLater >= 0) expect(starts.slice(firstLater)).not.toContain(true);
  });

  it('leaves hidden categories out of search when asked to', () => {
    const newsCategory = catalog.categories('live').find((c) => c.name === 'News');
    expect(newsCategory).toBeDefined();
    const rules = new Catalog(loaded, { live: { hidden: [newsCategory?.id ?? ''] } });
    const shown = index.search('news', { accept: (kind, id) => rules.isListed(kind, id) });
    // Items without a category (XC2 sends some with category_id null) are only in "All", which shows them.
    const expected = loaded.live.items.filter(
      (item) =>
        hasWordStarting(item.name, 'news') &&
        (item.categoryIds.length === 0 || item.categoryIds.some((id) => id !== newsCategory?.id)),
    );
    expect(shown.channels.total).toBe(expected.length);
    expect(shown.channels.total).toBeLessThan(index.search('news').channels.total);
  });
});
