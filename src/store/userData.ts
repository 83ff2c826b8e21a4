import { AccountUserData, type AccountDataHost } from './accountUserData';
import { describeError, StoreError } from './errors';
import { StoreEvents, type CorruptReason } from './events';
import { createMemoryStore, type KeyValueStore } from './keyValueStore';
import { secureRandomBytes, type RandomBytes } from './pin';
import { writeEvictingOnQuota } from './quota';
import { CURRENT_SCHEMA, migrateUserData, type Schema } from './schema';
import { mergeUserData } from './userMerge';
import { accountDataIn, emptyUserData, type StoredAccount, type UserDataDocument } from './userModels';
import { exportUserData, parseUserDataExport } from './userTransfer';
import { checkAccount, checkUserData } from './userValidation';

/** The one key all user data lives under: small enough to write whole, and one put is atomic. */
export const USER_DATA_KEY = 'user-data';

/** Options for {@link UserDataStore.open}. */
export interface UserDataOptions {
  events?: StoreEvents;
  /** The clock, in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Salt source for PINs. Default `crypto.getRandomValues`. */
  randomBytes?: RandomBytes;
  /** The schema to read and write; defaults to this build's. */
  schema?: Schema;
  /** The cache database: when a user-data write hits the quota, cache entries are evicted to make room. */
  cache?: KeyValueStore;
  /** The record under {@link USER_DATA_KEY}, already read from `db` (opening the database reads it to prove it works). */
  read?: { value: unknown };
}

/** How an import changed the stored data. */
export interface ImportOptions {
  /** `replace`: the file becomes all user data. `merge`: the file is merged into what is stored. */
  mode: 'replace' | 'merge';
}

/** What an import did. */
export interface ImportSummary {
  mode: ImportOptions['mode'];
  /** Accounts in the file. */
  imported: number;
  /** Accounts stored after the import. */
  total: number;
}

interface StoredDocument {
  v: number;
  data: unknown;
}

function isStoredDocument(raw: unknown): raw is StoredDocument {
  return typeof raw === 'object' && raw !== null && typeof (raw as { v?: unknown }).v === 'number' && 'data' in raw;
}

function hasAccount(document: UserDataDocument, accountId: string): boolean {
  return document.accounts.some((account) => account.id === accountId);
}

/**
 * Accounts and everything the viewer made (favourites, history, resume positions, settings, PIN), in the
 * user database. Never evicted; exported and imported as one JSON file. Reads answer from memory;
 * writes run one after another and resolve once stored (a failed write changes nothing).
 */
export class UserDataStore {
  /** False when user data lives in memory for this session only. */
  readonly persistent: boolean;
  readonly reason?: string;
  readonly events: StoreEvents;
  private document: UserDataDocument;
  private queue: Promise<void> = Promise.resolve();
  private readonly db: KeyValueStore;
  private readonly schema: Schema;
  private readonly now: () => number;
  private readonly randomBytes: RandomBytes;
  private readonly cache: KeyValueStore;
  private readonly host: AccountDataHost;

  private constructor(db: KeyValueStore, document: UserDataDocument, options: UserDataOptions, reason?: string) {
    this.db = db;
    this.document = document;
    this.persistent = reason === undefined;
    if (reason !== undefined) this.reason = reason;
    this.events = options.events ?? new StoreEvents();
    this.schema = options.schema ?? CURRENT_SCHEMA;
    this.now = options.now ?? Date.now;
    this.randomBytes = options.randomBytes ?? secureRandomBytes;
    this.cache = options.cache ?? createMemoryStore();
    this.host = {
      read: (accountId) => accountDataIn(this.document, accountId),
      change: (accountId, update) => this.changeAccountData(accountId, update),
      now: () => this.now(),
      randomBytes: this.randomBytes,
    };
  }

