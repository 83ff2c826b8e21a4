import { startProvider, type RunningProvider } from '../../provider/server';
import { factRows, historyRows, kindLabel, savedRows } from '../../../src/ui/accounts/accountDetails';
import {
  credentialsOf,
  formItems,
  formProblem,
  isWebAddress,
  playlistOf,
  valuesOf,
  type FormValues,
} from '../../../src/ui/accounts/accountForm';
import { FormFocus } from '../../../src/ui/accounts/formFocus';
import { maskSecret, maskUrl } from '../../../src/ui/accounts/masking';
import { setLanguage } from '../../../src/ui/i18n';
import { storedPlaylistAccount, storedXtreamAccount } from '../../../src/library';
import { XtreamClient } from '../../../src/xtream';

const EMPTY: FormValues = valuesOf();

afterEach(() => setLanguage('en'));

describe('masked credentials', () => {
  it('never shows a short password, and at most the last two characters of a long one', () => {
    expect(maskSecret('demo')).toBe('••••••');
    expect(maskSecret('s3cr3t')).toBe('••••••');
    expect(maskSecret('correct-horse-42')).toBe('••••••42');
    expect(maskSecret('')).toBe('');
    expect(maskSecret(undefined)).toBe('');
    // The number of dots does not give the length away.
    expect(maskSecret('abcdefgh').length).toBe(maskSecret('a-much-longer-password').length);
  });

  it('hides the password inside playlist links and stream addresses', () => {
    expect(maskUrl('http://tv.example:8080/get.php?username=anna&password=secret99&type=m3u_plus')).toBe(
      'http://tv.example:8080/get.php?username=anna&password=••••••99&type=m3u_plus',
    );
    expect(maskUrl('https://anna:pw@lists.example/tv.m3u')).toBe('https://anna:••••••@lists.example/tv.m3u');
    expect(maskUrl('http://tv.example/live/anna/topsecret1/42.m3u8')).toBe(
      'http://tv.example/live/anna/••••••t1/42.m3u8',
    );
    expect(maskUrl('http://tv.example:8080')).toBe('http://tv.example:8080');
  });
});

describe('the account form', () => {
  it('shows the kind switch only when adding, the Xtream or playlist fields by kind, and only the name to rename', () => {
    expect(formItems('add', 'xtream')).toEqual(['kind', 'name', 'server', 'username', 'password', 'show', 'save']);
    expect(formItems('add', 'm3u')).toEqual(['kind', 'name', 'playlist', 'guide', 'save']);
    expect(formItems('edit', 'xtream')).toEqual(['name', 'server', 'username', 'password', 'show', 'save']);
    expect(formItems('edit', 'm3u')).toEqual(['name', 'playlist', 'guide', 'save']);
    expect(formItems('rename', 'm3u')).toEqual(['name', 'save']);
  });

  it('names the first missing field, in the viewer language', async () => {
    expect(formProblem('add', 'xtream', { ...EMPTY, server: 'http://tv.example' })).toEqual({
      field: 'username',
      message: 'The Username is missing.',
      hint: 'Fill it in, then choose "Save and connect" again.',
    });
    expect(formProblem('add', 'm3u', EMPTY)?.field).toBe('playlist');
    expect(formProblem('rename', 'xtream', { ...EMPTY, name: '   ' })?.field).toBe('name');
    await setLanguage('de');
    expect(formProblem('rename', 'xtream', EMPTY)).toEqual({
      field: 'name',
      message: 'Das Feld „Name“ ist leer.',
      hint: 'Füllen Sie es aus und wählen Sie dann erneut „Speichern“.',
    });
  });

  it('accepts complete input and refuses playlist and guide addresses that are not web addresses', () => {
    const xtream = { ...EMPTY, server: 'tv.example:8080', username: 'anna', password: 'pw' };
    expect(formProblem('add', 'xtream', xtream)).toBeUndefined();
    expect(formProblem('add', 'm3u', { ...EMPTY, playlist: 'http://lists.example/tv.m3u' })).toBeUndefined();
    expect(formProblem('add', 'm3u', { ...EMPTY, playlist: 'lists.example/tv.m3u' })?.field).toBe('playlist');
    expect(
      formProblem('add', 'm3u', { ...EMPTY, playlist: 'http://lists.example/tv.m3u', guide: 'guide.xml' })?.field,
    ).toBe('guide');
    expect(isWebAddress(' https://lists.example/x ')).toBe(true);
    expect(isWebAddress('ftp://lists.example/x')).toBe(false);
  });

  it('reads what was typed: trimmed addresses, the password as typed, the guide and name only when given', () => {
    const values = {
      ...EMPTY,
      server: ' tv.example ',
      username: ' anna ',
      password: ' p w ',
      playlist: ' http://l/x ',
    };
    expect(credentialsOf(values)).toEqual({ server: 'tv.example', username: 'anna', password: ' p w ' });
    expect(playlistOf(values)).toEqual({ url: 'http://l/x' });
    expect(playlistOf({ ...values, guide: 'http://g/x.xml', name: ' Lists ' })).toEqual({
      url: 'http://l/x',
      guideUrl: 'http://g/x.xml',
      name: 'Lists',
    });
  });

  it('fills the form from a saved account', () => {
    const playlist = { ...storedPlaylistAccount('http://l/x.m3u', 'Lists', 1), epgUrl: 'http://g/x.xml' };
    expect(valuesOf(playlist)).toEqual({
      ...EMPTY,
      name: 'Lists',
      playlist: 'http://l/x.m3u',
      guide: 'http://g/x.xml',
    });
  });
});

