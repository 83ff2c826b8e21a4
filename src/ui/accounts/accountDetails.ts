/** The rows of the account details page: what is saved on the TV, then the provider's facts when there are any. */
import type { StoredAccount } from '../../store';
import { formatDate, type Account } from '../../xtream';
import { summarizeAccount, type SummaryRow } from '../accountSummary';
import { t } from '../i18n';
import { formatClock } from '../progressText';
import { maskSecret, maskUrl } from './masking';

/** The kind of an account in words. */
export function kindLabel(stored: Pick<StoredAccount, 'kind'>): string {
  return t(stored.kind === 'm3u' ? 'accounts.kind.m3u' : 'accounts.kind.xtream');
}

/** A moment as a date and a time of day (the time in the viewer's clock format). */
function dateAndTime(at: number): string {
  return `${formatDate(at)} ${formatClock(at)}`;
}

/** What is saved on the TV: kind, address, username and the masked password (or the masked playlist link). */
export function savedRows(stored: StoredAccount): SummaryRow[] {
  const rows: SummaryRow[] = [{ label: t('accounts.row.kind'), value: kindLabel(stored) }];
  if (stored.kind === 'm3u') {
    rows.push({ label: t('accounts.row.playlist'), value: maskUrl(stored.url ?? '') });
    rows.push({
      label: t('accounts.row.guide'),
      value: stored.epgUrl ? maskUrl(stored.epgUrl) : t('accounts.value.fromPlaylist'),
    });
  } else {
    rows.push({ label: t('accounts.row.server'), value: maskUrl(stored.server ?? '') });
    rows.push({ label: t('accounts.row.username'), value: stored.username ?? '' });
    rows.push({ label: t('accounts.row.password'), value: maskSecret(stored.password) });
  }
  return rows;
}

/**
 * The provider's facts: status, expiry, trial, connections in use of the maximum, allowed formats, the server's
 * time zone and the date the subscription was created (`now` is the server's clock when known).
 */
export function factRows(facts: Account, now: number): SummaryRow[] {
  const rows = summarizeAccount(facts, now).rows.slice();
  rows.push({
    label: t('accounts.row.created'),
    value: facts.createdAt === undefined ? t('accounts.value.notStated') : formatDate(facts.createdAt),
  });
  return rows;
}

/** When the account was saved on this TV and last used. */
export function historyRows(stored: StoredAccount): SummaryRow[] {
  return [
    { label: t('accounts.row.saved'), value: dateAndTime(stored.createdAt) },
    {
      label: t('accounts.row.lastUsed'),
      value: stored.lastUsedAt === undefined ? t('accounts.value.never') : dateAndTime(stored.lastUsedAt),
    },
  ];
}
