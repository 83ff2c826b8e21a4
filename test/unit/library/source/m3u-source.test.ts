import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { startProvider, type RunningProvider } from '../../../provider/server';
import { startServer, answer, type TestServer } from '../../../support/servers';
import { M3uSource, storedPlaylistAccount, createSource, type LoadProgress } from '../../../../src/library';
import type { Store } from '../../../../src/store';
import { openTestStore, recordingFetch, testClock } from './support';

const M3U_FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/m3u');

let provider: RunningProvider;
let store: Store;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  store = await openTestStore(testClock());
});

afterAll(async () => {
  await provider.close();
});

function playlistUrl(): string {
  return `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=ts`;
}

describe("an M3U source over the provider's get.php", () => {
  it('maps groups to categories and entries to channels, movies and series, with the guide address', async () => {
    const account = storedPlaylistAccount(playlistUrl());
    const source = createSource(account, { store });
    expect(source.kind).toBe('m3u');
    const progress: LoadProgress[] = [];
    const { catalog, fromCache } = await source.loadCatalog({ onProgress: (p) => progress.push(p) });
    expect(fromCache).toBe(false);

    const cat = provider.catalogue;
    expect(catalog.count('live')).toBe(cat.liveChannels().length);
    expect(catalog.count('movie')).toBe(cat.movies().length);
    // A playlist has no series ids: episodes are grouped by name, so series sharing a title become one.
    expect(catalog.count('series')).toBe(new Set(cat.seriesList().map((s) => s.title.toLowerCase())).size);
    expect(catalog.categories('live').map((c) => c.name)).toEqual(
      cat.liveCategories.filter((c) => cat.liveChannels().some((l) => l.categoryId === c.id)).map((c) => c.name),
    );
    const first = cat.liveChannels()[0];
    const channel = catalog.byId('live', String(first.streamId))!;
    expect(channel.name).toBe(first.name);
    expect(channel.epgChannelId).toBe(first.epgChannelId ?? undefined);
    expect(source.liveUrl(channel)).toBe(`${provider.url}/live/demo/demo/${first.streamId}.ts`);
    expect((source as M3uSource).guideUrls).toEqual([`${provider.url}/xmltv.php?username=demo&password=demo`]);
    expect(source.account).toBeUndefined();
    expect((await source.connect()).account).toBeUndefined();

    const titles = cat.seriesList().map((s) => s.title);
    const series = cat.seriesList().find((s) => titles.filter((t) => t === s.title).length === 1)!;
    const listed = catalog
      .items('series', 'all')
      .toArray()
      .find((s) => s.name === series.title)!;
    const details = await source.seriesDetails(listed);
    expect(details.episodes).toHaveLength(cat.episodesOf(series).length);
    expect(details.seasons.reduce((n, s) => n + s.episodeCount, 0)).toBe(details.episodes.length);
    expect(source.episodeUrl(details.episodes[0])).toMatch(new RegExp(`^${provider.url}/series/demo/demo/\\d+\\.`));
    const movie = catalog.items('movie', 'all').at(0)!;
    expect(source.movieUrl(movie)).toMatch(new RegExp(`^${provider.url}/movie/demo/demo/${movie.id}\\.`));

    const downloads = progress.filter((p) => p.phase === 'download');
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads[downloads.length - 1].bytes).toBeGreaterThan(0);
    expect(progress[progress.length - 1].phase).toBe('done');
  });

  it('reads the playlist back from the cache on the next start, without a request', async () => {
    const account = storedPlaylistAccount(`${playlistUrl()}&cached=1`);
    const loaded = await createSource(account, { store }).loadCatalog();
    const recorder = recordingFetch();
    const again = await createSource(account, { store, http: { fetch: recorder.fetch } }).loadCatalog();
    expect(again.fromCache).toBe(true);
    expect(again.catalog.count('live')).toBe(loaded.catalog.count('live'));
    expect(recorder.urls).toEqual([]);
  });
});

describe('an M3U source with bad input', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((req, res, index) => {
      if (req.url === '/portal')
        return answer(200, '<!DOCTYPE html><html><body>Log in</body></html>', 'text/html')(req, res, index);
      if (req.url === '/empty') return answer(200, '#EXTM3U\n', 'audio/x-mpegurl')(req, res, index);
      return answer(404, 'Not found', 'text/plain')(req, res, index);
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const load = (url: string) => createSource(storedPlaylistAccount(url), { store }).loadCatalog();

  it('says a web page is not a playlist', async () => {
    await expect(load(`${server.url}/portal`)).rejects.toMatchObject({
      name: 'SourceError',
      code: 'NOT_A_PLAYLIST',
      message: 'The server answered a web page, not a playlist.',
    });
  });

  it('says a playlist without entries is empty', async () => {
    await expect(load(`${server.url}/empty`)).rejects.toMatchObject({ name: 'SourceError', code: 'EMPTY_PLAYLIST' });
  });

  it('passes on the HTTP status of a missing playlist', async () => {
    await expect(load(`${server.url}/gone`)).rejects.toMatchObject({
      name: 'NetworkError',
      kind: 'HTTP_STATUS',
      status: 404,
    });
  });
});

const withFixtures = fs.existsSync(M3U_FIXTURES) ? describe : describe.skip;
if (!fs.existsSync(M3U_FIXTURES))
  console.warn(`Skipping real playlists: ${M3U_FIXTURES} is absent (it lives in ../shared).`);

withFixtures('an M3U source over real playlists', () => {
  const fromFile = (name: string) =>
    new M3uSource({
      id: `file-${name}`,
      name,
      playlist: { fileName: name, readText: () => fs.promises.readFile(path.join(M3U_FIXTURES, name), 'utf8') },
      cache: store.cacheFor(`file-${name}`),
    });

  it.each([
    'iptv-org-iptv__us.m3u',
    'iptv-org-iptv__in.m3u',
    'iptv-org-iptv__uk_samsung.m3u',
    'Beijing-IPTV__IPTV-Unicom.m3u',
  ])('lists every entry of %s as a playable item', async (name) => {
    const text = fs.readFileSync(path.join(M3U_FIXTURES, name), 'utf8');
    const urls = new Set(
      text
        .split('\n')
        .filter((line) => /^\s*https?:\/\//.test(line))
        .map((l) => l.trim()),
    );
    const source = fromFile(name);
    const { catalog } = await source.loadCatalog();
    const items = catalog.items('live', 'all').toArray();
    const movies = catalog.items('movie', 'all').toArray();
    expect(items.length + movies.length).toBe(urls.size);
    for (const item of items) expect(urls.has(source.liveUrl(item))).toBe(true);
    const grouped = items.filter((i) => i.categoryIds.length > 0).length;
    expect(catalog.items('live', 'all').length).toBe(items.length);
    expect(catalog.categories('live').reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(grouped);
  });

  it('says the empty real playlist is empty', async () => {
    await expect(fromFile('iptv-org-iptv__at_pluto.m3u').loadCatalog()).rejects.toMatchObject({
      code: 'EMPTY_PLAYLIST',
    });
  });
});