describe('focus on the account form', () => {
  it('moves through the items, types into the field last focused, and returns from the keyboard to it', () => {
    const focus = new FormFocus();
    focus.setItems(formItems('add', 'xtream'), 'kind');
    expect(focus.item).toBe('kind');
    expect(focus.typingInto).toBe('name');
    focus.move(1);
    focus.move(1);
    expect(focus.item).toBe('server');
    focus.enterKeyboard();
    expect(focus.onKeyboard).toBe(true);
    focus.move(1); // arrows belong to the keyboard meanwhile
    focus.leaveKeyboard();
    expect(focus.item).toBe('server');
    focus.move(1);
    focus.move(1);
    focus.move(1);
    expect(focus.item).toBe('show');
    expect(focus.typingInto).toBe('password');
    focus.move(1);
    focus.move(1);
    expect(focus.item).toBe('save');
  });

  it('keeps the kind switch focused when the kind changes, and drops a typing target the new kind lacks', () => {
    const focus = new FormFocus();
    focus.setItems(formItems('add', 'xtream'), 'kind');
    focus.focus('password');
    focus.focus('kind');
    focus.setItems(formItems('add', 'm3u'));
    expect(focus.item).toBe('kind');
    expect(focus.typingInto).toBe('name');
    focus.focus('guide');
    expect(focus.typingInto).toBe('guide');
  });
});

describe('the account details', () => {
  let provider: RunningProvider;

  beforeAll(async () => {
    provider = await startProvider({ port: 0, quiet: true });
  });

  afterAll(async () => {
    await provider.close();
  });

  it('shows the username and a masked password, then the provider facts: status, connections, formats, time zone', async () => {
    const client = new XtreamClient({ server: provider.url, username: 'demo', password: 'demo' });
    const facts = await client.login();
    const stored = storedXtreamAccount(client.credentials, Date.UTC(2026, 10, 1, 9, 30));
    const saved = savedRows(stored);
    expect(saved).toEqual([
      { label: 'Type', value: 'Xtream Codes' },
      { label: 'Server', value: provider.url },
      { label: 'Username', value: 'demo' },
      { label: 'Password', value: '••••••' },
    ]);
    const rows = factRows(facts, facts.server.serverTime ?? Date.now());
    expect(rows).toEqual(
      expect.arrayContaining([
        { label: 'Status', value: 'Active' },
        { label: 'Connections', value: '0 of 2 in use' },
        { label: 'Server time zone', value: 'Europe/Berlin' },
      ]),
    );
    expect(rows.find((r) => r.label === 'Formats')?.value).toMatch(/m3u8/);
    expect(rows.find((r) => r.label === 'Created')?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.find((r) => r.label === 'Expires')?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(historyRows(stored)[0]).toEqual({ label: 'Saved on this TV', value: expect.stringMatching(/^2026-11-01 /) });
  });

  it('shows a playlist by its masked link and where its guide comes from', () => {
    const playlist = storedPlaylistAccount(`${provider.url}/get.php?username=demo&password=longsecret&type=m3u_plus`);
    expect(kindLabel(playlist)).toBe('M3U playlist');
    expect(savedRows(playlist)).toEqual([
      { label: 'Type', value: 'M3U playlist' },
      { label: 'Playlist', value: `${provider.url}/get.php?username=demo&password=••••••et&type=m3u_plus` },
      { label: 'Guide', value: 'From the playlist' },
    ]);
  });
});
