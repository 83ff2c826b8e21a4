import 'fake-indexeddb/auto';
import { ALL_CATEGORIES, Catalog, type ProgrammeHit } from '../../../src/library';
import type { XtreamSource } from '../../../src/library';
import { setLanguage } from '../../../src/ui/i18n';
import { groupStart, hitIndexFrom } from '../../../src/ui/search/groupNavigation';
import { inArchive } from '../../../src/ui/search/programmeFeed';
import {
  foundAnything,
  programmeTime,
  recentEntries,
  resultEntries,
  type HitEntry,
  type SearchEntry,
} from '../../../src/ui/search/resultEntries';
import { SearchCatalog } from '../../../src/ui/search/searchCatalog';
import { startProvider, type RunningProvider } from '../../provider/server';
import { demoSource, openTestStore, testClock, type TestClock } from '../library/guide/support';

const HOUR_MS = 3600000;
let provider: RunningProvider;
let source: XtreamSource;
let catalog: Catalog;
let clock: TestClock;

/** Runs the build to the end (each slice yields to the event loop, as in the app). */
function built(search: SearchCatalog): Promise<void> {
  return new Promise((resolve) => {
    if (search.progress.done) return resolve();
    const stop = search.onProgress((progress) => {
      if (!progress.done) return;
      stop();
      resolve();
    });
  });
}

async function builtCatalog(): Promise<SearchCatalog> {
  const search = new SearchCatalog({ now: clock.now });
  search.update({ catalog, guide: source.guide });
  await built(search);
  return search;
}

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  clock = testClock();
  const store = await openTestStore(clock);
  source = demoSource(provider, 'search', store, clock).source;
  catalog = (await source.loadCatalog()).catalog;
  await source.loadGuide();
}, 120000);

afterAll(async () => {
  await provider.close();
});

afterEach(() => {
  catalog.setCategoryRules('live', { hidden: [], locked: [] });
  setLanguage('en');
});

