import { AccountCache } from '../../../src/store/cache';
import { isStoreError } from '../../../src/store/errors';
import { StoreEvents, type EvictedEvent } from '../../../src/store/events';
import { isQuotaError, type EvictedEntry } from '../../../src/store/quota';
import { UserDataStore } from '../../../src/store/userData';
import { HOUR, createQuota, realCacheDb, realUserDb, testClock, useFreshIndexedDb } from './support';

const isList = (data: unknown): data is number[] => Array.isArray(data);
const list = (length: number) => new Array<number>(length).fill(7);

describe('isQuotaError', () => {
  it('recognises every way engines say storage is full', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }),
    ).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new Error('Component returned failure code: 0x80530014 (NS_ERROR_DOM_QUOTA_REACHED)'))).toBe(
      true,
    );
  });

  it('leaves other failures alone', () => {
    expect(isQuotaError(new DOMException('gone', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('writing to a full database', () => {
  useFreshIndexedDb();

  /**
   * Two accounts' caches (old streams, guide data, newer streams, guide data, categories, oldest to newest) and
   * user data in its own database, all under one quota that leaves `headroom` free.
   */
  async function fullStore(headroom = 500) {
    const clock = testClock();
    const events = new StoreEvents();
    const evictedEvents: EvictedEvent[] = [];
    events.on('evicted', (event) => evictedEvents.push(event));
    const quota = createQuota();
    const db = await quota.wrap(realCacheDb());
    const a = new AccountCache(db, 'a', { now: clock.now, events });
    const b = new AccountCache(db, 'b', { now: clock.now, events });
    await a.write('streams:old', 'streams', list(3000));
    clock.advance(HOUR);
    await b.write('guide:today', 'guide', list(2000), { expiresAt: clock.now() + 6 * HOUR });
    clock.advance(HOUR);
    await a.write('streams:newer', 'streams', list(3000));
    clock.advance(HOUR);
    await a.write('guide:today', 'guide', list(1000), { expiresAt: clock.now() + 6 * HOUR });
    clock.advance(HOUR);
    await b.write('categories', 'categories', list(1000));
    const user = await UserDataStore.open(await quota.wrap(realUserDb()), { cache: db, events });
    await user.saveAccount({ id: 'a', kind: 'm3u', name: 'A', url: 'http://127.0.0.1/a.m3u', createdAt: 1 });
    await user.forAccount('a').addFavourite('live', '1');
    const capacity = quota.used() + headroom;
    quota.setCapacity(capacity);
    return { clock, db, quota, capacity, a, b, user, evictedEvents };
  }

  const names = (entries: EvictedEntry[]) => entries.map((entry) => `${entry.kind} ${entry.accountId}/${entry.key}`);

  it('evicts guide data first, reports it, and retries the write', async () => {
    const { a, evictedEvents } = await fullStore();
    const result = await a.write('movies', 'streams', list(3000));
    expect(names(result.evicted)).toEqual(['guide b/guide:today', 'guide a/guide:today']);
    expect(evictedEvents).toEqual([{ entries: result.evicted, forKey: 'cache:a:movies', written: true }]);
    expect(await a.read('streams:old', isList)).toBeDefined();
    expect((await a.read('movies', isList))?.value).toHaveLength(3000);
  });

  it('then evicts other cache entries oldest first, never user data', async () => {
    const { a, b, user, quota, capacity } = await fullStore();
    const result = await a.write('movies', 'streams', list(8000));
    expect(names(result.evicted)).toEqual([
      'guide b/guide:today',
      'guide a/guide:today',
      'streams a/streams:old',
      'streams a/streams:newer',
    ]);
    expect(result.evicted[2]).toMatchObject({ size: 3000 });
    expect(await b.read('categories', isList)).toBeDefined();
    expect((await a.read('movies', isList))?.value).toHaveLength(8000);
    expect(quota.used()).toBeLessThanOrEqual(capacity);
    // User data is in another database: untouched, and still there after a restart.
    expect(user.forAccount('a').favourites('live')).toEqual(['1']);
    const reopened = await UserDataStore.open(realUserDb());
    expect(reopened.forAccount('a').favourites('live')).toEqual(['1']);
  });

  it('gives up with QUOTA_EXCEEDED when nothing is left to evict, keeping the entry being replaced', async () => {
    const { a, evictedEvents } = await fullStore();
    const error = await a.write('streams:old', 'streams', list(50000)).catch((e: unknown) => e);
    expect(isStoreError(error) && error.code).toBe('QUOTA_EXCEEDED');
    expect(isStoreError(error) && names(error.evicted)).toEqual([
      'guide b/guide:today',
      'guide a/guide:today',
      'streams a/streams:newer',
      'categories b/categories',
    ]);
    expect(evictedEvents[0].written).toBe(false);
    expect((await a.read('streams:old', isList))?.value).toHaveLength(3000);
  });

  it('makes room for user data by evicting cache entries', async () => {
    const { user, evictedEvents } = await fullStore(0);
    await user.forAccount('a').addFavourite('live', '2');
    expect(user.forAccount('a').favourites('live')).toEqual(['1', '2']);
    expect(evictedEvents).toHaveLength(1);
    expect(evictedEvents[0]).toMatchObject({ forKey: 'user-data', written: true });
    expect(names(evictedEvents[0].entries)).toEqual(['guide b/guide:today', 'guide a/guide:today']);
    const reopened = await UserDataStore.open(realUserDb());
    expect(reopened.forAccount('a').favourites('live')).toEqual(['1', '2']);
  });

  it('lets other write failures through untouched', async () => {
    const db = realCacheDb();
    const broken = { ...db, set: async () => Promise.reject(new DOMException('closing', 'InvalidStateError')) };
    const cache = new AccountCache(broken, 'a');
    await expect(cache.write('k', 'other', [1])).rejects.toMatchObject({ name: 'InvalidStateError' });
  });
});
