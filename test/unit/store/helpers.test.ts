import { deepEqual } from '../../../src/store/deepEqual';
import { sizeOf } from '../../../src/store/envelope';
import { StoreEvents } from '../../../src/store/events';

describe('sizeOf', () => {
  it('counts items, bytes, characters and keys without copying', () => {
    expect(sizeOf([1, 2, 3])).toBe(3);
    expect(sizeOf(new Float32Array(10))).toBe(40);
    expect(sizeOf(new ArrayBuffer(7))).toBe(7);
    expect(sizeOf('abcd')).toBe(4);
    expect(sizeOf(new Map([[1, 2]]))).toBe(1);
    expect(sizeOf({ a: 1, b: 2 })).toBe(2);
    expect(sizeOf(42)).toBe(0);
    expect(sizeOf(null)).toBe(0);
  });
});

describe('deepEqual', () => {
  it('compares catalogue-like data structurally', () => {
    expect(deepEqual([{ id: 1, tags: ['a'] }], [{ id: 1, tags: ['a'] }])).toBe(true);
    expect(deepEqual([{ id: 1, tags: ['a'] }], [{ id: 1, tags: ['b'] }])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(deepEqual(new Uint8Array([1, 2]), new Int8Array([1, 2]))).toBe(false);
    expect(deepEqual(new ArrayBuffer(2), new ArrayBuffer(3))).toBe(false);
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual(new Map([['k', [1]]]), new Map([['k', [1]]]))).toBe(true);
    expect(deepEqual(new Set([1]), new Set([2]))).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual([], {})).toBe(false);
  });
});

describe('StoreEvents', () => {
  it('keeps calling listeners after one throws, and stops calling removed ones', () => {
    jest.useFakeTimers();
    try {
      const events = new StoreEvents();
      const heard: string[] = [];
      events.on('unavailable', () => {
        throw new Error('listener bug');
      });
      const off = events.on('unavailable', (event) => heard.push(event.reason));
      events.emit('unavailable', { database: 'cache', reason: 'first' });
      off();
      events.emit('unavailable', { database: 'cache', reason: 'second' });
      expect(heard).toEqual(['first']);
      // The listener's error is rethrown on a later tick, so it still reaches the console.
      expect(() => jest.runOnlyPendingTimers()).toThrow('listener bug');
    } finally {
      jest.useRealTimers();
    }
  });
});
