import {
  addFavourite,
  clearRecent,
  forgetRecent,
  forgetResume,
  markWatched,
  moveFavourite,
  patchSettings,
  removeFavourite,
  saveResume,
  withPin,
} from './accountDataUpdates';
import { StoreError } from './errors';
import { hashPin, pinMatches, type RandomBytes } from './pin';
import { settingsOver } from './settings';
import { MEDIA_KINDS, type AccountData, type MediaKind, type ResumePosition, type WatchedEntry } from './userModels';

/** What {@link AccountUserData} needs from the store that owns the document. */
export interface AccountDataHost {
  /** The account's current data (empty when it has none). */
  read(accountId: string): AccountData;
  /** Applies `update` after every earlier change, persists, then makes the result current. */
  change(accountId: string, update: (data: AccountData) => AccountData): Promise<void>;
  now(): number;
  randomBytes: RandomBytes;
}

/** A position to save; `updatedAt` defaults to now. */
export type ResumePositionInput = Omit<ResumePosition, 'updatedAt'> & { updatedAt?: number };

function checkKind(kind: MediaKind): void {
  if (MEDIA_KINDS.indexOf(kind) < 0) throw new StoreError('BAD_ARGUMENT', `unknown media kind ${String(kind)}`);
}

function checkId(id: string): void {
  if (typeof id !== 'string' || id.length === 0)
    throw new StoreError('BAD_ARGUMENT', 'an item id is a non-empty string');
}

function checkSeconds(name: string, value: number): void {
  if (typeof value !== 'number' || !isFinite(value) || value < 0) {
    throw new StoreError('BAD_ARGUMENT', `${name} must be a number of seconds`);
  }
}

/**
 * The user data of one account: favourites, recently watched, resume positions, settings and the
 * parental PIN. Reads answer from memory at once; writes resolve once the change is stored and reject on bad input.
 */
export class AccountUserData {
  readonly accountId: string;
  private readonly host: AccountDataHost;

  constructor(host: AccountDataHost, accountId: string) {
    this.host = host;
    this.accountId = accountId;
  }

  private get data(): AccountData {
    return this.host.read(this.accountId);
  }

  private change(update: (data: AccountData) => AccountData): Promise<void> {
    return this.host.change(this.accountId, update);
  }

  /** Favourite ids of `kind`, in the viewer's order. */
  favourites(kind: MediaKind): string[] {
    checkKind(kind);
    return this.data.favourites[kind].slice();
  }

  isFavourite(kind: MediaKind, id: string): boolean {
    return this.favourites(kind).indexOf(id) >= 0;
  }

  async addFavourite(kind: MediaKind, id: string): Promise<void> {
    checkKind(kind);
    checkId(id);
    return this.change((data) => addFavourite(data, kind, id));
  }

  async removeFavourite(kind: MediaKind, id: string): Promise<void> {
    checkKind(kind);
    return this.change((data) => removeFavourite(data, kind, id));
  }

  /** Adds or removes a favourite; resolves to whether it is a favourite now. */
  async toggleFavourite(kind: MediaKind, id: string): Promise<boolean> {
    checkKind(kind);
    checkId(id);
    await this.change((data) =>
      data.favourites[kind].indexOf(id) >= 0 ? removeFavourite(data, kind, id) : addFavourite(data, kind, id),
    );
    return this.isFavourite(kind, id);
  }

  /** Moves a favourite to a new place in its list. */
  async moveFavourite(kind: MediaKind, id: string, toIndex: number): Promise<void> {
    checkKind(kind);
    return this.change((data) => moveFavourite(data, kind, id, toIndex));
  }

  /** Recently watched items of `kind`, newest first. */
  recentlyWatched(kind: MediaKind): WatchedEntry[] {
    checkKind(kind);
    return this.data.recent[kind].slice();
  }

  async markWatched(kind: MediaKind, id: string, watchedAt: number = this.host.now()): Promise<void> {
    checkKind(kind);
    checkId(id);
    return this.change((data) => markWatched(data, kind, id, watchedAt));
  }

  /** Removes one item from the recently watched list of `kind` (e.g. the viewer removed it from a row). */
  async forgetWatched(kind: MediaKind, id: string): Promise<void> {
    checkKind(kind);
    return this.change((data) => forgetRecent(data, kind, id));
  }

  async clearRecentlyWatched(kind: MediaKind): Promise<void> {
    checkKind(kind);
    return this.change((data) => clearRecent(data, kind));
  }

  resumePosition(kind: MediaKind, id: string): ResumePosition | undefined {
    const found = this.data.resume.filter((p) => p.kind === kind && p.id === id)[0];
    return found ? { ...found } : undefined;
  }

  /** Every saved position, newest first. */
  resumePositions(): ResumePosition[] {
    return this.data.resume.map((p) => ({ ...p }));
  }

  /** Saves where playback stopped; past 95 % of the duration the item counts as finished and is dropped. */
  async saveResumePosition(input: ResumePositionInput): Promise<void> {
    checkKind(input.kind);
    checkId(input.id);
    checkSeconds('positionSec', input.positionSec);
    checkSeconds('durationSec', input.durationSec);
    const position: ResumePosition = {
      id: input.id,
      kind: input.kind,
      positionSec: input.positionSec,
      durationSec: input.durationSec,
      updatedAt: input.updatedAt ?? this.host.now(),
    };
    return this.change((data) => saveResume(data, position));
  }

  async forgetResumePosition(kind: MediaKind, id: string): Promise<void> {
    return this.change((data) => forgetResume(data, kind, id));
  }

  /** The settings, merged over the caller's defaults (see {@link settingsOver}). */
  readSettings<T extends object>(defaults: T): T {
    return settingsOver(defaults, this.data.settings);
  }

  /** Stores a settings patch (JSON values only: it is exported as JSON). */
  async writeSettings<T extends object>(patch: Partial<T>): Promise<void> {
    return this.change((data) => patchSettings(data, patch as Record<string, unknown>));
  }

  hasPin(): boolean {
    return this.data.pin !== undefined;
  }

  /** Sets the parental PIN (4–8 digits), stored as a salted hash with a new salt each time. */
  async setPin(pin: string): Promise<void> {
    const record = hashPin(pin, this.host.randomBytes);
    return this.change((data) => withPin(data, record));
  }

  /** Whether `pin` is the parental PIN; false when no PIN is set (ask {@link hasPin} first). */
  verifyPin(pin: string): boolean {
    const record = this.data.pin;
    return record !== undefined && typeof pin === 'string' && pinMatches(pin, record);
  }

  async clearPin(): Promise<void> {
    return this.change((data) => withPin(data, undefined));
  }
}
