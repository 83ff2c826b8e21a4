import { AccountCache } from '../../../src/store/cache';
import { StoreEvents, type CorruptEvent } from '../../../src/store/events';
import { SCHEMA_VERSION } from '../../../src/store/schema';
import { isStoreError } from '../../../src/store/errors';
import { HOUR, realCacheDb, testClock, unreadableAt, useFreshIndexedDb } from './support';

interface Channel {
  id: number;
  name: string;
  group: string;
}

const isChannels = (data: unknown): data is Channel[] =>
  Array.isArray(data) && data.every((c) => typeof c === 'object' && c !== null && typeof c.id === 'number');
// Tags, not instanceof: fake-indexeddb clones with Node's structuredClone, outside jest's test realm.
const tagOf = (data: unknown) => Object.prototype.toString.call(data);
const isFloats = (data: unknown): data is Float64Array => tagOf(data) === '[object Float64Array]';
const isBytes = (data: unknown): data is Uint8Array => tagOf(data) === '[object Uint8Array]';
const isText = (data: unknown): data is string => typeof data === 'string';

function channels(count: number): Channel[] {
  const list: Channel[] = [];
  for (let i = 0; i < count; i++) list.push({ id: i, name: `Channel ${i}`, group: `Group ${i % 40}` });
  return list;
}

function setUp(accountId = 'acc') {
  const db = realCacheDb();
  const clock = testClock();
  const events = new StoreEvents();
  const corrupt: CorruptEvent[] = [];
  events.on('corrupt', (event) => corrupt.push(event));
  const cache = new AccountCache(db, accountId, { now: clock.now, events });
  return { db, clock, events, corrupt, cache };
}

