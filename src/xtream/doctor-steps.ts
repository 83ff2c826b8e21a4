import { formatDate } from './error-mapping';
import type { XtreamError } from './errors';
import type { Account } from './models';

/** The checks, in the order a support agent runs them. */
export type DoctorStepId =
  'input' | 'reachability' | 'protocol' | 'port' | 'credentials' | 'status' | 'expiry' | 'connections';

export interface DoctorStep {
  id: DoctorStepId;
  status: 'ok' | 'fixed' | 'warning' | 'failed' | 'skipped';
  detail: string;
}

const EXPIRY_WARNING_DAYS = 7;
const DAY_MS = 86400000;

function step(id: DoctorStepId, status: DoctorStep['status'], detail: string): DoctorStep {
  return { id, status, detail };
}

function expiryStep(account: Account, now: number): DoctorStep {
  if (account.expiresAt === undefined) return step('expiry', 'ok', 'The subscription never expires.');
  const days = Math.ceil((account.expiresAt - (account.server.serverTime ?? now)) / DAY_MS);
  const date = formatDate(account.expiresAt);
  if (days > EXPIRY_WARNING_DAYS) return step('expiry', 'ok', `The subscription runs until ${date}.`);
  const left = days <= 1 ? 'within a day' : `in ${days} days`;
  return step('expiry', 'warning', `The subscription ends ${left}, on ${date}: renew it soon.`);
}

function connectionsStep(account: Account): DoctorStep {
  const { activeConnections: active = 0, maxConnections: max } = account;
  if (max === undefined)
    return step('connections', 'ok', 'The provider does not say how many connections are allowed.');
  if (active < max) return step('connections', 'ok', `${active} of ${max} connections in use.`);
  const all = max === 1 ? 'The only connection is' : `All ${max} connections are`;
  return step(
    'connections',
    'warning',
    `${all} in use (${active} of ${max}): starting a stream may stop another device.`,
  );
}

/** The credentials, status, expiry and connections steps of an account that signed in. */
export function accountSteps(account: Account, now: number): DoctorStep[] {
  return [
    step('credentials', 'ok', 'The username and password were accepted.'),
    step('status', 'ok', `The account is ${account.status.toLowerCase()}.`),
    expiryStep(account, now),
    connectionsStep(account),
  ];
}

/** The steps for a server that answered but refused the account (or answered nonsense). */
export function rejectionSteps(error: XtreamError): DoctorStep[] {
  if (!/^ACCOUNT_/.test(error.code)) return [step('credentials', 'failed', error.message)];
  const steps = [
    step('credentials', 'ok', 'The username and password were accepted.'),
    step('status', 'failed', error.message),
  ];
  if (error.code === 'ACCOUNT_EXPIRED') {
    const expiresAt = error.details?.expiresAt;
    const when = typeof expiresAt === 'number' ? ` on ${formatDate(expiresAt)}` : '';
    steps.push(step('expiry', 'failed', `The subscription ended${when}.`));
  }
  return steps;
}
