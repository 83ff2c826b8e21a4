import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../provider/server';
import { valuesOf, type FormValues } from '../../../src/ui/accounts/accountForm';
import {
  accountFacts,
  deleteAccount,
  renameAccount,
  savePlaylistForm,
  saveXtreamForm,
  switchAccount,
} from '../../../src/ui/accounts/manage';
import { summarizeAccount } from '../../../src/ui/accountSummary';
import { leaveAccount, type AppContext } from '../../../src/ui/context';
import { quietMoment } from '../../../src/ui/loadActivity';
import { openAppStore, savedAccounts } from '../../../src/ui/session';
import type { Store } from '../../../src/store';

let provider: RunningProvider;
let context: AppContext;
let store: Store;
const toasts: string[] = [];

/**
 * The app context as the session flows use it. Playback cannot run in Node, so the player is only the `stop()` the
 * flows call when they leave an account; everything else (store, provider, HTTP) is the real thing.
 */
function nodeContext(): AppContext {
  let stops = 0;
  return {
    platform: {} as AppContext['platform'],
    env: {} as AppContext['env'],
    http: { timeoutMs: 5000 },
    player: { stop: () => void stops++ } as unknown as AppContext['player'],
    toast: (message: string) => void toasts.push(message),
  };
}

function xtream(username: string, password = username, name = ''): FormValues {
  return { ...valuesOf(), server: provider.url, username, password, name };
}

function playlist(query: string, name = ''): FormValues {
  return { ...valuesOf(), playlist: `${provider.url}/get.php?${query}`, name };
}

function byName(name: string) {
  const found = savedAccounts(store).find((a) => a.name === name);
  if (!found) throw new Error(`no saved account named ${name}`);
  return found;
}

beforeAll(async () => {
  // Sessions load the guide in the background, and its parser loads on first use: loaded here, so that a load
  // still running when the tests end needs nothing more from the module system.
  await import('../../../src/epg/parsing');
  provider = await startProvider({ port: 0, quiet: true });
  context = nodeContext();
  store = await openAppStore(context);
});

afterAll(async () => {
  leaveAccount(context);
  await provider.close();
  // Sessions that were left may still wait for a quiet moment before loading more: one more such wait outlasts them.
  await quietMoment();
});

describe('several accounts on one TV', () => {
  it('adds an Xtream account by signing in, and it becomes the account in use', async () => {
    const outcome = await saveXtreamForm(context, xtream('demo'), undefined);
    expect(outcome).toEqual({ ok: true, name: expect.stringMatching(/^demo @ 127\.0\.0\.1:\d+$/), signedIn: true });
    expect(context.signedIn?.stored.username).toBe('demo');
    expect(context.signedIn?.source.kind).toBe('xtream');
    expect(context.signedIn?.xtream).toBe(context.signedIn?.client);
    expect(savedAccounts(store)).toHaveLength(1);
  });

  it('adds a second one under the name given, which takes over, each with its own viewer data', async () => {
    const first = context.signedIn!.stored;
    await store.user.forAccount(first.id).addFavourite('live', '1');
    const outcome = await saveXtreamForm(context, xtream('trial', 'trial', 'Trial line'), undefined);
    expect(outcome).toMatchObject({ ok: true, name: 'Trial line', signedIn: true });
    const second = context.signedIn!.stored;
    expect(second.name).toBe('Trial line');
    expect(second.id).not.toBe(first.id);
    expect(store.user.forAccount(second.id).favourites('live')).toEqual([]);
    expect(store.user.forAccount(first.id).favourites('live')).toEqual(['1']);
    expect(savedAccounts(store).map((a) => a.name)).toEqual(['Trial line', first.name]);
  });

  it('switches back to the first account, which becomes the most recently used', async () => {
    const first = savedAccounts(store)[1];
    const result = await switchAccount(context, first.id);
    expect(result).toEqual({ ok: true });
    expect(context.signedIn?.stored.id).toBe(first.id);
    expect(context.signedIn?.account.username).toBe('demo');
    await store.user.exportAll(); // the time of use is saved in the background
    expect(savedAccounts(store)[0].id).toBe(first.id);
  });

  it('refuses to add an account that is already saved, naming it', async () => {
    const outcome = await saveXtreamForm(context, xtream('trial'), undefined);
    expect(outcome).toEqual({
      ok: false,
      message: 'This account is already saved as Trial line.',
      hint: expect.any(String),
    });
    expect(savedAccounts(store)).toHaveLength(2);
  });

  it('checks an edit by signing in: a wrong password shows the connection check and changes nothing', async () => {
    const trial = byName('Trial line');
    const outcome = await saveXtreamForm(context, xtream('trial', 'wrong', 'Trial line'), trial);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.report?.steps.map((s) => s.id)).toContain('credentials');
    expect(outcome.report?.steps.find((s) => s.id === 'credentials')?.status).toBe('failed');
    expect(store.user.account(trial.id)?.password).toBe('trial');
  });

  it('saves an edit of an account not in use without switching to it', async () => {
    const trial = byName('Trial line');
    const inUse = context.signedIn!.stored.id;
    const outcome = await saveXtreamForm(context, xtream('trial', 'trial', 'Trial, edited'), trial);
    expect(outcome).toEqual({ ok: true, name: 'Trial, edited', signedIn: false });
    expect(context.signedIn?.stored.id).toBe(inUse);
    expect(store.user.account(trial.id)?.name).toBe('Trial, edited');
  });

  it('reads another account facts from its cache or its provider, and a playlist has none', async () => {
    const trial = byName('Trial, edited');
    const { facts } = await accountFacts(context, trial);
    expect(facts?.isTrial).toBe(true);
    expect(facts?.maxConnections).toBe(1);
  });

  it('renames the account in use, which shows the new name at once', async () => {
    const id = context.signedIn!.stored.id;
    await renameAccount(context, id, '  Living room  ');
    expect(store.user.account(id)?.name).toBe('Living room');
    expect(context.signedIn?.stored.name).toBe('Living room');
  });
});