describe('the search index of the demo account', () => {
  it('finds channels and guide programmes named "news", each programme on a channel that can show it', async () => {
    const search = await builtCatalog();
    const results = search.search('news', 50);
    const names = results.channels.hits.map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['News 24 FHD', 'World News FHD', 'Business News']));
    expect(results.channels.total).toBeGreaterThanOrEqual(names.length);
    expect(results.programmes.total).toBeGreaterThan(0);
    const now = clock.now();
    for (const hit of results.programmes.hits) {
      expect(hit.title.toLowerCase()).toContain('news');
      const channel = search.channelFor(hit.channelId)!;
      expect(channel).toBeDefined();
      expect(source.guide.guideChannelOf(channel)).toBe(hit.channelId);
      // Only what OK can act on: on air, still to come, or inside the channel's archive.
      const when = programmeTime(hit, now);
      if (when === 'past') expect(inArchive(channel, hit.start, hit.stop, now)).toBe(true);
    }
  });

  it('ranks programmes nearest to now first within a match level, what is on air before anything else', async () => {
    const search = await builtCatalog();
    const hits = search.search('news', 1000).programmes.hits;
    const now = clock.now();
    const distance = (h: ProgrammeHit): number =>
      h.start <= now && now < h.stop ? 0 : 1 + Math.floor((h.start > now ? h.start - now : now - h.stop) / HOUR_MS);
    const byLevel = new Map<string, number[]>();
    hits.forEach((h) => byLevel.set(h.match, [...(byLevel.get(h.match) ?? []), distance(h)]));
    for (const distances of byLevel.values()) {
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    }
    expect(hits.some((h) => distance(h) === 0)).toBe(true);
    expect(hits.some((h) => h.start > now)).toBe(true);
    expect(hits.some((h) => h.stop <= now)).toBe(true);
  });

  it('leaves out the channels of hidden and locked categories, and their programmes, after a rebuild', async () => {
    const search = await builtCatalog();
    const news = catalog.categories('live').find((c) => c.name === 'News')!;
    const before = search.search('news', 1000);
    const inNews = before.channels.hits.filter((h) => catalog.byId('live', h.id)!.categoryIds.includes(news.id));
    expect(inNews.length).toBeGreaterThan(0);

    for (const rules of [{ hidden: [news.id] }, { locked: [news.id] }]) {
      catalog.setCategoryRules('live', rules);
      // A new index starts at once: even half built, it never holds them.
      search.update({ catalog, guide: source.guide });
      const quick = search.search('news', 1000).channels.hits;
      expect(quick.filter((h) => inNews.some((n) => n.id === h.id))).toEqual([]);
      await built(search);
      const after = search.search('news', 1000);
      expect(after.channels.hits.filter((h) => inNews.some((n) => n.id === h.id))).toEqual([]);
      for (const hit of after.programmes.hits) {
        expect(search.channelFor(hit.channelId)!.categoryIds).not.toEqual([news.id]);
      }
      expect(after.programmes.total).toBeLessThan(before.programmes.total);
    }
  });

  it("reads the programmes again when the guide's times are shifted (the account's guide offset)", async () => {
    const search = await builtCatalog();
    const first = search.search('news', 5).programmes.hits[0];
    // The starts of that programme on its channel (a finite set: shifted, it can never be the same set again).
    const starts = (): number[] =>
      search
        .search(first.title, 1000)
        .programmes.hits.filter((h) => h.channelId === first.channelId && h.title === first.title)
        .map((h) => h.start)
        .sort((a, b) => a - b);
    const before = starts();
    // Every start of that title on that channel in the guide, unshifted. The index keeps only the programmes near
    // now, and an hour's shift moves some into that span or out of it (which ones depends on the time of the run).
    const inGuide = source.guide
      .index!.programmesBetween(first.channelId, 0, Number.MAX_SAFE_INTEGER)
      .filter((programme) => programme.title === first.title)
      .map((programme) => programme.start);
    expect(inGuide).toEqual(expect.arrayContaining(before));
    try {
      source.guide.setOffsets({ accountMinutes: 60, channels: [] });
      search.update({ catalog, guide: source.guide });
      await built(search);
      const after = starts();
      expect(after).not.toEqual(before);
      expect(after.length).toBeGreaterThan(0);
      for (const start of after) expect(inGuide).toContain(start - HOUR_MS);
    } finally {
      source.guide.setOffsets({ accountMinutes: 0, channels: [] });
    }
  });

  it('adds movies and series arriving after the channels without starting over', async () => {
    const partial = new Catalog({
      live: { categories: catalog.categories('live'), items: catalog.items('live', ALL_CATEGORIES).toArray() },
    });
    // A clock that runs 5 ms per reading: every slice is tiny, so a build that started over would be seen.
    let tick = 0;
    const search = new SearchCatalog({ now: clock.now, clock: () => (tick += 5) });
    search.update({ catalog: partial, guide: source.guide });
    await built(search);
    const before = search.progress.documents;
    expect(search.search('the last', 5).movies.total).toBe(0);

    partial.setSection('movie', catalog.categories('movie'), catalog.items('movie', ALL_CATEGORIES).toArray());
    search.update({ catalog: partial, guide: source.guide });
    expect(search.progress.documents).toBeGreaterThanOrEqual(before);
    await built(search);
    expect(search.progress.documents).toBe(before + catalog.count('movie'));
    expect(search.search('the last', 5).movies.total).toBeGreaterThan(0);
    expect(search.search('news', 5).channels.total).toBeGreaterThan(0);

    // A kind whose items changed starts the index over.
    partial.setSection('movie', catalog.categories('movie'), catalog.items('movie', ALL_CATEGORIES).slice(0, 10));
    search.update({ catalog: partial, guide: source.guide });
    expect(search.progress.documents).toBeLessThan(before);
    await built(search);
    expect(search.progress.documents).toBe(before + 10);
  });

  it('draws grouped rows with totals, details and what OK opens', async () => {
    const search = await builtCatalog();
    const now = clock.now();
    const results = search.search('news', 50);
    const context = { catalog, channelFor: (id: string) => search.channelFor(id), now };
    const entries = resultEntries(results, context, { collapsed: 3 });
    const headings = entries.filter((e) => e.type === 'header').map((e) => e.text);
    expect(headings[0]).toBe(`Channels · ${results.channels.total}`);
    expect(headings[1]).toMatch(/^Programmes · [\d,]+$/);
    // Collapsed: three hits, then "Show more"; the channels' first rows are the index's first hits.
    expect(entries.slice(1, 4).map((e) => (e as HitEntry).title)).toEqual(
      results.channels.hits.slice(0, 3).map((h) => h.name),
    );
    expect(entries[4]).toMatchObject({
      title: 'Show more',
      detail: `${results.channels.total} found`,
      target: { kind: 'more', group: 'channels' },
    });
    expect(entries[5]).toMatchObject({ type: 'header', group: 'programmes' });
    // Expanded, the group shows every hit kept and no "Show more"; the other groups stay collapsed.
    const expanded = resultEntries(results, context, { collapsed: 3, expanded: 'channels' });
    const channelRows = expanded.filter((e) => e.type === 'hit' && e.group === 'channels');
    expect(channelRows).toHaveLength(results.channels.hits.length);
    expect(expanded.filter((e) => e.type === 'hit' && e.target.kind === 'more')).toHaveLength(1);
    const hits = entries.filter((e): e is HitEntry => e.type === 'hit');
    const channel = hits.find((h) => h.target.kind === 'channel')!;
    expect(channel.detail).toContain('News');
    const onAir = hits.find((h) => h.target.kind === 'programme' && h.target.when === 'now');
    expect(onAir?.detail).toMatch(/^On now {2}· {2}.+/);

    const movies = search.search('the last', 5);
    const movieRows = resultEntries(movies, { catalog, channelFor: () => undefined, now }, { collapsed: 3 });
    const movie = movieRows.find((e): e is HitEntry => e.type === 'hit' && e.group === 'movies');
    expect(movie?.target).toEqual({ kind: 'movie', id: expect.any(String) });
    expect(catalog.byId('movie', (movie!.target as { id: string }).id)!.name).toBe(movie!.title);

    await setLanguage('de');
    const german = resultEntries(results, context, { collapsed: 3 });
    expect(german[0]).toMatchObject({ type: 'header', text: `Sender · ${results.channels.total}` });

    const nothing = search.search('zzqx', 5);
    expect(foundAnything(nothing)).toBe(false);
    expect(resultEntries(nothing, context, { collapsed: 3 })).toEqual([]);
  });
});

