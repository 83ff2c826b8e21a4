import { formatDate, type Account } from '../xtream';

/** One line of the account page: a label and its value. */
export interface SummaryRow {
  label: string;
  value: string;
}

/** What the account page shows: the facts, plus a warning when the subscription ends soon or has ended. */
export interface AccountSummary {
  rows: SummaryRow[];
  warning?: string;
}

const DAY_MS = 86400000;
const WARN_DAYS = 7;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The account page's content for `account` at time `now` (epoch ms; the server's clock when known). */
export function summarizeAccount(account: Account, now: number): AccountSummary {
  const rows: SummaryRow[] = [
    { label: 'Status', value: account.status || 'Unknown' },
    { label: 'Expires', value: account.expiresAt === undefined ? 'Never' : formatDate(account.expiresAt) },
    { label: 'Trial', value: account.isTrial ? 'Yes' : 'No' },
  ];
  if (account.maxConnections !== undefined) {
    rows.push({ label: 'Connections', value: `${account.activeConnections ?? 0} of ${account.maxConnections} in use` });
  }
  rows.push({
    label: 'Formats',
    value: account.allowedOutputFormats.length ? account.allowedOutputFormats.join(', ') : 'Not stated',
  });
  rows.push({ label: 'Server time zone', value: account.server.timezone ?? 'Not stated' });

  let warning: string | undefined;
  if (account.expiresAt !== undefined) {
    const left = account.expiresAt - now;
    if (left <= 0) {
      warning = `Your subscription ended on ${formatDate(account.expiresAt)}. Renew it with your provider.`;
    } else if (left <= WARN_DAYS * DAY_MS) {
      const days = Math.ceil(left / DAY_MS);
      warning = `Your subscription ends in ${plural(days, 'day')} (${formatDate(account.expiresAt)}).`;
    }
  }
  return { rows, warning };
}
