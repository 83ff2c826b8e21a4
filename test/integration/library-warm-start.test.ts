// The data layer's part of a warm start: after one online session, a new store on the same IndexedDB (the app
// started again) opens the saved account, its catalogue and its guide without a single request, even with the
// provider stopped.
import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../provider/server';
import { createSource, storedPlaylistAccount, storedXtreamAccount, type Source } from '../../src/library';
import { openStore } from '../../src/store';
import { XtreamClient } from '../../src/xtream';

/** A fetch that records every URL it is asked for. */
function recordingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const recorded = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  }) as typeof fetch;
  return { fetch: recorded, urls };
}

/** Everything the account page and Live TV need, as a first online session loads it. */
async function loadEverything(source: Source): Promise<{ channels: string[]; programmes: number }> {
  await source.connect();
  const { catalog } = await source.loadCatalog();
  const { status } = await source.loadGuide();
  return {
    channels: catalog
      .items('live', 'all')
      .toArray()
      .map((c) => c.name),
    programmes: status.programmes,
  };
}

describe('a warm start of the data layer', () => {
  let provider: RunningProvider;

  beforeEach(async () => {
    provider = await startProvider({ port: 0, quiet: true });
  });

  afterEach(async () => {
    await provider.close();
  });

  it('opens an Xtream account, its catalogue and its guide from IndexedDB with the provider stopped', async () => {
    const online = await openStore();
    const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'demo' });
    await online.user.saveAccount(storedXtreamAccount(client.credentials));
    const before = await loadEverything(createSource(online.user.accounts()[0], { store: online }));
    await provider.close();

    const restarted = await openStore();
    expect(restarted.persistent).toBe(true);
    const [saved] = restarted.user.accounts();
    const recorder = recordingFetch();
    const source = createSource(saved, { store: restarted, http: { fetch: recorder.fetch } });
    const state = await source.connect();
    expect(state).toMatchObject({ fromCache: true, account: { username: 'demo', status: 'Active' } });
    const loaded = await source.loadCatalog();
    expect(loaded).toMatchObject({ fromCache: true, stale: false });
    expect(
      loaded.catalog
        .items('live', 'all')
        .toArray()
        .map((c) => c.name),
    ).toEqual(before.channels);
    const guide = await source.loadGuide();
    expect(guide.status).toMatchObject({ state: 'ready', fromCache: true, programmes: before.programmes });
    const covered = loaded.catalog
      .items('live', 'all')
      .toArray()
      .find((c) => source.guide.guideChannelOf(c))!;
    expect((await source.guide.nowAndNext(covered)).now).toBeDefined();
    expect(await state.refresh).toEqual({ status: 'skipped' });
    expect(await loaded.refresh).toEqual({ status: 'skipped' });
    expect(recorder.urls).toEqual([]);
    await restarted.clearCache();
  });

  it('opens a playlist account and its guide from IndexedDB with the provider stopped', async () => {
    const online = await openStore();
    const account = storedPlaylistAccount(`${provider.url}/get.php?username=demo&password=demo&type=m3u_plus`);
    await online.user.saveAccount(account);
    const before = await loadEverything(createSource(account, { store: online }));
    expect(before.programmes).toBeGreaterThan(0);
    await provider.close();

    const restarted = await openStore();
    const saved = restarted.user.account(account.id)!;
    const recorder = recordingFetch();
    const source = createSource(saved, { store: restarted, http: { fetch: recorder.fetch } });
    const loaded = await source.loadCatalog();
    expect(loaded.fromCache).toBe(true);
    expect(
      loaded.catalog
        .items('live', 'all')
        .toArray()
        .map((c) => c.name),
    ).toEqual(before.channels);
    expect((await source.loadGuide()).status).toMatchObject({ state: 'ready', fromCache: true });
    expect(recorder.urls).toEqual([]);
  });
});
