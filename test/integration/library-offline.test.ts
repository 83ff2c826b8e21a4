// Without IndexedDB (private mode, an engine without it) the app works in memory and says its data will not be
// kept. No fake-indexeddb here: Node has no IndexedDB, as such a TV would not.
import { startProvider, type RunningProvider } from '../provider/server';
import { createSource, storageNotice, storedXtreamAccount } from '../../src/library';
import { openStore } from '../../src/store';
import { XtreamClient } from '../../src/xtream';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(async () => {
  await provider.close();
});

describe('a source when IndexedDB is unavailable', () => {
  it('works in memory for the session and says the data will not be kept', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = await openStore();
    expect(store.persistent).toBe(false);
    expect(store.reason).toMatch(/IndexedDB/);
    expect(storageNotice(store)).toMatch(/will not be kept/);

    const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'demo' });
    const account = storedXtreamAccount(client.credentials);
    await store.user.saveAccount(account);
    expect(store.user.accounts()).toEqual([account]);

    const source = createSource(account, { store });
    expect((await source.connect()).account?.status).toBe('Active');
    const first = await source.loadCatalog();
    expect(first.fromCache).toBe(false);
    expect(first.catalog.count('live')).toBeGreaterThan(0);
    // Within the session, the memory cache still spares the second load its requests (once the lists are stored:
    // a first load shows each list as it arrives and stores it behind).
    await first.refresh;
    const again = await createSource(account, { store }).loadCatalog();
    expect(again.fromCache).toBe(true);
  });

  it('says nothing when the store is persistent', () => {
    expect(storageNotice({ persistent: true })).toBeUndefined();
  });
});
