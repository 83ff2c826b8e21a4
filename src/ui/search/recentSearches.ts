/**
 * The viewer's recent searches, kept with the account's user data (so they survive a restart, go with an export and
 * are removed with the account): what was typed before a hit was opened, newest first. Shown while the search field
 * is empty. Lightning-free.
 */
import type { AccountUserData } from '../../store';
import type { AppContext } from '../context';
import { t } from '../i18n';
import { accountData } from '../live/liveData';

/** Searches kept per account. */
export const RECENT_SEARCHES = 8;
/** The settings entry holding the searches, newest first. */
export const RECENT_SEARCHES_SETTING = 'recentSearches';

/** A query as it is remembered: trimmed, inner runs of spaces made one. */
function cleanQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/** The recent searches of an account, newest first (none without user data; malformed entries left out). */
export function recentSearches(data: AccountUserData | undefined): string[] {
  if (!data) return [];
  const stored = data.readSettings<Record<string, unknown>>({ [RECENT_SEARCHES_SETTING]: [] })[RECENT_SEARCHES_SETTING];
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((query): query is string => typeof query === 'string' && cleanQuery(query) !== '')
    .slice(0, RECENT_SEARCHES);
}

/** The list after searching `query`: it comes first (a repeat, in any case, moves there), the oldest fall off. */
export function withSearch(queries: readonly string[], query: string): string[] {
  const text = cleanQuery(query);
  if (text === '') return queries.slice(0, RECENT_SEARCHES);
  const kept = queries.filter((q) => q.toLowerCase() !== text.toLowerCase());
  return [text, ...kept].slice(0, RECENT_SEARCHES);
}

/** Remembers `query` for the account; resolves once stored (an empty query changes nothing). */
export async function rememberSearch(data: AccountUserData | undefined, query: string): Promise<void> {
  if (!data || cleanQuery(query) === '') return;
  const before = recentSearches(data);
  const after = withSearch(before, query);
  if (after.join('\n') === before.join('\n')) return;
  await data.writeSettings({ [RECENT_SEARCHES_SETTING]: after });
}

/** Forgets every recent search of the account; resolves once stored. */
export async function clearRecentSearches(data: AccountUserData | undefined): Promise<void> {
  if (!data || recentSearches(data).length === 0) return;
  await data.writeSettings({ [RECENT_SEARCHES_SETTING]: [] });
}

/** "Clear recent searches": forgets the signed-in account's searches and says so; resolves once stored. */
export async function clearRecentSearchesOf(context: AppContext): Promise<void> {
  await clearRecentSearches(accountData(context));
  context.toast(t('search.recentCleared'));
}
