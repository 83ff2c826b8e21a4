/**
 * The viewer's recent searches per account, newest first, for this run of the app: what was typed before a hit
 * was opened. Shown while the search field is empty.
 */

/** Searches kept per account. */
export const RECENT_SEARCHES = 8;

const byAccount = new Map<string, string[]>();

/** The recent searches of an account, newest first. */
export function recentSearches(accountId: string): readonly string[] {
  return byAccount.get(accountId) ?? [];
}

/** Remembers `query` (trimmed; a repeat, in any case, moves to the front). */
export function rememberSearch(accountId: string, query: string): void {
  const text = query.trim().replace(/\s+/g, ' ');
  if (text === '') return;
  const kept = recentSearches(accountId).filter((q) => q.toLowerCase() !== text.toLowerCase());
  byAccount.set(accountId, [text, ...kept].slice(0, RECENT_SEARCHES));
}
