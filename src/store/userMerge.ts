import {
  accountDataIn,
  MEDIA_KINDS,
  RECENT_LIMIT,
  RESUME_LIMIT,
  type AccountData,
  type UserDataDocument,
  type WatchedEntry,
} from './userModels';

function mergeRecent(current: WatchedEntry[], incoming: WatchedEntry[]): WatchedEntry[] {
  const newest = new Map<string, WatchedEntry>();
  current.concat(incoming).forEach((entry) => {
    const known = newest.get(entry.id);
    if (!known || entry.watchedAt > known.watchedAt) newest.set(entry.id, entry);
  });
  return Array.from(newest.values())
    .sort((a, b) => b.watchedAt - a.watchedAt)
    .slice(0, RECENT_LIMIT);
}

function mergeAccountData(current: AccountData, incoming: AccountData): AccountData {
  const merged: AccountData = {
    favourites: { live: [], movie: [], series: [] },
    recent: { live: [], movie: [], series: [] },
    resume: [],
    settings: { ...current.settings, ...incoming.settings },
  };
  MEDIA_KINDS.forEach((kind) => {
    const kept = current.favourites[kind];
    merged.favourites[kind] = kept.concat(incoming.favourites[kind].filter((id) => kept.indexOf(id) < 0));
    merged.recent[kind] = mergeRecent(current.recent[kind], incoming.recent[kind]);
  });
  const positions = new Map<string, AccountData['resume'][number]>();
  current.resume.concat(incoming.resume).forEach((position) => {
    const key = `${position.kind}:${position.id}`;
    const known = positions.get(key);
    if (!known || position.updatedAt > known.updatedAt) positions.set(key, position);
  });
  merged.resume = Array.from(positions.values())
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, RESUME_LIMIT);
  const pin = incoming.pin ?? current.pin;
  if (pin) merged.pin = pin;
  return merged;
}

/**
 * Merges an imported document into the current one: imported accounts replace stored ones with the same
 * id and the rest are added; favourites keep the stored order with new ones appended; history and resume
 * positions keep the newest of each item; imported settings and PIN win.
 */
export function mergeUserData(current: UserDataDocument, incoming: UserDataDocument): UserDataDocument {
  const incomingIds = incoming.accounts.map((account) => account.id);
  const accounts = current.accounts.filter((account) => incomingIds.indexOf(account.id) < 0).concat(incoming.accounts);
  const byAccount: Record<string, AccountData> = {};
  accounts.forEach((account) => {
    byAccount[account.id] = mergeAccountData(accountDataIn(current, account.id), accountDataIn(incoming, account.id));
  });
  return { accounts, byAccount };
}
