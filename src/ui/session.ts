/**
 * Sessions of the app: opening the store at start-up, signing in again with the last account (from its cache, so a
 * warm start needs no network), starting a session after signing in, opening a saved account (Xtream or playlist),
 * removing one, signing out.
 */
import {
  createSource,
  storageNotice,
  storedXtreamAccount,
  XtreamSource,
  type AccountState,
  type Source,
  type SourceDependencies,
} from '../library';
import { openStore, type Store, type StoredAccount } from '../store';
import type { Account, XtreamClient } from '../xtream';
import { playlistFacts } from './accountSummary';
import { leaveAccount, type AppContext, type SignedIn } from './context';
import { describeError } from './describeError';
import { takeEarlyRead } from './earlyReads';
import { t } from './i18n';
import { resetBrowseState } from './library/browseState';
import { LoadActivity } from './loadActivity';
import { warmSearch } from './search/warmSearch';
import { applyGuideOffsets, guideOptionsForAccount, settingsOfAccount } from './settings/accountSettings';
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
  const store = await (takeEarlyRead('store') ?? openStore());
  if (context.store) return context.store;
  context.store = store;
  const notice = storageNotice(store);
  if (notice) addToast(context, notice);
  return store;
}

/** Saved accounts (Xtream and playlists), most recently used first. */
export function savedAccounts(store: Store): StoredAccount[] {
  return store.user.accounts().sort((a, b) => (b.lastUsedAt ?? b.createdAt) - (a.lastUsedAt ?? a.createdAt));
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
        if (!opened.ok) addToast(context, t('accounts.openFailed', { name: last.name, message: opened.message }));
      } catch (error) {
        console.error('Start-up failed', error);
      }
    })();
    startUps.set(context, running);
  }
  return running;
}

/** What a source of `stored` is built with: the app's HTTP options and the account's guide and User-Agent settings. */
export function sourceDependencies(context: AppContext, store: Store, stored: StoredAccount): SourceDependencies {
  const userAgent = settingsOfAccount(store, stored.id).userAgent;
  const guide = guideOptionsForAccount(store, stored);
  return {
    store,
    http: userAgent ? { ...context.http, userAgent } : context.http,
    guide: { url: guide.url, refreshIntervalMs: guide.refreshIntervalMs, window: guide.window },
  };
}

/**
 * Signs in with a saved account: its cached facts at once (checked in the background), else a login; a playlist
 * opens at once (its catalogue loads in the background). The current account is left only once the other opened.
 */
export async function openSavedAccount(context: AppContext, stored: StoredAccount): Promise<OpenAccountResult> {
  try {
    const store = await openAppStore(context);
    const source = createSource(stored, sourceDependencies(context, store, stored));
    const state = await source.connect();
    if (source.kind === 'xtream' && !state.account) throw new Error(`account ${stored.id} has no facts`);
    const used = { ...stored, lastUsedAt: Date.now() };
    beginSession(context, used, source, state);
    store.user.saveAccount(used).catch(() => undefined);
    return { ok: true };
  } catch (error) {
    return { ok: false, ...describeError(error) };
  }
}

/** What an account form adds to a sign-in: the name the viewer gave, and the id of the account being edited. */
export interface SessionDetails {
  name?: string;
  /** Keeps the edited account's id, so its favourites and history stay with it. */
  id?: string;
}

/** A signed-in account once saved: as stored, its source, and its facts as {@link Source.connect} would answer. */
export interface SavedSignIn {
  stored: StoredAccount;
  source: XtreamSource;
  state: AccountState;
}

/**
 * Saves a signed-in account and its facts (for the next start) without making it the signed-in one. `use` marks it
 * as used now. A changed server or user clears what was cached for the account: it belonged to the old one.
 */
export async function saveSignedIn(
  context: AppContext,
  result: SignInSuccess,
  details: SessionDetails & { use: boolean },
): Promise<SavedSignIn> {
  const store = await openAppStore(context);
  const now = Date.now();
  const fresh = storedXtreamAccount(result.client.credentials, now);
  if (details.id) fresh.id = details.id;
  const existing = store.user.account(fresh.id);
  const stored: StoredAccount = existing ? { ...existing, ...fresh, createdAt: existing.createdAt } : fresh;
  if (existing) stored.name = existing.name;
  if (details.name) stored.name = details.name;
  if (existing && !details.use) stored.lastUsedAt = existing.lastUsedAt;
  if (existing && (existing.server !== stored.server || existing.username !== stored.username)) {
    await store
      .cacheFor(stored.id)
      .clearAccount()
      .catch(() => undefined);
  }
  const source = createSource(stored, {
    ...sourceDependencies(context, store, stored),
    client: result.client,
  }) as XtreamSource;
  await Promise.all([
    store.user.saveAccount(stored).catch((error: unknown) => console.warn('The account could not be saved', error)),
    source.rememberAccount(result.account).catch(() => undefined),
  ]);
  const state: AccountState = {
    account: result.account,
    fromCache: false,
    fetchedAt: now,
    refresh: Promise.resolve({ status: 'skipped' }),
  };
  return { stored, source, state };
}

