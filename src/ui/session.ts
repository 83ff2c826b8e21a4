/**
 * Sessions of the app: opening the store at start-up, signing in again with the last account (from its cache, so a
 * warm start needs no network), starting a session after the sign-in page, picking a saved account, signing out.
 */
import { createSource, storageNotice, storedXtreamAccount, type AccountState, type XtreamSource } from '../library';
import { openStore, type Store, type StoredAccount } from '../store';
import type { Account } from '../xtream';
import { leaveAccount, type AppContext } from './context';
import { describeError } from './describeError';
import { resetBrowseState } from './library/browseState';
import { LoadActivity } from './loadActivity';
import type { SignInSuccess } from './signIn';

/** How opening a saved account went. */
export type OpenAccountResult = { ok: true } | { ok: false; message: string; hint: string };

const startUps = new WeakMap<AppContext, Promise<void>>();

function addToast(context: AppContext, message: string): void {
  context.pendingToast = context.pendingToast ? `${context.pendingToast} ${message}` : message;
}

/** The store of this run, opened once (IndexedDB, or memory with a notice that nothing will be kept). */
export async function openAppStore(context: AppContext): Promise<Store> {
  if (context.store) return context.store;
  const store = await openStore();
  if (context.store) return context.store;
  context.store = store;
  const notice = storageNotice(store);
  if (notice) addToast(context, notice);
  return store;
}

/** Saved accounts the sign-in page can open, most recently used first. */
export function savedAccounts(store: Store): StoredAccount[] {
  // Playlist accounts open once the player page builds its URLs through the source; until then, Xtream only.
  return store.user
    .accounts()
    .filter((account) => account.kind === 'xtream')
    .sort((a, b) => (b.lastUsedAt ?? b.createdAt) - (a.lastUsedAt ?? a.createdAt));
}

/**
 * Runs once per app start, before the first page: opens the store and signs in with the most recently used saved
 * account, from its cached facts when it has them. Never rejects: a failure leaves the viewer on the sign-in page
 * with a toast.
 */
export function startUp(context: AppContext): Promise<void> {
  let running = startUps.get(context);
  if (!running) {
    running = (async () => {
      try {
        const store = await openAppStore(context);
        const last = savedAccounts(store)[0];
        if (!last) return;
        const opened = await openSavedAccount(context, last);
        if (!opened.ok) addToast(context, `Could not sign in as ${last.name}: ${opened.message}`);
      } catch (error) {
        console.error('Start-up failed', error);
      }
    })();
    startUps.set(context, running);
  }
  return running;
}

/** Signs in with a saved account: its cached facts at once (checked in the background), else a login. */
export async function openSavedAccount(context: AppContext, stored: StoredAccount): Promise<OpenAccountResult> {
  try {
    const store = await openAppStore(context);
    const source = createSource(stored, { store, http: context.http }) as XtreamSource;
    const state = await source.connect();
    if (!state.account) throw new Error(`account ${stored.id} has no facts`);
    begin(context, stored, source, state.account, state);
    store.user.saveAccount({ ...stored, lastUsedAt: Date.now() }).catch(() => undefined);
    return { ok: true };
  } catch (error) {
    return { ok: false, ...describeError(error) };
  }
}

/** After the sign-in page signed in: saves the account (and its facts, for the next start) and starts the session. */
export async function startSignedInSession(context: AppContext, result: SignInSuccess): Promise<void> {
  const store = await openAppStore(context);
  const now = Date.now();
  const fresh = storedXtreamAccount(result.client.credentials, now);
  const existing = store.user.account(fresh.id);
  const stored: StoredAccount = existing ? { ...existing, ...fresh, createdAt: existing.createdAt } : fresh;
  if (existing && existing.epgUrl) stored.epgUrl = existing.epgUrl;
  const source = createSource(stored, { store, http: context.http, client: result.client }) as XtreamSource;
  await Promise.all([
    store.user.saveAccount(stored).catch((error: unknown) => console.warn('The account could not be saved', error)),
    source.rememberAccount(result.account).catch(() => undefined),
  ]);
  const notes = result.fix ? [result.fix] : result.repairs;
  if (notes.length) addToast(context, notes.join(' '));
  const state: AccountState = {
    account: result.account,
    fromCache: false,
    fetchedAt: now,
    refresh: Promise.resolve({ status: 'skipped' }),
  };
  begin(context, stored, source, result.account, state);
}

function begin(
  context: AppContext,
  stored: StoredAccount,
  source: XtreamSource,
  account: Account,
  state: AccountState,
): void {
  leaveAccount(context);
  // Grid positions belong to the account that was browsed: the next one starts at the top.
  resetBrowseState();
  const activity = new LoadActivity(source);
  context.signedIn = { stored, source, client: source.client, account, activity };
  activity.watchAccount(state, (fresh) => {
    if (context.signedIn && context.signedIn.activity === activity) context.signedIn.account = fresh;
  });
  activity.start();
}

/** "Sign out": forgets the account (removes it, its viewer data and its cache) and leaves it. */
export async function forgetAccount(context: AppContext): Promise<void> {
  const signedIn = context.signedIn;
  leaveAccount(context);
  const store = context.store;
  if (!signedIn || !store) return;
  await Promise.all([
    store.user.removeAccount(signedIn.stored.id),
    store.cacheFor(signedIn.stored.id).clearAccount(),
  ]).catch((error: unknown) => console.warn('The account could not be forgotten completely', error));
}
