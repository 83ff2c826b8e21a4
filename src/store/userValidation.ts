import type { PinRecord } from './pin';
import {
  emptyAccountData,
  MEDIA_KINDS,
  RECENT_LIMIT,
  RESUME_LIMIT,
  type AccountData,
  type ByKind,
  type MediaKind,
  type ResumePosition,
  type StoredAccount,
  type UserDataDocument,
  type WatchedEntry,
} from './userModels';

/** A checked document: every valid part, and a line for each part that was not. */
export interface CheckedUserData {
  document: UserDataDocument;
  problems: string[];
}

type Fields = Record<string, unknown>;

/** A checked value, or what is wrong with it. */
export type Checked<T> = { value: T } | { problem: string };

function problem(text: string): { problem: string } {
  return { problem: text };
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && value >= 0;
}

function isId(value: unknown): value is string {
  // '__proto__' would reach an object's prototype when used as a key in byAccount.
  return typeof value === 'string' && value.length > 0 && value !== '__proto__';
}

function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === 'string' && (MEDIA_KINDS as readonly string[]).indexOf(value) >= 0;
}

const OPTIONAL_ACCOUNT_TEXT = ['server', 'username', 'password', 'url', 'epgUrl'] as const;

/** A clean account with only known fields, or what is wrong with it. */
export function checkAccount(raw: unknown): Checked<StoredAccount> {
  if (!isObject(raw)) return problem('expected an object');
  if (!isId(raw.id)) return problem('id: expected a non-empty string');
  if (raw.kind !== 'xtream' && raw.kind !== 'm3u') return problem('kind: expected "xtream" or "m3u"');
  if (typeof raw.name !== 'string') return problem('name: expected a string');
  if (!isTime(raw.createdAt)) return problem('createdAt: expected a time in milliseconds');
  const account: StoredAccount = { id: raw.id, kind: raw.kind, name: raw.name, createdAt: raw.createdAt };
  for (const field of OPTIONAL_ACCOUNT_TEXT) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return problem(`${field}: expected a string`);
    account[field] = value;
  }
  if (raw.lastUsedAt !== undefined) {
    if (!isTime(raw.lastUsedAt)) return problem('lastUsedAt: expected a time in milliseconds');
    account.lastUsedAt = raw.lastUsedAt;
  }
  if (account.kind === 'xtream' && (!account.server || !account.username || account.password === undefined)) {
    return problem('an Xtream account needs server, username and password');
  }
  if (account.kind === 'm3u' && !account.url) return problem('an M3U account needs url');
  return { value: account };
}

/** Checks each list of a per-kind record, keeping valid items; a missing kind is an empty list. */
function checkByKind<T>(
  raw: unknown,
  path: string,
  problems: string[],
  checkItem: (item: unknown) => Checked<T>,
): ByKind<T> {
  const result: ByKind<T> = { live: [], movie: [], series: [] };
  if (raw === undefined) return result;
  if (!isObject(raw)) {
    problems.push(`${path}: expected an object with live, movie and series lists`);
    return result;
  }
  for (const kind of MEDIA_KINDS) {
    const list = raw[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`${path}.${kind}: expected a list`);
      continue;
    }
    list.forEach((item, index) => {
      const checked = checkItem(item);
      if ('problem' in checked) problems.push(`${path}.${kind}[${index}]: ${checked.problem}`);
      else result[kind].push(checked.value);
    });
  }
  return result;
}

function checkFavourite(item: unknown): Checked<string> {
  return isId(item) ? { value: item } : problem('expected a non-empty string id');
}

function checkWatched(item: unknown): Checked<WatchedEntry> {
  if (!isObject(item) || !isId(item.id)) return problem('expected { id, watchedAt }');
  if (!isTime(item.watchedAt)) return problem('watchedAt: expected a time in milliseconds');
  return { value: { id: item.id, watchedAt: item.watchedAt } };
}

function checkResume(item: unknown): Checked<ResumePosition> {
  if (!isObject(item) || !isId(item.id)) return problem('expected { id, kind, positionSec, durationSec, updatedAt }');
  if (!isMediaKind(item.kind)) return problem('kind: expected "live", "movie" or "series"');
  if (!isTime(item.positionSec) || !isTime(item.durationSec))
    return problem('positionSec, durationSec: expected seconds');
  if (!isTime(item.updatedAt)) return problem('updatedAt: expected a time in milliseconds');
  const { id, kind, positionSec, durationSec, updatedAt } = item;
  return { value: { id, kind, positionSec, durationSec, updatedAt } };
}

