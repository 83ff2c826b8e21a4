import { isStoreError, type StoreError } from '../../../src/store/errors';
import { SCHEMA_VERSION } from '../../../src/store/schema';
import { UserDataStore } from '../../../src/store/userData';
import type { StoredAccount } from '../../../src/store/userModels';
import { EXPORT_FORMAT } from '../../../src/store/userTransfer';
import { createMemoryStore } from '../../../src/store/keyValueStore';
import { realUserDb, testClock, useFreshIndexedDb } from './support';

const XTREAM: StoredAccount = {
  id: 'x1',
  kind: 'xtream',
  name: 'Living room',
  server: 'http://127.0.0.1:8080',
  username: 'viewer',
  password: 'secret',
  createdAt: 1700000000000,
};
const M3U: StoredAccount = { id: 'm1', kind: 'm3u', name: 'Playlist', url: 'http://127.0.0.1/list.m3u', createdAt: 2 };

async function populated() {
  const clock = testClock();
  const user = await UserDataStore.open(realUserDb(), { now: clock.now });
  await user.saveAccount(XTREAM);
  await user.saveAccount(M3U);
  const x = user.forAccount('x1');
  await x.addFavourite('live', '10');
  await x.addFavourite('live', '11');
  await x.addFavourite('series', '5');
  await x.markWatched('live', '10');
  clock.advance(1000);
  await x.markWatched('movie', '77');
  await x.saveResumePosition({ id: '77', kind: 'movie', positionSec: 1200, durationSec: 5400 });
  await x.writeSettings({ language: 'de', bufferSec: 20 });
  await x.setPin('8642');
  await user.forAccount('m1').addFavourite('live', 'bbc-one');
  return { user, clock };
}

async function importError(user: UserDataStore, json: string): Promise<StoreError> {
  const error = await user.importAll(json, { mode: 'replace' }).catch((e: unknown) => e);
  if (!isStoreError(error)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe('exporting and importing user data', () => {
  useFreshIndexedDb();

  it('exports one JSON document with a format tag, version and time', async () => {
    const { user, clock } = await populated();
    const file = JSON.parse(await user.exportAll());
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: new Date(clock.now()).toISOString(),
    });
    expect(file.data.accounts).toHaveLength(2);
  });

  it('round-trips everything into an empty store', async () => {
    const { user } = await populated();
    const json = await user.exportAll();
    const fresh = await UserDataStore.open(createMemoryStore());
    expect(await fresh.importAll(json, { mode: 'replace' })).toEqual({ mode: 'replace', imported: 2, total: 2 });
    expect(JSON.parse(await fresh.exportAll()).data).toEqual(JSON.parse(json).data);
    expect(fresh.accounts()).toEqual(user.accounts());
    const x = fresh.forAccount('x1');
    expect(x.favourites('live')).toEqual(['10', '11']);
    expect(x.favourites('series')).toEqual(['5']);
    expect(x.recentlyWatched('movie').map((entry) => entry.id)).toEqual(['77']);
    expect(x.resumePosition('movie', '77')?.positionSec).toBe(1200);
    expect(x.readSettings({ language: 'en', bufferSec: 10 })).toEqual({ language: 'de', bufferSec: 20 });
    expect(x.verifyPin('8642')).toBe(true);
    expect(fresh.forAccount('m1').favourites('live')).toEqual(['bbc-one']);
  });

  it('replaces or merges, as asked', async () => {
    const { user } = await populated();
    const json = await user.exportAll();
    const other = await UserDataStore.open(createMemoryStore());
    await other.saveAccount({ ...M3U, id: 'm2', name: 'Other' });
    await other.saveAccount({ ...XTREAM, name: 'Old name' });
    await other.forAccount('x1').addFavourite('live', '99');
    await other.forAccount('x1').addFavourite('live', '10');

    expect(await other.importAll(json, { mode: 'merge' })).toEqual({ mode: 'merge', imported: 2, total: 3 });
    expect(other.accounts().map((a) => `${a.id} ${a.name}`)).toEqual(['m2 Other', 'x1 Living room', 'm1 Playlist']);
    expect(other.forAccount('x1').favourites('live')).toEqual(['99', '10', '11']);
    expect(other.forAccount('x1').verifyPin('8642')).toBe(true);

    await other.importAll(json, { mode: 'replace' });
    expect(other.accounts().map((a) => a.id)).toEqual(['x1', 'm1']);
    expect(other.forAccount('x1').favourites('live')).toEqual(['10', '11']);
  });

  it('rejects a file that is not JSON, or not ours, changing nothing', async () => {
    const { user } = await populated();
    const before = await user.exportAll();
    expect((await importError(user, '{"format": "tvplayer-user-data", "version": 1, "data": {')).problems[0]).toMatch(
      /^not JSON/,
    );
    expect((await importError(user, '[1, 2]')).problems).toEqual(['format: expected "tvplayer-user-data"']);
    expect((await importError(user, JSON.stringify({ format: 'other-app', version: 1, data: {} }))).code).toBe(
      'BAD_IMPORT',
    );
    expect(await user.exportAll()).toBe(before);
  });

  it('rejects a file from a newer version', async () => {
    const { user } = await populated();
    const file = JSON.parse(await user.exportAll());
    const error = await importError(user, JSON.stringify({ ...file, version: SCHEMA_VERSION + 1 }));
    expect(error.problems[0]).toMatch(/newer app/);
  });

  it('checks every part before writing anything, and lists every problem with its place', async () => {
    const { user } = await populated();
    const before = await user.exportAll();
    const file = JSON.parse(before);
    // Everything in the file is valid except a few deep details, and the store must still not change at all.
    file.data.accounts.push({
      id: 'x2',
      kind: 'xtream',
      name: 'No password',
      server: 'http://h',
      username: 'u',
      createdAt: 3,
    });
    file.data.byAccount.x1.favourites.live.push(42);
    file.data.byAccount.x1.resume[0].positionSec = 'half';
    file.data.byAccount.x1.pin.hash = 'not a hash';
    file.data.byAccount.ghost = { favourites: { live: [] } };
    const error = await importError(user, JSON.stringify(file));
    expect(error.problems).toEqual([
      'data.accounts[2]: an Xtream account needs server, username and password',
      'data.byAccount["x1"].favourites.live[2]: expected a non-empty string id',
      'data.byAccount["x1"].resume[0]: positionSec, durationSec: expected seconds',
      'data.byAccount["x1"].pin: hash: expected 64 hexadecimal digits',
      'data.byAccount["ghost"]: no account has this id',
    ]);
    expect(error.message).toMatch(/^this file cannot be imported: 5 problems/);
    expect(await user.exportAll()).toBe(before);
  });
});