  /**
   * Loads user data from `db`. Older data is migrated (the original is kept under a backup key);
   * damaged parts are dropped, reported as `corrupt` and the original kept aside; data that cannot be
   * read, or that a newer app wrote, is left untouched and this session works in memory
   * (`persistent: false`, reported as `unavailable`).
   */
  static async open(db: KeyValueStore, options: UserDataOptions = {}): Promise<UserDataStore> {
    const events = options.events ?? new StoreEvents();
    const settled: UserDataOptions = { ...options, events };
    const schema = options.schema ?? CURRENT_SCHEMA;
    const now = options.now ?? Date.now;
    const inMemory = (document: UserDataDocument, reason: string) => {
      events.emit('unavailable', { database: 'user', reason });
      return new UserDataStore(createMemoryStore(), document, settled, reason);
    };
    let raw: unknown;
    try {
      raw = options.read ? options.read.value : await db.get(USER_DATA_KEY);
    } catch (error) {
      // Writing over a record we could not read would destroy it.
      return inMemory(emptyUserData(), `user data cannot be read: ${describeError(error)}`);
    }
    if (raw === undefined) return new UserDataStore(db, emptyUserData(), settled);

    const setAside = async (reason: CorruptReason, detail: string) => {
      events.emit('corrupt', { store: 'user', key: USER_DATA_KEY, reason, detail });
      await db.set(`${USER_DATA_KEY}:unusable:${now()}`, raw).catch(() => undefined);
    };
    if (!isStoredDocument(raw)) {
      await setAside('envelope', 'not a user-data record');
      return new UserDataStore(db, emptyUserData(), settled);
    }
    if (raw.v > schema.version) {
      const shown = checkUserData(raw.data).document;
      return inMemory(shown, `user data was written by a newer version of the app (${raw.v} > ${schema.version})`);
    }
    let data = raw.data;
    let rewrite = false;
    if (raw.v < schema.version) {
      try {
        data = migrateUserData(raw.data, raw.v, schema);
      } catch (error) {
        await setAside('outdated', `cannot migrate from version ${raw.v}: ${describeError(error)}`);
        return new UserDataStore(db, emptyUserData(), settled);
      }
      // Keep the original in case a migration proves wrong; a failed copy must not block the upgrade.
      await db.set(`${USER_DATA_KEY}:before-v${schema.version}`, raw).catch(() => undefined);
      rewrite = true;
    }
    const checked = checkUserData(data);
    if (checked.problems.length > 0) {
      await setAside('invalid', checked.problems.join('; '));
      rewrite = true;
    }
    const store = new UserDataStore(db, checked.document, settled);
    // Best effort: the data is right in memory, and the next change stores it anyway.
    if (rewrite) await store.enqueue(() => store.persist(checked.document)).catch(() => undefined);
    return store;
  }

  /** Every stored account, in the order they were added. */
  accounts(): StoredAccount[] {
    return this.document.accounts.map((account) => ({ ...account }));
  }

  account(accountId: string): StoredAccount | undefined {
    const found = this.document.accounts.filter((account) => account.id === accountId)[0];
    return found ? { ...found } : undefined;
  }

  /** Adds an account, or replaces the one with the same id. Throws `BAD_ARGUMENT` for an invalid account. */
  saveAccount(account: StoredAccount): Promise<void> {
    const checked = checkAccount(account);
    if ('problem' in checked) return Promise.reject(new StoreError('BAD_ARGUMENT', `account: ${checked.problem}`));
    const clean = checked.value;
    return this.changeDocument((document) => {
      const index = document.accounts.map((a) => a.id).indexOf(clean.id);
      const accounts = document.accounts.slice();
      if (index >= 0) accounts[index] = clean;
      else accounts.push(clean);
      return { ...document, accounts };
    });
  }

  /** Removes an account and all its user data. (Its cache is the caller's to clear.) */
  removeAccount(accountId: string): Promise<void> {
    return this.changeDocument((document) => {
      if (!hasAccount(document, accountId)) return document;
      const byAccount = { ...document.byAccount };
      delete byAccount[accountId];
      return { accounts: document.accounts.filter((account) => account.id !== accountId), byAccount };
    });
  }

  /** The user data of one stored account. Throws `UNKNOWN_ACCOUNT` for an id that is not stored. */
  forAccount(accountId: string): AccountUserData {
    if (!hasAccount(this.document, accountId)) {
      throw new StoreError('UNKNOWN_ACCOUNT', `no stored account has the id ${accountId}`);
    }
    return new AccountUserData(this.host, accountId);
  }

  /** All user data as one JSON document (with a format tag and version), after pending writes. */
  exportAll(): Promise<string> {
    return this.enqueue(async () => exportUserData(this.document, this.schema, this.now()));
  }

  /**
   * Imports an export file. Everything is checked before anything is written: a bad file changes
   * nothing and throws `BAD_IMPORT` with every problem listed. An older file is migrated first.
   */
  async importAll(json: string, options: ImportOptions): Promise<ImportSummary> {
    const incoming = parseUserDataExport(json, this.schema);
    await this.changeDocument((document) =>
      options.mode === 'replace' ? incoming : mergeUserData(document, incoming),
    );
    return { mode: options.mode, imported: incoming.accounts.length, total: this.document.accounts.length };
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private persist(document: UserDataDocument): Promise<unknown> {
    const record: StoredDocument = { v: this.schema.version, data: document };
    return writeEvictingOnQuota(() => this.db.set(USER_DATA_KEY, record), {
      cache: this.cache,
      events: this.events,
      forKey: USER_DATA_KEY,
    });
  }

  private changeDocument(update: (document: UserDataDocument) => UserDataDocument): Promise<void> {
    return this.enqueue(async () => {
      const next = update(this.document);
      if (next === this.document) return;
      await this.persist(next);
      this.document = next;
    });
  }

  private changeAccountData(accountId: string, update: Parameters<AccountDataHost['change']>[1]): Promise<void> {
    return this.changeDocument((document) => {
      if (!hasAccount(document, accountId)) {
        throw new StoreError('UNKNOWN_ACCOUNT', `no stored account has the id ${accountId}`);
      }
      const current = accountDataIn(document, accountId);
      const next = update(current);
      return next === current ? document : { ...document, byAccount: { ...document.byAccount, [accountId]: next } };
    });
  }
}
