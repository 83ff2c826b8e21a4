import { isStoreError } from '../../../src/store/errors';
import type { KeyValueStore } from '../../../src/store/keyValueStore';
import { UserDataStore } from '../../../src/store/userData';
import type { StoredAccount } from '../../../src/store/userModels';
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
const M3U: StoredAccount = { id: 'm1', kind: 'm3u', name: 'Playlist', url: 'http://127.0.0.1/list.m3u', createdAt: 1 };

async function openWithAccount(db: KeyValueStore = realUserDb(), now?: () => number) {
  const user = await UserDataStore.open(db, { now });
  await user.saveAccount(XTREAM);
  return { user, db, data: user.forAccount('x1') };
}

async function errorOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('UserDataStore accounts', () => {
  useFreshIndexedDb();

  it('adds, replaces and lists accounts, and keeps them across a restart', async () => {
    const { user } = await openWithAccount();
    await user.saveAccount(M3U);
    await user.saveAccount({ ...XTREAM, name: 'Bedroom' });
    expect(user.accounts().map((a) => `${a.id} ${a.name}`)).toEqual(['x1 Bedroom', 'm1 Playlist']);
    const reopened = await UserDataStore.open(realUserDb());
    expect(reopened.account('x1')).toEqual({ ...XTREAM, name: 'Bedroom' });
    expect(reopened.account('m1')).toEqual(M3U);
  });

  it('refuses an account missing what its kind needs', async () => {
    const user = await UserDataStore.open(realUserDb());
    const error = await errorOf(() => user.saveAccount({ ...XTREAM, password: undefined }));
    expect(isStoreError(error) && error.code).toBe('BAD_ARGUMENT');
    const m3uError = await errorOf(() => user.saveAccount({ ...M3U, url: undefined }));
    expect(isStoreError(m3uError) && m3uError.message).toMatch(/needs url/);
    expect(user.accounts()).toEqual([]);
  });

  it('removes an account with all its data', async () => {
    const { user, data } = await openWithAccount();
    await data.addFavourite('live', '10');
    await user.removeAccount('x1');
    expect(user.accounts()).toEqual([]);
    expect(isStoreError(await errorOf(() => user.forAccount('x1')))).toBe(true);
    await user.saveAccount(XTREAM);
    expect(user.forAccount('x1').favourites('live')).toEqual([]);
  });

  it('refuses per-account data for an unknown account', async () => {
    const user = await UserDataStore.open(realUserDb());
    const error = await errorOf(() => user.forAccount('nobody'));
    expect(isStoreError(error) && error.code).toBe('UNKNOWN_ACCOUNT');
  });
});

