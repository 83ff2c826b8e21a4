/**
 * Several accounts, with the remote only: sign in with the demo account, add a second account (an Xtream line)
 * from Home → Switch account, switch between the two, see one's details (masked password, facts), get the connection
 * check for a wrong password, add an M3U playlist account, delete an account after confirming, rename one. Runs the
 * production build against our provider server and the emulator server.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import { HOME_MENU } from '../../src/ui/home/menu';
import type { RunningProvider } from '../provider/server';
import { focused, press, probe, visibleText, waitForApp, waitForRoute, waitForText, waitUntil } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

interface AccountsProbe {
  accounts: Array<{ id: string; name: string; kind: string }>;
  current?: string;
}

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

/** The element name of the focused component (without its label). */
async function focusedRef(page: Page): Promise<string> {
  return (await focused(page)).split(':')[0];
}

/** Presses `key` until the focused element's name or label matches `target` (at most `limit` presses). */
async function pressUntilFocused(page: Page, key: string, target: RegExp, limit = 12): Promise<void> {
  for (let i = 0; i <= limit; i++) {
    if (target.test(await focused(page))) return;
    await press(page, key);
  }
  throw new Error(`${target} never got the focus; it is on ${await focused(page)}`);
}

/** From Home, "Switch account" opens the account list. */
async function openAccounts(page: Page): Promise<AccountsProbe> {
  await waitForRoute(page, 'home');
  const order = HOME_MENU.map((item) => item.ref);
  const now = order.indexOf(await focusedRef(page));
  const to = order.indexOf('SwitchAccount');
  expect(now).toBeGreaterThanOrEqual(0);
  await press(page, to > now ? 'ArrowDown' : 'ArrowUp', Math.abs(to - now));
  expect(await focusedRef(page)).toBe('SwitchAccount');
  await press(page, 'Enter');
  await waitForRoute(page, 'accounts');
  await waitForText(page, /^Add account$/);
  return (await probe<AccountsProbe>(page, 'accounts'))!;
}

/** On the account form: moves down to the empty field `ref` and types `text` on the physical keyboard. */
async function fill(page: Page, ref: string, text: string): Promise<void> {
  await pressUntilFocused(page, 'ArrowDown', new RegExp(`^${ref}\\b`));
  await page.keyboard.type(text, { delay: 10 });
}

