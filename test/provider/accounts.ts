/** The provider's fixed accounts (username = password) and how the panel decides whether a line may play. */

export type AccountStatus = 'Active' | 'Expired' | 'Banned' | 'Disabled';

/** One subscriber line. Times are unix seconds. */
export interface Account {
  username: string;
  password: string;
  /** Expiry; `null` = never expires (Q2). */
  expDate: number | null;
  isTrial: boolean;
  maxConnections: number;
  createdAt: number;
  allowedOutputFormats: string[];
  message: string;
  /** What the panel stores besides the expiry: admin ban (Banned) or disabled line. */
  flag?: 'banned' | 'disabled';
}

const DAY = 86_400;

interface Template {
  username: string;
  password?: string;
  expiresInDays: number | null;
  isTrial?: boolean;
  maxConnections?: number;
  allowedOutputFormats?: string[];
  flag?: 'banned' | 'disabled';
  message?: string;
}

const templates: readonly Template[] = [
  { username: 'demo', expiresInDays: 365, maxConnections: 2, message: 'Welcome to the test provider' },
  { username: 'expired', expiresInDays: -30 },
  { username: 'banned', expiresInDays: 200, flag: 'banned' },
  { username: 'disabled', expiresInDays: 200, flag: 'disabled' },
  { username: 'trial', expiresInDays: 3, isTrial: true, maxConnections: 1 },
  { username: 'single', expiresInDays: 365, maxConnections: 1 },
  // Extra lines for client quirks: a line that never expires (exp_date null), one that only allows TS
  // (so m3u8 URLs must fall back), and credentials that need percent-encoding in URLs.
  { username: 'unlimited', expiresInDays: null, maxConnections: 3 },
  { username: 'tsonly', expiresInDays: 365, allowedOutputFormats: ['ts'] },
  { username: 'mail@example.com', password: 's3cr3t/+&=?', expiresInDays: 365 },
];

/** Builds the accounts with expiry dates relative to the provider's start time. */
export function makeAccounts(nowSeconds: number): Account[] {
  const today = Math.floor(nowSeconds / DAY) * DAY;
  return templates.map((t) => ({
    username: t.username,
    password: t.password ?? t.username,
    expDate: t.expiresInDays === null ? null : today + t.expiresInDays * DAY + 12 * 3600,
    isTrial: t.isTrial ?? false,
    maxConnections: t.maxConnections ?? 2,
    createdAt: today - 400 * DAY,
    allowedOutputFormats: t.allowedOutputFormats ?? ['m3u8', 'ts', 'rtmp'],
    message: t.message ?? '',
    flag: t.flag,
  }));
}

/** XC2's status order: admin ban, then disabled, then expiry (Xtream_main player_api.php). */
export function statusOf(account: Account, nowSeconds: number): AccountStatus {
  if (account.flag === 'banned') return 'Banned';
  if (account.flag === 'disabled') return 'Disabled';
  if (account.expDate !== null && account.expDate < nowSeconds) return 'Expired';
  return 'Active';
}

/** Finds the account for a username/password pair (exact match, like the panel's SQL lookup). */
export function findAccount(accounts: readonly Account[], username: string, password: string): Account | undefined {
  return accounts.find((a) => a.username === username && a.password === password);
}
