import { AccountCache } from '../../../src/store/cache';
import { StoreEvents, type CorruptEvent } from '../../../src/store/events';
import { staleWhileRevalidate } from '../../../src/store/revalidate';
import { createQuota, HOUR, realCacheDb, testClock, unreadableAt, useFreshIndexedDb } from './support';

interface Channel {
  id: number;
  name: string;
}

const isChannels = (data: unknown): data is Channel[] =>
  Array.isArray(data) && data.every((c) => typeof c === 'object' && c !== null && typeof c.id === 'number');

function channels(count: number, prefix = 'Channel'): Channel[] {
  const list: Channel[] = [];
  for (let i = 0; i < count; i++) list.push({ id: i, name: `${prefix} ${i}` });
  return list;
}

function setUp(db = realCacheDb()) {
  const clock = testClock();
  const events = new StoreEvents();
  const corrupt: CorruptEvent[] = [];
  events.on('corrupt', (event) => corrupt.push(event));
  const cache = new AccountCache(db, 'acc', { now: clock.now, events });
  return { db, clock, corrupt, cache };
}

/** The database keys of the chunks of `key` (the head's own key and metadata left out). */
async function chunkKeys(db: ReturnType<typeof realCacheDb>, key: string): Promise<string[]> {
  return (await db.keys()).filter((k) => k.indexOf(`cache:acc:${key}@`) === 0).sort();
}

