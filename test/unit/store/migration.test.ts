import { StoreEvents, type CorruptEvent, type UnavailableEvent } from '../../../src/store/events';
import { migrateUserData, SCHEMA_VERSION, type Schema } from '../../../src/store/schema';
import { USER_DATA_KEY, UserDataStore } from '../../../src/store/userData';
import { EXPORT_FORMAT } from '../../../src/store/userTransfer';
import { realUserDb, testClock, unreadableAt, useFreshIndexedDb } from './support';

/*
 * A schema one version ahead of this build, for these tests: suppose version 1 had kept favourites as one
 * flat list of "kind:id" strings, and the next version splits them per kind.
 */
const FLAT_FAVOURITES_V1 = {
  accounts: [{ id: 'a', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/list.m3u', createdAt: 1 }],
  byAccount: { a: { favourites: ['live:10', 'movie:7', 'live:11'] } },
};

function splitFavourites(data: unknown): unknown {
  const document = data as { accounts: unknown; byAccount: Record<string, { favourites: string[] }> };
  const byAccount: Record<string, unknown> = {};
  Object.keys(document.byAccount).forEach((id) => {
    const split: Record<string, string[]> = { live: [], movie: [], series: [] };
    document.byAccount[id].favourites.forEach((entry) => {
      const [kind, itemId] = entry.split(':');
      split[kind].push(itemId);
    });
    byAccount[id] = { favourites: split };
  });
  return { accounts: document.accounts, byAccount };
}

const NEXT_SCHEMA: Schema = { version: 2, migrations: { 1: splitFavourites } };

function listen(events: StoreEvents) {
  const corrupt: CorruptEvent[] = [];
  const unavailable: UnavailableEvent[] = [];
  events.on('corrupt', (event) => corrupt.push(event));
  events.on('unavailable', (event) => unavailable.push(event));
  return { corrupt, unavailable };
}

describe('migrateUserData', () => {
  it('runs each step from the stored version up to the current one, in order', () => {
    const schema: Schema = {
      version: 4,
      migrations: { 1: (d) => `${String(d)}>2`, 3: (d) => `${String(d)}>4` },
    };
    // Version 2 to 3 changed only the cache, so it has no user-data step.
    expect(migrateUserData('v1', 1, schema)).toBe('v1>2>4');
    expect(migrateUserData('v3', 3, schema)).toBe('v3>4');
    expect(migrateUserData('v4', 4, schema)).toBe('v4');
  });

  it('refuses data newer than the schema, and versions that never existed', () => {
    expect(() => migrateUserData({}, SCHEMA_VERSION + 1)).toThrow(RangeError);
    expect(() => migrateUserData({}, 0)).toThrow(RangeError);
  });
});

describe('opening user data of another version', () => {
  useFreshIndexedDb();

  it('migrates older user data, keeps the original, and stores the new shape', async () => {
    const db = realUserDb();
    await db.set(USER_DATA_KEY, { v: 1, data: FLAT_FAVOURITES_V1 });
    const user = await UserDataStore.open(db, { schema: NEXT_SCHEMA });
    expect(user.persistent).toBe(true);
    expect(user.forAccount('a').favourites('live')).toEqual(['10', '11']);
    expect(user.forAccount('a').favourites('movie')).toEqual(['7']);
    expect(await db.get(USER_DATA_KEY)).toMatchObject({
      v: 2,
      data: { byAccount: { a: { favourites: { live: ['10', '11'], movie: ['7'], series: [] } } } },
    });
    expect(await db.get(`${USER_DATA_KEY}:before-v2`)).toEqual({ v: 1, data: FLAT_FAVOURITES_V1 });
  });

  it('migrates an older export file on import', async () => {
    const user = await UserDataStore.open(realUserDb(), { schema: NEXT_SCHEMA });
    const file = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      data: FLAT_FAVOURITES_V1,
    };
    await user.importAll(JSON.stringify(file), { mode: 'replace' });
    expect(user.forAccount('a').favourites('live')).toEqual(['10', '11']);
    expect(JSON.parse(await user.exportAll()).version).toBe(2);
  });

  it('sets data aside when its migration fails, and starts empty', async () => {
    const db = realUserDb();
    const events = new StoreEvents();
    const heard = listen(events);
    await db.set(USER_DATA_KEY, { v: 1, data: { accounts: [], byAccount: { a: { favourites: 'not a list' } } } });
    const user = await UserDataStore.open(db, { schema: NEXT_SCHEMA, events, now: testClock().now });
    expect(user.accounts()).toEqual([]);
    expect(heard.corrupt).toEqual([expect.objectContaining({ store: 'user', reason: 'outdated' })]);
    const keys = await db.keys();
    expect(keys.filter((key) => key.indexOf(`${USER_DATA_KEY}:unusable:`) === 0)).toHaveLength(1);
  });

  it('leaves data from a newer app untouched and works in memory', async () => {
    const db = realUserDb();
    const events = new StoreEvents();
    const heard = listen(events);
    const newer = {
      v: SCHEMA_VERSION + 1,
      data: { accounts: [{ id: 'a', kind: 'm3u', name: 'N', url: 'http://h', createdAt: 1 }] },
    };
    await db.set(USER_DATA_KEY, newer);
    const user = await UserDataStore.open(db, { events });
    expect(user.persistent).toBe(false);
    expect(user.reason).toMatch(/newer version/);
    expect(heard.unavailable).toEqual([{ database: 'user', reason: user.reason }]);
    // What it can check is shown; writes stay in memory.
    expect(user.accounts().map((a) => a.id)).toEqual(['a']);
    await user.forAccount('a').addFavourite('live', '1');
    expect(await db.get(USER_DATA_KEY)).toEqual(newer);
  });
});

describe('opening damaged user data', () => {
  useFreshIndexedDb();

  it('sets aside a record that is not ours, reports it, and starts empty', async () => {
    const db = realUserDb();
    const events = new StoreEvents();
    const heard = listen(events);
    await db.set(USER_DATA_KEY, 'truncated {"accounts": [');
    const user = await UserDataStore.open(db, { events });
    expect(user.accounts()).toEqual([]);
    expect(heard.corrupt).toEqual([expect.objectContaining({ store: 'user', reason: 'envelope' })]);
    const aside = (await db.keys()).filter((key) => key.indexOf(`${USER_DATA_KEY}:unusable:`) === 0);
    expect(await db.get(aside[0])).toBe('truncated {"accounts": [');
  });

  it('keeps every valid part of a partly damaged record and reports the rest', async () => {
    const db = realUserDb();
    const events = new StoreEvents();
    const heard = listen(events);
    await db.set(USER_DATA_KEY, {
      v: SCHEMA_VERSION,
      data: {
        accounts: [
          { id: 'a', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/list.m3u', createdAt: 1 },
          { id: 'b', kind: 'satellite', name: 'Unknown kind', createdAt: 1 },
        ],
        byAccount: { a: { favourites: { live: ['1', null, '2'] }, recent: 'oops' } },
      },
    });
    const user = await UserDataStore.open(db, { events });
    expect(user.accounts().map((a) => a.id)).toEqual(['a']);
    expect(user.forAccount('a').favourites('live')).toEqual(['1', '2']);
    expect(heard.corrupt).toHaveLength(1);
    expect(heard.corrupt[0]).toMatchObject({ reason: 'invalid' });
    expect(heard.corrupt[0].detail).toContain('accounts[1]: kind: expected "xtream" or "m3u"');
    expect(heard.corrupt[0].detail).toContain('byAccount["a"].favourites.live[1]');
    // The salvaged data is stored, so the next start is clean.
    const again = listen(events);
    await UserDataStore.open(db, { events });
    expect(again.corrupt).toEqual([]);
  });

  it('works in memory rather than overwrite a record it cannot read', async () => {
    const inner = realUserDb();
    await inner.set(USER_DATA_KEY, { v: SCHEMA_VERSION, data: { accounts: [], byAccount: {} } });
    const events = new StoreEvents();
    const heard = listen(events);
    const user = await UserDataStore.open(unreadableAt(inner, USER_DATA_KEY), { events });
    expect(user.persistent).toBe(false);
    expect(heard.unavailable[0].reason).toMatch(/cannot be read: UnknownError/);
    await user.saveAccount({ id: 'a', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
    expect(await inner.get(USER_DATA_KEY)).toEqual({ v: SCHEMA_VERSION, data: { accounts: [], byAccount: {} } });
  });
});
