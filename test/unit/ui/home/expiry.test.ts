import { startProvider, type RunningProvider } from '../../../provider/server';
import { expiryWarning, summarizeAccount } from '../../../../src/ui/accountSummary';
import { EXPIRY_WARNING_DAYS, expiryNotice } from '../../../../src/ui/home/expiry';
import { setLanguage } from '../../../../src/ui/i18n';
import { XtreamClient } from '../../../../src/xtream';

const DAY = 86400000;
const NOW = Date.UTC(2026, 10, 23, 15, 0);

describe('the expiry warning rule', () => {
  it('counts the days left up, from a week ahead down to the last hour', () => {
    expect(expiryNotice(NOW + 3 * DAY, NOW)).toEqual({ kind: 'soon', days: 3 });
    expect(expiryNotice(NOW + 2 * DAY + 1, NOW)).toEqual({ kind: 'soon', days: 3 });
    expect(expiryNotice(NOW + 60 * 60 * 1000, NOW)).toEqual({ kind: 'soon', days: 1 });
    expect(expiryNotice(NOW + EXPIRY_WARNING_DAYS * DAY, NOW)).toEqual({ kind: 'soon', days: 7 });
  });

  it('says nothing more than a week ahead, or for a subscription without an end', () => {
    expect(expiryNotice(NOW + EXPIRY_WARNING_DAYS * DAY + 1, NOW)).toEqual({ kind: 'none' });
    expect(expiryNotice(NOW + 365 * DAY, NOW)).toEqual({ kind: 'none' });
    expect(expiryNotice(undefined, NOW)).toEqual({ kind: 'none' });
  });

  it('calls a subscription whose end has come expired', () => {
    expect(expiryNotice(NOW, NOW)).toEqual({ kind: 'expired' });
    expect(expiryNotice(NOW - 30 * DAY, NOW)).toEqual({ kind: 'expired' });
  });
});

describe('the account panel of a provider account', () => {
  let provider: RunningProvider;

  beforeAll(async () => {
    provider = await startProvider({ port: 0, quiet: true, now: () => NOW });
  });

  afterAll(async () => {
    setLanguage('en');
    await provider.close();
  });

  async function accountOf(username: string) {
    const client = new XtreamClient({ server: provider.url, username, password: username });
    const account = await client.login();
    return { account, now: account.server.serverTime ?? NOW };
  }

  it('warns that the trial line expires in 3 days, in English and German', async () => {
    const { account, now } = await accountOf('trial');
    expect(expiryWarning(account, now)).toBe('Expires in 3 days (2026-11-26)');
    const summary = summarizeAccount(account, now);
    expect(summary.rows).toContainEqual({ label: 'Trial', value: 'Yes' });
    expect(summary.rows).toContainEqual({ label: 'Connections', value: '0 of 1 in use' });
    await setLanguage('de');
    expect(expiryWarning(account, now)).toBe('Läuft in 3 Tagen ab (2026-11-26)');
    expect(summarizeAccount(account, now).rows).toContainEqual({ label: 'Status', value: 'Aktiv' });
    setLanguage('en');
  });

  it('does not warn for a line that never expires or ends in a year', async () => {
    const unlimited = await accountOf('unlimited');
    expect(expiryWarning(unlimited.account, unlimited.now)).toBeUndefined();
    expect(summarizeAccount(unlimited.account, unlimited.now).rows).toContainEqual({
      label: 'Expires',
      value: 'Never',
    });
    const demo = await accountOf('demo');
    expect(summarizeAccount(demo.account, demo.now).warning).toBeUndefined();
  });

  it('says the line has expired once its end date has passed', async () => {
    const { account } = await accountOf('trial');
    expect(expiryWarning(account, NOW + 5 * DAY)).toBe(
      'Expired on 2026-11-26: renew your subscription with your provider',
    );
  });
});