/** After signing in: saves the account (and its facts, for the next start) and starts the session. */
export async function startSignedInSession(
  context: AppContext,
  result: SignInSuccess,
  details: SessionDetails = {},
): Promise<void> {
  const saved = await saveSignedIn(context, result, { ...details, use: true });
  const notes = result.fix ? [result.fix] : result.repairs;
  if (notes.length) addToast(context, notes.join(' '));
  beginSession(context, saved.stored, saved.source, saved.state);
}

function signedInFor(stored: StoredAccount, source: Source, account: Account, activity: LoadActivity): SignedIn {
  if (source instanceof XtreamSource)
    return { stored, source, account, activity, client: source.client, xtream: source.client };
  return {
    stored,
    source,
    account,
    activity,
    get client(): XtreamClient {
      throw new Error(`${stored.name} is a playlist: it has no Xtream client (check source.kind first)`);
    },
  };
}

/**
 * Makes `stored` the signed-in account: leaves the current one (stopping playback and its loads) and starts the
 * background loads of the new one. `state` is what {@link Source.connect} answered (or the facts of a sign-in).
 */
export function beginSession(context: AppContext, stored: StoredAccount, source: Source, state: AccountState): void {
  leaveAccount(context);
  // Grid positions belong to the account that was browsed: the next one starts at the top.
  resetBrowseState();
  const activity = new LoadActivity(source);
  const signedIn = signedInFor(stored, source, state.account ?? playlistFacts(stored.name), activity);
  context.signedIn = signedIn;
  activity.watchAccount(state, (fresh) => {
    if (context.signedIn === signedIn) signedIn.account = fresh;
  });
  activity.start();
  // After signing in the catalogue is downloaded at once. A warm start (the account's facts from the cache) leaves
  // it to the activity, which reads it once the first screen took its first key: reading it here would decode
  // 50,000 channels while the first screen is drawn.
  if (!state.fromCache) void activity.catalog().catch(() => undefined);
  applyRulesOnceLoaded(context, signedIn);
  // The guide's offset for the whole account needs no channel list: the guide has it from the start.
  applyGuideOffsets(context);
  // The search index builds at rest once the catalogue and the guide are in, so Search answers the first key.
  warmSearch(context);
}

/**
 * The viewer's hidden, locked and reordered categories hold for every page, whichever opens first: they apply as
 * soon as the channels are in, whoever started their load. Movies and series follow soon after, as when a page
 * asks for the catalogue.
 */
function applyRulesOnceLoaded(context: AppContext, signedIn: SignedIn): void {
  const stop = signedIn.activity.onChange((snapshot) => {
    if (snapshot.catalog.state !== 'ready') return;
    stop();
    void signedIn.activity.catalog().catch(() => undefined);
    void import(/* webpackChunkName: "parental-rules" */ './parental/parentalState').then(
      (parental) => {
        const catalog = signedIn.source.catalog;
        if (context.signedIn !== signedIn || !catalog) return;
        parental.applyStoredCategoryRules(context, catalog);
        // The guide's time offsets name channels: they apply with the channel list.
        applyGuideOffsets(context, catalog);
      },
      () => undefined,
    );
  });
}

/** "Sign out": forgets the account (removes it, its viewer data and its cache) and leaves it. */
export async function forgetAccount(context: AppContext): Promise<void> {
  const signedIn = context.signedIn;
  if (!signedIn) return;
  await removeSavedAccount(context, signedIn.stored.id);
}

/**
 * Removes a saved account, its viewer data and its cache; leaves it first when it is the signed-in one. Resolves
 * once removed (a failure to clear everything is logged: the account is gone from the list either way).
 */
export async function removeSavedAccount(context: AppContext, accountId: string): Promise<void> {
  if (context.signedIn && context.signedIn.stored.id === accountId) leaveAccount(context);
  const store = context.store;
  if (!store) return;
  await Promise.all([store.user.removeAccount(accountId), store.cacheFor(accountId).clearAccount()]).catch(
    (error: unknown) => console.warn('The account could not be forgotten completely', error),
  );
}