describe('long lists stored in chunks', () => {
  useFreshIndexedDb();

  it('reads back 23,456 items stored in chunks of 5,000, in order, with the lifetime of a plain entry', async () => {
    const { db, clock, cache } = setUp();
    const list = channels(23456);
    const written = await cache.writeList('live:streams', 'streams', list, { chunkSize: 5000 });
    expect(await chunkKeys(db, 'live:streams')).toHaveLength(5);

    const hit = await cache.readList('live:streams', isChannels);
    expect(hit?.value).toEqual(list);
    expect(hit).toMatchObject({ kind: 'streams', storedAt: written.storedAt, stale: false });
    clock.advance(7 * HOUR);
    expect((await cache.readList('live:streams', isChannels))?.stale).toBe(true);
  });

  it('keeps an empty list as an empty list', async () => {
    const { cache } = setUp();
    await cache.writeList('series:streams', 'streams', []);
    expect((await cache.readList('series:streams', isChannels))?.value).toEqual([]);
  });

  it('replaces a list whole and deletes the chunks of the version it replaced', async () => {
    const { db, cache } = setUp();
    await cache.writeList('movie:streams', 'streams', channels(12000, 'Old'), { chunkSize: 5000 });
    const before = await chunkKeys(db, 'movie:streams');
    await cache.writeList('movie:streams', 'streams', channels(7000, 'New'), { chunkSize: 5000 });
    const after = await chunkKeys(db, 'movie:streams');

    expect(before).toHaveLength(3);
    expect(after).toHaveLength(2);
    expect(after.filter((key) => before.indexOf(key) >= 0)).toEqual([]);
    const hit = await cache.readList('movie:streams', isChannels);
    expect(hit?.value).toHaveLength(7000);
    expect(hit?.value[6999].name).toBe('New 6999');
  });

  it('shows the old list to a reader while a new version is being written', async () => {
    const { db, cache } = setUp();
    await cache.writeList('live:streams', 'streams', channels(9000, 'Old'), { chunkSize: 3000 });
    // A reader that starts while the new chunks go in, before the head moves to them.
    let seen: Channel[] | undefined;
    let reads = 0;
    const slowWrites: typeof db = {
      ...db,
      set: async (key, value) => {
        if (reads++ === 1) seen = (await cache.readList('live:streams', isChannels))?.value;
        await db.set(key, value);
      },
    };
    await new AccountCache(slowWrites, 'acc').writeList('live:streams', 'streams', channels(9000, 'New'), {
      chunkSize: 3000,
    });
    expect(seen?.[0].name).toBe('Old 0');
    expect((await cache.readList('live:streams', isChannels))?.value[0].name).toBe('New 0');
  });

  it('treats a list with a missing chunk as a miss, deletes what is left of it and reports it', async () => {
    const { db, corrupt, cache } = setUp();
    await cache.writeList('live:streams', 'streams', channels(10000), { chunkSize: 4000 });
    const chunks = await chunkKeys(db, 'live:streams');
    await db.del(chunks[1]);

    expect(await cache.readList('live:streams', isChannels)).toBeUndefined();
    expect(corrupt).toEqual([expect.objectContaining({ key: 'cache:acc:live:streams', reason: 'truncated' })]);
    expect((await db.keys()).filter((k) => k.indexOf('live:streams') >= 0)).toEqual([]);
  });

  it('treats a chunk the validator rejects, or one that cannot be read, as a miss', async () => {
    const { db, corrupt, cache } = setUp();
    await cache.writeList('live:streams', 'streams', channels(6000), { chunkSize: 4000 });
    const chunks = await chunkKeys(db, 'live:streams');
    const broken = new AccountCache(unreadableAt(db, chunks[1]), 'acc', { events: new StoreEvents() });
    expect(await broken.readList('live:streams', isChannels)).toBeUndefined();

    await cache.writeList('live:streams', 'streams', [{ id: 'seven' }] as unknown as Channel[]);
    expect(await cache.readList('live:streams', isChannels)).toBeUndefined();
    expect(corrupt.map((event) => event.reason)).toEqual(['invalid']);
  });

  it('is a miss when the key holds a value written whole', async () => {
    const { corrupt, cache } = setUp();
    await cache.write('live:streams', 'streams', channels(10));
    expect(await cache.readList('live:streams', isChannels)).toBeUndefined();
    expect(corrupt).toEqual([expect.objectContaining({ reason: 'invalid' })]);
  });

  it('removes a list with its chunks', async () => {
    const { db, cache } = setUp();
    await cache.writeList('live:streams', 'streams', channels(9000), { chunkSize: 2000 });
    await cache.remove('live:streams');
    expect(await db.keys()).toEqual([]);
  });

  it('makes room by evicting other entries, never the chunks it already wrote', async () => {
    const quota = createQuota();
    const db = await quota.wrap(realCacheDb());
    const { cache } = setUp(db);
    await cache.write('guide:index', 'guide', channels(3000), { expiresAt: Date.UTC(2024, 0, 20) });
    quota.setCapacity(quota.used() + 4000);
    const written = await cache.writeList('live:streams', 'streams', channels(5000), { chunkSize: 1000 });
    expect(written.evicted.map((entry) => entry.key)).toEqual(['guide:index']);
    expect((await cache.readList('live:streams', isChannels))?.value).toHaveLength(5000);
  });

  it('fails with QUOTA_EXCEEDED rather than evict its own chunks when the list cannot fit', async () => {
    const quota = createQuota(2500);
    const db = await quota.wrap(realCacheDb());
    const { cache } = setUp(db);
    await expect(cache.writeList('live:streams', 'streams', channels(5000), { chunkSize: 1000 })).rejects.toMatchObject(
      { code: 'QUOTA_EXCEEDED' },
    );
    expect(await cache.readList('live:streams', isChannels)).toBeUndefined();
  });

  it('is what stale-while-revalidate reads and writes when given a chunk size', async () => {
    const { db, clock, cache } = setUp();
    const first = await staleWhileRevalidate({
      cache,
      key: 'movie:streams',
      kind: 'streams',
      validate: isChannels,
      fetch: async () => channels(2500),
      chunkSize: 1000,
    });
    expect(first.cached).toBeUndefined();
    expect((await first.refresh).status).toBe('updated');
    expect(await chunkKeys(db, 'movie:streams')).toHaveLength(3);

    clock.advance(7 * HOUR);
    const second = await staleWhileRevalidate({
      cache,
      key: 'movie:streams',
      kind: 'streams',
      validate: isChannels,
      fetch: async () => channels(2600),
      chunkSize: 1000,
    });
    expect(second.cached?.value).toHaveLength(2500);
    expect(second.cached?.stale).toBe(true);
    const refresh = await second.refresh;
    expect(refresh.status === 'updated' && refresh.value.length).toBe(2600);
    expect((await cache.readList('movie:streams', isChannels))?.value).toHaveLength(2600);
  });
});