describe('AccountCache round trips', () => {
  useFreshIndexedDb();

  it('stores and reads back a catalogue of 100,000 channels as it was', async () => {
    const { cache } = setUp();
    const list = channels(100000);
    await cache.write('live:streams', 'streams', list);
    const hit = await cache.read('live:streams', isChannels);
    expect(hit?.value).toHaveLength(100000);
    expect(hit?.value[99999]).toEqual({ id: 99999, name: 'Channel 99999', group: 'Group 39' });
    expect(hit?.value).toEqual(list);
    expect(hit?.kind).toBe('streams');
  });

  it('stores typed arrays as typed arrays', async () => {
    const { cache } = setUp();
    const floats = new Float64Array(500000).map((_, i) => i / 3);
    const bytes = new Uint8Array(1 << 20).map((_, i) => i & 0xff);
    await cache.write('guide:starts', 'other', floats);
    await cache.write('guide:blob', 'other', bytes);
    const readFloats = await cache.read('guide:starts', isFloats);
    const readBytes = await cache.read('guide:blob', isBytes);
    expect(tagOf(readFloats?.value)).toBe('[object Float64Array]');
    expect(readFloats?.value.length).toBe(500000);
    expect(readFloats?.value[499999]).toBeCloseTo(499999 / 3);
    expect(readBytes?.value.byteLength).toBe(1 << 20);
    expect(readBytes?.value[1000]).toBe(1000 & 0xff);
  });

  it('stores buffers, maps and plain objects without calling them truncated', async () => {
    const { cache, corrupt } = setUp();
    const isAnything = (data: unknown): data is unknown => data !== undefined;
    await cache.write('buffer', 'other', new ArrayBuffer(4096));
    await cache.write(
      'map',
      'other',
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    await cache.write('index', 'other', { '1': [0, 1], '2': [2, 3], '3': [] });
    expect((await cache.read('buffer', isAnything))?.value).toHaveProperty('byteLength', 4096);
    expect((await cache.read('map', isAnything))?.value).toHaveProperty('size', 2);
    expect((await cache.read('index', isAnything))?.value).toEqual({ '1': [0, 1], '2': [2, 3], '3': [] });
    expect(corrupt).toEqual([]);
  });

  it('answers undefined for a key never written, and forgets a removed one', async () => {
    const { cache } = setUp();
    expect(await cache.read('missing', isText)).toBeUndefined();
    await cache.write('k', 'other', 'value');
    await cache.remove('k');
    expect(await cache.read('k', isText)).toBeUndefined();
  });

  it('accepts a parse validator that turns stored data into the typed value', async () => {
    const { cache } = setUp();
    await cache.write('count', 'other', '41');
    const parseCount = {
      parse(data: unknown): number {
        if (typeof data !== 'string' || !/^\d+$/.test(data)) throw new TypeError('not a count');
        return Number(data) + 1;
      },
    };
    expect((await cache.read('count', parseCount))?.value).toBe(42);
  });
});

describe('AccountCache namespaces', () => {
  useFreshIndexedDb();

  it('keeps each account apart, and clears one without touching another', async () => {
    const { db, clock } = setUp();
    const a = new AccountCache(db, 'a', { now: clock.now });
    const b = new AccountCache(db, 'b', { now: clock.now });
    await a.write('live:categories', 'categories', 'from a');
    await b.write('live:categories', 'categories', 'from b');
    expect((await a.read('live:categories', isText))?.value).toBe('from a');
    expect((await b.read('live:categories', isText))?.value).toBe('from b');
    await a.clearAccount();
    expect(await a.read('live:categories', isText)).toBeUndefined();
    expect((await b.read('live:categories', isText))?.value).toBe('from b');
  });

  it('does not let a colon in an account id reach another namespace', async () => {
    const { db } = setUp();
    const plain = new AccountCache(db, 'a');
    const tricky = new AccountCache(db, 'a:b');
    await plain.write('b:key', 'other', 'plain');
    await tricky.write('key', 'other', 'tricky');
    expect((await plain.read('b:key', isText))?.value).toBe('plain');
    expect((await tricky.read('key', isText))?.value).toBe('tricky');
    await tricky.clearAccount();
    expect((await plain.read('b:key', isText))?.value).toBe('plain');
  });

  it('clearAll empties every account', async () => {
    const { db } = setUp();
    const a = new AccountCache(db, 'a');
    const b = new AccountCache(db, 'b');
    await a.write('k', 'other', 'x');
    await b.write('k', 'other', 'y');
    await a.clearAll();
    expect(await b.read('k', isText)).toBeUndefined();
    expect(await db.keys()).toEqual([]);
  });
});

describe('AccountCache lifetimes', () => {
  useFreshIndexedDb();

  it('keeps categories and streams fresh for 6 hours, details for 24', async () => {
    const { cache, clock } = setUp();
    await cache.write('cats', 'categories', 'c');
    await cache.write('streams', 'streams', 's');
    await cache.write('info', 'details', 'd');
    clock.advance(6 * HOUR - 1);
    expect((await cache.read('cats', isText))?.stale).toBe(false);
    expect((await cache.read('streams', isText))?.stale).toBe(false);
    clock.advance(1);
    expect((await cache.read('cats', isText))?.stale).toBe(true);
    expect((await cache.read('streams', isText))?.stale).toBe(true);
    expect((await cache.read('info', isText))?.stale).toBe(false);
    clock.advance(18 * HOUR);
    const details = await cache.read('info', isText);
    expect(details?.stale).toBe(true);
    // Stale values are still served: the caller shows them while it refreshes.
    expect(details?.value).toBe('d');
  });

  it('keeps guide data until the end of the window the writer names', async () => {
    const { cache, clock } = setUp();
    const windowEnd = clock.now() + 3 * HOUR;
    const write = await cache.write('guide:today', 'guide', 'programmes', { expiresAt: windowEnd });
    expect(write.expiresAt).toBe(windowEnd);
    clock.set(windowEnd - 1);
    expect((await cache.read('guide:today', isText))?.stale).toBe(false);
    clock.set(windowEnd);
    expect((await cache.read('guide:today', isText))?.stale).toBe(true);
  });

  it('refuses guide data without an expiry', async () => {
    const { cache } = setUp();
    const error = await cache.write('guide:today', 'guide', 'programmes').catch((e: unknown) => e);
    expect(isStoreError(error) && error.code).toBe('BAD_ARGUMENT');
  });

  it('takes lifetimes per kind as data, and per entry as an option', async () => {
    const { db, clock } = setUp();
    const cache = new AccountCache(db, 'acc', { now: clock.now, ttl: { categories: HOUR } });
    await cache.write('cats', 'categories', 'c');
    await cache.write('short', 'streams', 's', { ttlMs: 1000 });
    clock.advance(1000);
    expect((await cache.read('short', isText))?.stale).toBe(true);
    expect((await cache.read('cats', isText))?.stale).toBe(false);
    clock.advance(HOUR);
    expect((await cache.read('cats', isText))?.stale).toBe(true);
  });

  it('treats an entry from the future as stale (a TV clock set back)', async () => {
    const { cache, clock } = setUp();
    await cache.write('cats', 'categories', 'c');
    clock.advance(-24 * HOUR);
    expect((await cache.read('cats', isText))?.stale).toBe(true);
  });
});

describe('AccountCache with damaged or outdated entries', () => {
  useFreshIndexedDb();

  async function expectDiscarded(setUpResult: ReturnType<typeof setUp>, key: string, reason: CorruptEvent['reason']) {
    const { cache, db, corrupt } = setUpResult;
    expect(await cache.read(key, isChannels)).toBeUndefined();
    expect(await db.get(`cache:acc:${key}`)).toBeUndefined();
    expect(await db.get(`meta:acc:${key}`)).toBeUndefined();
    expect(corrupt).toEqual([expect.objectContaining({ store: 'cache', key: `cache:acc:${key}`, reason })]);
  }

  it('drops a value that is not an envelope', async () => {
    const s = setUp();
    await s.db.set('cache:acc:streams', [{ id: 1, name: 'raw, no envelope', group: 'g' }]);
    await expectDiscarded(s, 'streams', 'envelope');
  });

  it('drops an envelope with a field of the wrong type', async () => {
    const s = setUp();
    await s.cache.write('streams', 'streams', channels(3));
    const stored = (await s.db.get('cache:acc:streams')) as Record<string, unknown>;
    await s.db.set('cache:acc:streams', { ...stored, storedAt: 'yesterday' });
    await expectDiscarded(s, 'streams', 'envelope');
  });

  it('drops data the validator rejects (wrong type)', async () => {
    const s = setUp();
    await s.cache.write('streams', 'streams', 'not a list');
    await expectDiscarded(s, 'streams', 'invalid');
  });

  it('drops data a parse validator throws on, with its message', async () => {
    const s = setUp();
    await s.cache.write('streams', 'streams', [{ id: 'one' }]);
    const parse = {
      parse(data: unknown): Channel[] {
        if (!isChannels(data)) throw new TypeError('stream ids must be numbers');
        return data;
      },
    };
    expect(await s.cache.read('streams', parse)).toBeUndefined();
    expect(s.corrupt[0]).toMatchObject({ reason: 'invalid', detail: 'TypeError: stream ids must be numbers' });
  });

  it('drops truncated data', async () => {
    const s = setUp();
    await s.cache.write('streams', 'streams', channels(1000));
    const stored = (await s.db.get('cache:acc:streams')) as { data: Channel[] };
    await s.db.set('cache:acc:streams', { ...stored, data: stored.data.slice(0, 640) });
    await expectDiscarded(s, 'streams', 'truncated');
  });

  it('drops a truncated typed array', async () => {
    const s = setUp();
    await s.cache.write('starts', 'other', new Float64Array(100));
    const stored = (await s.db.get('cache:acc:starts')) as { data: Float64Array };
    await s.db.set('cache:acc:starts', { ...stored, data: stored.data.subarray(0, 50).slice() });
    expect(await s.cache.read('starts', isFloats)).toBeUndefined();
    expect(s.corrupt[0].reason).toBe('truncated');
  });

  it('drops an envelope of an older schema version instead of showing its shape', async () => {
    const s = setUp();
    const now = s.clock.now();
    await s.db.set('cache:acc:streams', {
      v: SCHEMA_VERSION - 1,
      kind: 'streams',
      storedAt: now,
      expiresAt: now + HOUR,
      size: 1,
      data: [{ id: 1, name: 'old shape', group: 'g' }],
    });
    await expectDiscarded(s, 'streams', 'outdated');
  });

  it('treats an unreadable record as a miss and reports it', async () => {
    const db = unreadableAt(realCacheDb(), 'cache:acc:streams');
    const events = new StoreEvents();
    const corrupt: CorruptEvent[] = [];
    events.on('corrupt', (event) => corrupt.push(event));
    const cache = new AccountCache(db, 'acc', { events });
    await cache.write('streams', 'streams', channels(2));
    expect(await cache.read('streams', isChannels)).toBeUndefined();
    expect(corrupt[0]).toMatchObject({ reason: 'unreadable', detail: expect.stringMatching(/^UnknownError/) });
    expect(await db.keys()).toEqual([]);
  });
});
