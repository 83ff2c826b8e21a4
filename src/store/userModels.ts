import type { PinRecord } from './pin';

/** The three catalogue sections user data is kept per. */
export type MediaKind = 'live' | 'movie' | 'series';

/** Every media kind, for checks and loops. */
export const MEDIA_KINDS: readonly MediaKind[] = ['live', 'movie', 'series'];

/**
 * An account as the viewer entered it. Xtream accounts have `server`, `username` and `password`;
 * M3U accounts have `url`. Credentials are stored as typed (providers put them in every stream URL anyway).
 */
export interface StoredAccount {
  id: string;
  kind: 'xtream' | 'm3u';
  name: string;
  server?: string;
  username?: string;
  password?: string;
  url?: string;
  /** An XMLTV guide URL the viewer added. */
  epgUrl?: string;
  /** Epoch milliseconds. */
  createdAt: number;
  lastUsedAt?: number;
}

/** One item in a recently-watched list. */
export interface WatchedEntry {
  id: string;
  /** Epoch milliseconds. */
  watchedAt: number;
}

/** Where the viewer stopped in a movie or an episode. */
export interface ResumePosition {
  id: string;
  kind: MediaKind;
  positionSec: number;
  durationSec: number;
  /** Epoch milliseconds. */
  updatedAt: number;
}

/** One list per media kind. */
export type ByKind<T> = Record<MediaKind, T[]>;

/** Everything kept for one account. Item ids are strings (Xtream's numeric ids are stringified). */
export interface AccountData {
  /** Ordered as the viewer arranged them. */
  favourites: ByKind<string>;
  /** Newest first, at most {@link RECENT_LIMIT} per kind. */
  recent: ByKind<WatchedEntry>;
  /** Newest first, at most {@link RESUME_LIMIT}. */
  resume: ResumePosition[];
  /** Whatever the caller stores; read back merged over the caller's defaults. Must be JSON data. */
  settings: Record<string, unknown>;
  pin?: PinRecord;
}

/** All user data: what is exported, imported and migrated as one. */
export interface UserDataDocument {
  accounts: StoredAccount[];
  /** Keyed by account id; an account without an entry has empty data. */
  byAccount: Record<string, AccountData>;
}

/** Recently watched items kept per kind. */
export const RECENT_LIMIT = 50;
/** Resume positions kept per account. */
export const RESUME_LIMIT = 500;
/** A position past this fraction of the duration means "finished": it is dropped, not resumed. */
export const FINISHED_FRACTION = 0.95;

/** Empty data for one account. */
export function emptyAccountData(): AccountData {
  return {
    favourites: { live: [], movie: [], series: [] },
    recent: { live: [], movie: [], series: [] },
    resume: [],
    settings: {},
  };
}

/** A document with no accounts. */
export function emptyUserData(): UserDataDocument {
  return { accounts: [], byAccount: {} };
}

/** The data of one account in a document (empty when it has none). */
export function accountDataIn(document: UserDataDocument, accountId: string): AccountData {
  return Object.prototype.hasOwnProperty.call(document.byAccount, accountId)
    ? document.byAccount[accountId]
    : emptyAccountData();
}
