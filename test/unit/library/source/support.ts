// Helpers for the source and guide tests: a fetch that records every request, a store on fake-indexeddb
// (the test file imports 'fake-indexeddb/auto' first), and a clock tests can move.
import { openStore, type Store } from '../../../../src/store';

/** A fetch that records the URL of every request before passing it to the real one. */
export function recordingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const recorded = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(input, init);
  }) as typeof fetch;
  return { fetch: recorded, urls };
}

/** A clock that stays where it is put. */
export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = Date.now()): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

/** The store on the fake IndexedDB of this test file, with the given clock. */
export function openTestStore(clock: TestClock): Promise<Store> {
  return openStore({ now: clock.now, timeoutMs: 2000 });
}

export const HOUR_MS = 3600000;