function checkPin(raw: unknown): Checked<PinRecord> {
  if (!isObject(raw) || raw.algorithm !== 'sha256')
    return problem('expected { algorithm: "sha256", salt, iterations, hash }');
  if (typeof raw.salt !== 'string' || !/^[0-9a-f]{8,}$/.test(raw.salt)) return problem('salt: expected hexadecimal');
  const iterations = raw.iterations;
  if (typeof iterations !== 'number' || !(iterations >= 1 && iterations <= 1000000) || iterations % 1 !== 0) {
    return problem('iterations: expected a whole number from 1 to 1000000');
  }
  if (typeof raw.hash !== 'string' || !/^[0-9a-f]{64}$/.test(raw.hash))
    return problem('hash: expected 64 hexadecimal digits');
  return { value: { algorithm: 'sha256', salt: raw.salt, iterations, hash: raw.hash } };
}

function dedupe<T>(items: T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = idOf(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function checkAccountData(raw: unknown, path: string, problems: string[]): AccountData {
  const data = emptyAccountData();
  if (!isObject(raw)) {
    problems.push(`${path}: expected an object`);
    return data;
  }
  const favourites = checkByKind(raw.favourites, `${path}.favourites`, problems, checkFavourite);
  const recent = checkByKind(raw.recent, `${path}.recent`, problems, checkWatched);
  MEDIA_KINDS.forEach((kind) => {
    data.favourites[kind] = dedupe(favourites[kind], (id) => id);
    data.recent[kind] = dedupe(recent[kind], (entry) => entry.id)
      .sort((a, b) => b.watchedAt - a.watchedAt)
      .slice(0, RECENT_LIMIT);
  });
  if (raw.resume !== undefined) {
    if (!Array.isArray(raw.resume)) problems.push(`${path}.resume: expected a list`);
    else {
      const positions: ResumePosition[] = [];
      raw.resume.forEach((item, index) => {
        const checked = checkResume(item);
        if ('problem' in checked) problems.push(`${path}.resume[${index}]: ${checked.problem}`);
        else positions.push(checked.value);
      });
      data.resume = dedupe(positions, (p) => `${p.kind}:${p.id}`)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, RESUME_LIMIT);
    }
  }
  if (raw.settings !== undefined) {
    if (isObject(raw.settings)) data.settings = raw.settings;
    else problems.push(`${path}.settings: expected an object`);
  }
  if (raw.pin !== undefined) {
    const pin = checkPin(raw.pin);
    if ('problem' in pin) problems.push(`${path}.pin: ${pin.problem}`);
    else data.pin = pin.value;
  }
  return data;
}

/**
 * Checks unknown data against the user-data shape. Keeps every valid part (an account, a favourite,
 * a position...) and describes each invalid one with its path, so a caller can either salvage what is
 * left (loading) or refuse the whole (importing).
 */
export function checkUserData(raw: unknown): CheckedUserData {
  const problems: string[] = [];
  const document: UserDataDocument = { accounts: [], byAccount: {} };
  if (!isObject(raw)) return { document, problems: ['expected an object with accounts and byAccount'] };
  if (!Array.isArray(raw.accounts)) problems.push('accounts: expected a list');
  else {
    raw.accounts.forEach((item, index) => {
      const checked = checkAccount(item);
      if ('problem' in checked) problems.push(`accounts[${index}]: ${checked.problem}`);
      else if (document.accounts.some((account) => account.id === checked.value.id)) {
        problems.push(`accounts[${index}]: the id "${checked.value.id}" appears twice`);
      } else document.accounts.push(checked.value);
    });
  }
  if (raw.byAccount !== undefined && !isObject(raw.byAccount)) problems.push('byAccount: expected an object');
  else if (raw.byAccount !== undefined) {
    const sections = raw.byAccount;
    Object.keys(sections).forEach((accountId) => {
      const path = `byAccount[${JSON.stringify(accountId)}]`;
      if (!document.accounts.some((account) => account.id === accountId)) {
        problems.push(`${path}: no account has this id`);
        return;
      }
      document.byAccount[accountId] = checkAccountData(sections[accountId], path, problems);
    });
  }
  return { document, problems };
}