describe('accounts', () => {
  it('adds a second account and switches between them with the remote', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await pressUntilFocused(page, 'ArrowDown', /^Demo\b/);
    await press(page, 'Enter'); // fills demo/demo and moves to Connect
    await press(page, 'Enter');
    await waitForText(page, /^Your account: demo$/);

    // The list: the demo account in use, then "Add account".
    const first = await openAccounts(page);
    expect(first.accounts).toHaveLength(1);
    expect(first.current).toBe(first.accounts[0].id);
    expect(await visibleText(page)).toEqual(expect.arrayContaining(['Accounts', first.accounts[0].name, 'In use']));

    // Add the trial line under its own name.
    await press(page, 'ArrowDown');
    expect(await focused(page)).toMatch(/:Add account$/);
    await press(page, 'Enter');
    await waitForRoute(page, 'accounts/add');
    await waitForText(page, /^Add an account$/);
    expect(await focused(page)).toBe('Kind:Type: Xtream Codes');
    await fill(page, 'Name', 'Second line');
    await fill(page, 'Server', provider.url);
    await fill(page, 'Username', 'trial');
    await fill(page, 'Password', 'trial');
    const form = await visibleText(page);
    expect(form).toEqual(expect.arrayContaining(['Second line', provider.url, 'trial', '•••••']));
    await screenshot(page, 'accounts-add', 'accounts-add');
    await pressUntilFocused(page, 'ArrowDown', /^Save\b/);
    await press(page, 'Enter');
    // The new account is in use at once: its home page, with the trial's warning.
    await waitForRoute(page, 'home');
    await waitForText(page, /^Your account: trial$/);

    // Both are listed, the new one in use; switch back to the demo account through its details page.
    const both = await openAccounts(page);
    expect(both.accounts.map((a) => a.name)).toEqual(['Second line', first.accounts[0].name]);
    expect(both.current).toBe(both.accounts[0].id);
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe(`Row1:${first.accounts[0].name}`);
    await press(page, 'Enter');
    await waitForRoute(page, `accounts/${first.accounts[0].id}`);
    const details = await waitForText(page, /^Server time zone$/);
    expect(details).toEqual(
      expect.arrayContaining([
        'Username',
        'demo',
        'Password',
        '••••••',
        'Connections',
        '0 of 2 in use',
        'Europe/Berlin',
      ]),
    );
    expect(details).not.toContain('In use');
    await screenshot(page, 'accounts-details', 'accounts-details');
    expect(await focused(page)).toBe('Switch:Switch to it');
    await press(page, 'Enter');
    await waitForRoute(page, 'home');
    await waitForText(page, /^Your account: demo$/);

    // And over to the second one again, from the list.
    await openAccounts(page);
    await screenshot(page, 'accounts-list', 'accounts-list');
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe('Row1:Second line');
    await press(page, 'Enter');
    await waitForText(page, /^Switch to it$/);
    await press(page, 'Enter');
    await waitForRoute(page, 'home');
    await waitForText(page, /^Your account: trial$/);
  });

  it('explains a wrong password with the connection check, and OK dismisses it', async () => {
    const page = browser.page;
    await openAccounts(page);
    await pressUntilFocused(page, 'ArrowDown', /:Add account$/);
    await press(page, 'Enter');
    await waitForText(page, /^Add an account$/);
    await fill(page, 'Server', provider.url);
    await fill(page, 'Username', 'unlimited');
    await fill(page, 'Password', 'wrong');
    await pressUntilFocused(page, 'ArrowDown', /^Save\b/);
    await press(page, 'Enter');
    const failure = await waitForText(page, /^Connection check$/);
    expect(failure.some((line) => /password/i.test(line))).toBe(true);
    await screenshot(page, 'accounts-error');
    await press(page, 'Enter');
    await waitUntil(
      () => visibleText(page),
      (texts) => !texts.includes('Connection check'),
      'the check to close',
    );
    expect(await focused(page)).toMatch(/^Save\b/);
    await press(page, 'Escape');
    await waitForRoute(page, 'accounts');
  });

  it('adds an M3U playlist account, then deletes an account after asking', async () => {
    const page = browser.page;
    await pressUntilFocused(page, 'ArrowDown', /:Add account$/);
    await press(page, 'Enter');
    await waitForText(page, /^Add an account$/);
    await press(page, 'Enter'); // the kind switch
    expect(await focused(page)).toBe('Kind:Type: M3U playlist');
    await fill(page, 'Name', 'Playlist');
    await fill(page, 'Playlist', `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=m3u8`);
    await screenshot(page, 'accounts-add-playlist');
    await pressUntilFocused(page, 'ArrowDown', /^Save\b/);
    await press(page, 'Enter');
    await waitForRoute(page, 'home', 60000);
    await waitForText(page, /^Your account: Playlist$/);
    expect(await visibleText(page)).toEqual(expect.arrayContaining(['Type', 'M3U playlist']));
    await page.waitForTimeout(300);
    await screenshot(page, 'accounts-playlist-home');

    // Its details: the link with the password masked, no subscription facts.
    const listed = await openAccounts(page);
    expect(listed.accounts.map((a) => a.name)).toEqual(['Playlist', 'Second line', expect.stringMatching(/^demo @/)]);
    await press(page, 'Enter');
    const details = await waitForText(page, /^M3U playlist$/);
    expect(details.some((line) => line.includes('password=••••••&'))).toBe(true);
    expect(details.some((line) => line.includes('password=demo'))).toBe(false);
    await screenshot(page, 'accounts-playlist-details');
    await press(page, 'Escape');
    await waitForRoute(page, 'accounts');

    // Delete the second line: Back keeps it, confirming deletes it.
    await pressUntilFocused(page, 'ArrowDown', /:Second line$/);
    await press(page, 'Enter');
    await waitForText(page, /^Switch to it$/);
    await pressUntilFocused(page, 'ArrowDown', /^Delete\b/);
    await press(page, 'Enter');
    await waitForText(page, /^Delete Second line with its favourites and history\?$/);
    expect(await focused(page)).toBe('Cancel:Keep');
    await screenshot(page, 'accounts-delete', 'accounts-delete');
    await press(page, 'Escape');
    await waitUntil(
      () => focused(page),
      (f) => f.startsWith('Delete'),
      'the dialog to close',
    );
    await press(page, 'Enter');
    await waitForText(page, /^Delete Second line/);
    await press(page, 'ArrowRight');
    expect(await focused(page)).toBe('Confirm:Delete');
    await press(page, 'Enter');
    await waitForRoute(page, 'accounts');
    await waitUntil(
      async () => (await probe<AccountsProbe>(page, 'accounts'))!.accounts.map((a) => a.name),
      (names) => names.length === 2 && !names.includes('Second line'),
      'the deleted account to leave the list',
    );
    expect(browser.errors.filter((e) => e.startsWith('page:'))).toEqual([]);
  });

  it('renames an account: only the name changes', async () => {
    const page = browser.page;
    const before = (await probe<AccountsProbe>(page, 'accounts'))!.accounts;
    const demo = before.find((a) => a.name.startsWith('demo @'))!;
    await pressUntilFocused(page, 'ArrowDown', new RegExp(`:${demo.name.replace(/[.]/g, '\\.')}$`));
    await press(page, 'Enter');
    await waitForText(page, /^Rename$/);
    await pressUntilFocused(page, 'ArrowDown', /^Rename\b/);
    await press(page, 'Enter');
    await waitForRoute(page, `accounts/${demo.id}/rename`);
    await waitForText(page, new RegExp(`^Rename ${demo.name.replace(/[.]/g, '\\.')}$`));
    expect(await focused(page)).toBe('Name:Name');
    // Backspace deletes while the field has text (one more would be Back).
    await press(page, 'Backspace', demo.name.length);
    await page.keyboard.type('Living room', { delay: 10 });
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe('Save:Save');
    await press(page, 'Enter');
    await waitForRoute(page, `accounts/${demo.id}`);
    const details = await waitForText(page, /^Living room$/);
    expect(details).toEqual(expect.arrayContaining(['Username', 'demo']));
    await press(page, 'Escape');
    await waitForRoute(page, 'accounts');
    const after = (await probe<AccountsProbe>(page, 'accounts'))!.accounts;
    expect(after.find((a) => a.id === demo.id)?.name).toBe('Living room');
  });
});