describe('moving through the results', () => {
  const hit = (title: string): SearchEntry => ({
    type: 'hit',
    group: 'channels',
    title,
    detail: '',
    target: { kind: 'query', text: title },
  });
  const heading = (text: string): SearchEntry => ({ type: 'header', group: 'movies', text });
  const entries = [heading('A'), hit('a1'), hit('a2'), heading('B'), hit('b1'), heading('C'), hit('c1')];

  it('steps over headings and jumps from group to group', () => {
    expect(hitIndexFrom(entries, 0, 1)).toBe(1);
    expect(hitIndexFrom(entries, 3, 1)).toBe(4);
    expect(hitIndexFrom(entries, 3, -1)).toBe(2);
    expect(hitIndexFrom(entries, 0, -1)).toBe(-1);
    expect(groupStart(entries, 1, 1)).toBe(4);
    expect(groupStart(entries, 4, 1)).toBe(6);
    expect(groupStart(entries, 6, 1)).toBe(-1);
    expect(groupStart(entries, 6, -1)).toBe(4);
    expect(groupStart(entries, 2, -1)).toBe(-1);
  });
});

describe('recent searches as rows', () => {
  it('lists them newest first under a heading (OK searches again), then a row that clears them', () => {
    const rows = recentEntries(['NEWS', 'sky sports']);
    expect(rows[0]).toEqual({ type: 'header', group: 'recent', text: 'Recent searches' });
    expect(rows[1]).toMatchObject({ type: 'hit', title: 'NEWS', target: { kind: 'query', text: 'NEWS' } });
    expect(rows[2]).toMatchObject({ type: 'hit', title: 'sky sports', target: { kind: 'query', text: 'sky sports' } });
    expect(rows[3]).toMatchObject({
      type: 'hit',
      title: 'Clear recent searches',
      detail: 'Forgets the searches above on this account',
      target: { kind: 'clearRecent' },
    });
    expect(rows).toHaveLength(4);
    expect(recentEntries([])).toEqual([]);
  });
});