describe('UserDataStore per-account data', () => {
  useFreshIndexedDb();

  it('keeps favourites per kind, in order, across a restart', async () => {
    const { data } = await openWithAccount();
    await data.addFavourite('live', '10');
    await data.addFavourite('live', '20');
    await data.addFavourite('live', '10');
    await data.addFavourite('movie', '7');
    expect(await data.toggleFavourite('live', '30')).toBe(true);
    await data.moveFavourite('live', '30', 0);
    expect(await data.toggleFavourite('live', '20')).toBe(false);
    const reopened = (await UserDataStore.open(realUserDb())).forAccount('x1');
    expect(reopened.favourites('live')).toEqual(['30', '10']);
    expect(reopened.favourites('movie')).toEqual(['7']);
    expect(reopened.favourites('series')).toEqual([]);
    expect(reopened.isFavourite('movie', '7')).toBe(true);
  });

  it('applies concurrent changes one after another, losing none', async () => {
    const { data } = await openWithAccount();
    await Promise.all(Array.from({ length: 20 }, (_, i) => data.addFavourite('live', String(i))));
    const reopened = (await UserDataStore.open(realUserDb())).forAccount('x1');
    expect(reopened.favourites('live')).toHaveLength(20);
  });

  it('keeps the 50 most recently watched per kind, newest first', async () => {
    const clock = testClock();
    const { data } = await openWithAccount(realUserDb(), clock.now);
    for (let i = 0; i < 60; i++) {
      clock.advance(1000);
      await data.markWatched('live', `ch${i}`);
    }
    clock.advance(1000);
    await data.markWatched('live', 'ch20');
    const recent = data.recentlyWatched('live');
    expect(recent).toHaveLength(50);
    expect(recent[0]).toEqual({ id: 'ch20', watchedAt: clock.now() });
    expect(recent[1].id).toBe('ch59');
    expect(recent.filter((entry) => entry.id === 'ch20')).toHaveLength(1);
    expect(recent.map((entry) => entry.id)).not.toContain('ch9');
    expect(data.recentlyWatched('movie')).toEqual([]);
    await data.forgetWatched('live', 'ch59');
    expect(
      data
        .recentlyWatched('live')
        .map((entry) => entry.id)
        .slice(0, 2),
    ).toEqual(['ch20', 'ch58']);
    expect(data.recentlyWatched('live')).toHaveLength(49);
    await data.clearRecentlyWatched('live');
    expect(data.recentlyWatched('live')).toEqual([]);
  });

  it('saves resume positions and drops finished items past 95 %', async () => {
    const clock = testClock();
    const { data } = await openWithAccount(realUserDb(), clock.now);
    await data.saveResumePosition({ id: 'm5', kind: 'movie', positionSec: 600, durationSec: 6000 });
    await data.saveResumePosition({ id: 'e9', kind: 'series', positionSec: 100, durationSec: 1200 });
    expect(data.resumePosition('movie', 'm5')).toEqual({
      id: 'm5',
      kind: 'movie',
      positionSec: 600,
      durationSec: 6000,
      updatedAt: clock.now(),
    });
    await data.saveResumePosition({ id: 'm5', kind: 'movie', positionSec: 5700, durationSec: 6000 });
    expect(data.resumePosition('movie', 'm5')?.positionSec).toBe(5700);
    await data.saveResumePosition({ id: 'm5', kind: 'movie', positionSec: 5701, durationSec: 6000 });
    expect(data.resumePosition('movie', 'm5')).toBeUndefined();
    expect(data.resumePositions().map((p) => p.id)).toEqual(['e9']);
    const badPosition = await errorOf(() =>
      data.saveResumePosition({ id: 'm6', kind: 'movie', positionSec: NaN, durationSec: 10 }),
    );
    expect(isStoreError(badPosition) && badPosition.code).toBe('BAD_ARGUMENT');
  });

  it('merges settings over the caller defaults, ignoring stored values of another type', async () => {
    const { data, db } = await openWithAccount();
    const defaults = { language: 'en', bufferSec: 10, subtitles: false, hiddenGroups: [] as string[] };
    expect(data.readSettings(defaults)).toEqual(defaults);
    await data.writeSettings<typeof defaults>({ bufferSec: 30, hiddenGroups: ['Adult'] });
    expect(data.readSettings(defaults)).toEqual({ ...defaults, bufferSec: 30, hiddenGroups: ['Adult'] });
    // An older build stored the buffer as text: the default wins for that key, the others still apply.
    await data.writeSettings({ bufferSec: '30', language: 'fr' } as Record<string, unknown>);
    const reopened = (await UserDataStore.open(db)).forAccount('x1');
    expect(reopened.readSettings(defaults)).toEqual({ ...defaults, language: 'fr', hiddenGroups: ['Adult'] });
  });

  it('changes nothing when a write fails', async () => {
    const inner = realUserDb();
    let failing = false;
    const db: KeyValueStore = {
      ...inner,
      set: async (key, value) => {
        if (failing) throw new DOMException('The transaction was aborted.', 'AbortError');
        return inner.set(key, value);
      },
    };
    const { data } = await openWithAccount(db);
    await data.addFavourite('live', '1');
    failing = true;
    await expect(data.addFavourite('live', '2')).rejects.toMatchObject({ name: 'AbortError' });
    expect(data.favourites('live')).toEqual(['1']);
    failing = false;
    await data.addFavourite('live', '3');
    expect(data.favourites('live')).toEqual(['1', '3']);
  });
});
