import { AccountCache } from '../../../src/store/cache';
import { StoreEvents, type UpdateEvent } from '../../../src/store/events';
import { staleWhileRevalidate, type CacheUpdate, type ChangeSummary } from '../../../src/store/revalidate';
import { SCHEMA_VERSION } from '../../../src/store/schema';
import { HOUR, createQuota, deferred, realCacheDb, testClock, useFreshIndexedDb } from './support';

interface Category {
  id: string;
  name: string;
}

const isCategories = (data: unknown): data is Category[] =>
  Array.isArray(data) && data.every((c) => typeof c === 'object' && c !== null && typeof c.id === 'string');

const OLD: Category[] = [
  { id: '1', name: 'News' },
  { id: '2', name: 'Sport' },
];
const NEW: Category[] = [
  { id: '1', name: 'News' },
  { id: '3', name: 'Kids' },
];

/** A caller diff: which ids came and went. */
function idsDiff(previous: Category[] | undefined, next: Category[]) {
  const before = (previous ?? []).map((c) => c.id);
  const after = next.map((c) => c.id);
  return {
    added: after.filter((id) => before.indexOf(id) < 0),
    removed: before.filter((id) => after.indexOf(id) < 0),
  };
}

function setUp() {
  const clock = testClock();
  const events = new StoreEvents();
  const updates: UpdateEvent[] = [];
  events.on('update', (event) => updates.push(event));
  const cache = new AccountCache(realCacheDb(), 'acc', { now: clock.now, events });
  return { clock, cache, updates };
}