describe('playlist accounts', () => {
  it('adds an M3U playlist by reading it; it has no Xtream client and neutral facts', async () => {
    const outcome = await savePlaylistForm(
      context,
      playlist('username=demo&password=demo&type=m3u_plus', 'Lists'),
      undefined,
    );
    expect(outcome).toEqual({ ok: true, name: 'Lists', signedIn: true });
    const signedIn = context.signedIn!;
    expect(signedIn.source.kind).toBe('m3u');
    expect(signedIn.stored.url).toContain('get.php');
    expect(signedIn.xtream).toBeUndefined();
    expect(() => signedIn.client).toThrow(/playlist/);
    expect(signedIn.account).toMatchObject({ username: 'Lists', status: '', allowedOutputFormats: [] });
    // The home page describes it as a playlist, not as a subscription that never expires.
    expect(summarizeAccount(signedIn.account, Date.now())).toEqual({
      rows: [{ label: 'Type', value: 'M3U playlist' }],
      warning: undefined,
    });
    expect((await signedIn.activity.catalog()).count('live')).toBe(provider.catalogue.liveChannels().length);
    expect(await accountFacts(context, signedIn.stored)).toEqual({});
  });

  it('explains a playlist that cannot be read and saves nothing', async () => {
    const outcome = await savePlaylistForm(context, playlist('username=demo&password=wrong&type=m3u_plus'), undefined);
    expect(outcome).toMatchObject({ ok: false, message: 'The playlist could not be read.' });
    expect(savedAccounts(store)).toHaveLength(3);
  });
});

describe('deleting accounts', () => {
  it('deletes an account not in use with its viewer data, and the one in use stays', async () => {
    const inUse = context.signedIn!.stored.id;
    const trial = byName('Trial, edited');
    expect(await deleteAccount(context, trial.id)).toEqual({ left: false });
    expect(store.user.account(trial.id)).toBeUndefined();
    expect(() => store.user.forAccount(trial.id)).toThrow();
    expect(context.signedIn?.stored.id).toBe(inUse);
  });

  it('deleting the account in use opens the next saved one; deleting the last signs out', async () => {
    const lists = byName('Lists');
    const outcome = await deleteAccount(context, lists.id);
    expect(outcome).toMatchObject({ left: true, next: { name: 'Living room' }, opened: { ok: true } });
    expect(context.signedIn?.stored.name).toBe('Living room');
    expect(await deleteAccount(context, context.signedIn!.stored.id)).toEqual({ left: true });
    expect(context.signedIn).toBeUndefined();
    expect(savedAccounts(store)).toEqual([]);
  });
});
