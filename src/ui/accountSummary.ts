import { formatDate, type Account } from '../xtream';
import { expiryNotice } from './home/expiry';
import { t, tn, type StringKey } from './i18n';

/** One line of the account panel: a label and its value. */
export interface SummaryRow {
  label: string;
  value: string;
}

/** What the home page shows: the facts, plus a warning when the subscription ends soon or has ended. */
export interface AccountSummary {
  rows: SummaryRow[];
  warning?: string;
}

const STATUS_KEYS: Record<string, StringKey> = {
  active: 'home.status.active',
  expired: 'home.status.expired',
  banned: 'home.status.banned',
  disabled: 'home.status.disabled',
};

/** The panel's status word: the known ones in the viewer's language, anything else as the provider wrote it. */
function statusText(status: string): string {
  const key = STATUS_KEYS[status.toLowerCase()];
  if (key) return t(key);
  return status || t('home.value.unknown');
}

/** The warning line for `account` at `now`, or undefined when its end is more than a week away (or never). */
export function expiryWarning(account: Account, now: number): string | undefined {
  const notice = expiryNotice(account.expiresAt, now);
  if (notice.kind === 'none' || account.expiresAt === undefined) return undefined;
  const date = formatDate(account.expiresAt);
  return notice.kind === 'expired' ? t('home.expired', { date }) : tn('home.expiresIn', notice.days, { date });
}

/** Facts made up for playlist accounts, which have none of their own: told apart by identity, not by content. */
const playlistFactSet = new WeakSet<Account>();

/**
 * Neutral facts for a playlist account named `name` (see `SignedIn.account`): no status, no expiry, nothing
 * stated. {@link summarizeAccount} shows them as a playlist rather than as a subscription.
 */
export function playlistFacts(name: string): Account {
  const facts: Account = {
    username: name,
    password: '',
    status: '',
    isTrial: false,
    allowedOutputFormats: [],
    server: { isXui: false },
  };
  playlistFactSet.add(facts);
  return facts;
}

/** Whether `account` stands for a playlist (made by {@link playlistFacts}). */
export function isPlaylistFacts(account: Account): boolean {
  return playlistFactSet.has(account);
}

/** The home page's account panel for `account` at time `now` (epoch ms; the server's clock when known). */
export function summarizeAccount(account: Account, now: number): AccountSummary {
  // A playlist has no subscription to describe: only what it is.
  if (isPlaylistFacts(account)) return { rows: [{ label: t('accounts.row.kind'), value: t('accounts.kind.m3u') }] };
  const rows: SummaryRow[] = [
    { label: t('home.row.status'), value: statusText(account.status) },
    {
      label: t('home.row.expires'),
      value: account.expiresAt === undefined ? t('home.value.never') : formatDate(account.expiresAt),
    },
    { label: t('home.row.trial'), value: account.isTrial ? t('home.value.yes') : t('home.value.no') },
  ];
  if (account.maxConnections !== undefined) {
    rows.push({
      label: t('home.row.connections'),
      value: t('home.value.connections', { active: account.activeConnections ?? 0, max: account.maxConnections }),
    });
  }
  rows.push({
    label: t('home.row.formats'),
    value: account.allowedOutputFormats.length ? account.allowedOutputFormats.join(', ') : t('home.value.notStated'),
  });
  rows.push({ label: t('home.row.timezone'), value: account.server.timezone ?? t('home.value.notStated') });
  return { rows, warning: expiryWarning(account, now) };
}