describe('staleWhileRevalidate', () => {
  useFreshIndexedDb();

  it('on a miss, fetches, stores, and calls onUpdate with the value', async () => {
    const { cache } = setUp();
    const seen: Array<CacheUpdate<Category[], ChangeSummary>> = [];
    const { cached, refresh } = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: async () => NEW,
      onUpdate: (update) => seen.push(update),
    });
    expect(cached).toBeUndefined();
    expect(await refresh).toMatchObject({ status: 'updated', value: NEW, changes: { changed: true }, persisted: true });
    expect(seen).toEqual([{ value: NEW, changes: { changed: true }, persisted: true, evicted: [] }]);
    expect((await cache.read('live:categories', isCategories))?.value).toEqual(NEW);
  });

  it('shows the stale catalogue at once, then swaps in the fresh one with the caller diff', async () => {
    const { cache, clock, updates } = setUp();
    await cache.write('live:categories', 'categories', OLD);
    clock.advance(7 * HOUR);
    const fetch = deferred<Category[]>();
    const seen: Array<ReturnType<typeof idsDiff>> = [];
    const { cached, refresh } = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: () => fetch.promise,
      diff: idsDiff,
      onUpdate: ({ changes }) => seen.push(changes),
    });
    expect(cached).toMatchObject({ value: OLD, stale: true });
    // While the refresh runs, readers still get the old value: the swap happens only once it is written.
    expect((await cache.read('live:categories', isCategories))?.value).toEqual(OLD);
    expect(seen).toEqual([]);

    fetch.resolve(NEW);
    const outcome = await refresh;
    expect(outcome).toMatchObject({ status: 'updated', changes: { added: ['3'], removed: ['2'] } });
    expect(seen).toEqual([{ added: ['3'], removed: ['2'] }]);
    const after = await cache.read('live:categories', isCategories);
    expect(after).toMatchObject({ value: NEW, stale: false });
    expect(updates).toEqual([
      { accountId: 'acc', key: 'live:categories', changes: { added: ['3'], removed: ['2'] }, persisted: true },
    ]);
  });

  it('does not fetch while the cached value is fresh, unless asked to always refresh', async () => {
    const { cache } = setUp();
    await cache.write('live:categories', 'categories', OLD);
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      return OLD;
    };
    const options = { cache, key: 'live:categories', kind: 'categories' as const, validate: isCategories, fetch };
    const fresh = await staleWhileRevalidate(options);
    expect(await fresh.refresh).toEqual({ status: 'skipped' });
    expect(fetches).toBe(0);

    const always = await staleWhileRevalidate({ ...options, refresh: 'always' });
    expect(await always.refresh).toMatchObject({ status: 'updated', changes: { changed: false } });
    expect(fetches).toBe(1);
  });

  it('keeps the old value and reports the error when the refresh fails', async () => {
    const { cache, clock, updates } = setUp();
    await cache.write('live:categories', 'categories', OLD);
    clock.advance(7 * HOUR);
    const errors: unknown[] = [];
    const onUpdate = jest.fn();
    const { cached, refresh } = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: async () => {
        throw new Error('SERVER_UNREACHABLE');
      },
      onUpdate,
      onError: (error) => errors.push(error),
    });
    expect(cached?.value).toEqual(OLD);
    const outcome = await refresh;
    expect(outcome).toMatchObject({ status: 'failed', keptCached: true });
    expect(errors).toEqual([new Error('SERVER_UNREACHABLE')]);
    expect(onUpdate).not.toHaveBeenCalled();
    expect(updates).toEqual([]);
    expect((await cache.read('live:categories', isCategories))?.value).toEqual(OLD);
  });

  it('coalesces concurrent revalidations of one key into a single fetch', async () => {
    const { cache, clock } = setUp();
    await cache.write('live:categories', 'categories', OLD);
    clock.advance(7 * HOUR);
    const fetch = deferred<Category[]>();
    let fetches = 0;
    const seen: string[] = [];
    const run = (who: string) =>
      staleWhileRevalidate({
        cache,
        key: 'live:categories',
        kind: 'categories',
        validate: isCategories,
        fetch: () => {
          fetches++;
          return fetch.promise;
        },
        onUpdate: ({ changes }) => seen.push(`${who}:${changes.changed}`),
      });
    const [first, second] = await Promise.all([run('menu'), run('grid')]);
    fetch.resolve(NEW);
    const outcomes = await Promise.all([first.refresh, second.refresh]);
    expect(fetches).toBe(1);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['updated', 'updated']);
    expect(seen.sort()).toEqual(['grid:true', 'menu:true']);

    // Once it is over, the next stale revalidation fetches again.
    clock.advance(7 * HOUR);
    const third = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: async () => {
        fetches++;
        return NEW;
      },
    });
    await third.refresh;
    expect(fetches).toBe(2);
  });

  it('refetches an entry of an older schema instead of showing it', async () => {
    const { cache, clock } = setUp();
    const db = realCacheDb();
    await db.set('cache:acc:live:categories', {
      v: SCHEMA_VERSION - 1,
      kind: 'categories',
      storedAt: clock.now(),
      expiresAt: clock.now() + HOUR,
      size: 1,
      data: { categories: 'an old shape' },
    });
    const { cached, refresh } = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: async () => NEW,
    });
    expect(cached).toBeUndefined();
    expect(await refresh).toMatchObject({ status: 'updated', value: NEW });
    expect((await cache.read('live:categories', isCategories))?.value).toEqual(NEW);
  });

  it('still delivers the fresh value when it cannot be stored', async () => {
    const clock = testClock();
    const quota = createQuota();
    const db = await quota.wrap(realCacheDb());
    const cache = new AccountCache(db, 'acc', { now: clock.now });
    quota.setCapacity(quota.used());
    const errors: unknown[] = [];
    const seen: Category[][] = [];
    const { refresh } = await staleWhileRevalidate({
      cache,
      key: 'live:categories',
      kind: 'categories',
      validate: isCategories,
      fetch: async () => NEW,
      onUpdate: ({ value }) => seen.push(value),
      onError: (error) => errors.push(error),
    });
    expect(await refresh).toMatchObject({ status: 'updated', persisted: false });
    expect(seen).toEqual([NEW]);
    expect(errors).toEqual([expect.objectContaining({ name: 'StoreError', code: 'QUOTA_EXCEEDED' })]);
  });

  it('writes guide data with the expiry the caller derives from it', async () => {
    const { cache, clock } = setUp();
    const windowEnd = clock.now() + 2 * HOUR;
    const isWindow = (data: unknown): data is { end: number } =>
      typeof data === 'object' && data !== null && typeof (data as { end?: unknown }).end === 'number';
    const { refresh } = await staleWhileRevalidate({
      cache,
      key: 'guide:now',
      kind: 'guide',
      validate: isWindow,
      fetch: async () => ({ end: windowEnd }),
      writeOptions: (value) => ({ expiresAt: value.end }),
    });
    await refresh;
    expect((await cache.read('guide:now', isWindow))?.expiresAt).toBe(windowEnd);
  });
});
