import type { EvictedEntry } from './quota';

/**
 * Why an entry could not be used:
 * - `envelope`: the stored value is not one of our envelopes (foreign or damaged record).
 * - `outdated`: written under another schema version; its shape cannot be trusted.
 * - `truncated`: the data is shorter or longer than the size recorded when it was written.
 * - `invalid`: the caller's validator rejected the data.
 * - `unreadable`: IndexedDB itself failed to read the record.
 */
export type CorruptReason = 'envelope' | 'outdated' | 'truncated' | 'invalid' | 'unreadable';

/** A record was found unusable; cache entries are deleted, user data is set aside. */
export interface CorruptEvent {
  store: 'cache' | 'user';
  key: string;
  reason: CorruptReason;
  detail: string;
}

/** Cache entries were deleted to make room after a quota error. */
export interface EvictedEvent {
  entries: EvictedEntry[];
  /** The key whose write hit the quota. */
  forKey: string;
  /** Whether that write went through in the end. */
  written: boolean;
}

/** A background refresh replaced a cached value. */
export interface UpdateEvent {
  accountId: string;
  key: string;
  /** The caller's summary of what changed (by default `{ changed: boolean }`). */
  changes: unknown;
  /** False when the new value reached the UI but could not be stored. */
  persisted: boolean;
}

/** A database could not be used; the store keeps working in memory. */
export interface UnavailableEvent {
  database: 'cache' | 'user';
  reason: string;
}

/** Event name → listener signature for {@link StoreEvents}. */
export interface StoreEventMap {
  update: (event: UpdateEvent) => void;
  evicted: (event: EvictedEvent) => void;
  corrupt: (event: CorruptEvent) => void;
  unavailable: (event: UnavailableEvent) => void;
}

type Listeners = { [K in keyof StoreEventMap]: StoreEventMap[K][] };

/**
 * The store's tiny typed event bus. A listener that throws does not stop the others or the store;
 * its error is rethrown on a later tick so it still reaches the console.
 */
export class StoreEvents {
  private readonly listeners: Listeners = { update: [], evicted: [], corrupt: [], unavailable: [] };

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof StoreEventMap>(event: K, listener: StoreEventMap[K]): () => void {
    this.listeners[event].push(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof StoreEventMap>(event: K, listener: StoreEventMap[K]): void {
    const list = this.listeners[event];
    const index = list.indexOf(listener);
    if (index >= 0) list.splice(index, 1);
  }

  emit<K extends keyof StoreEventMap>(event: K, payload: Parameters<StoreEventMap[K]>[0]): void {
    this.listeners[event].slice().forEach((listener) => {
      try {
        (listener as (p: typeof payload) => void)(payload);
      } catch (error) {
        setTimeout(() => {
          throw error;
        }, 0);
      }
    });
  }
}
