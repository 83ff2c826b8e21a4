/**
 * What the accounts pages do with saved accounts: add or edit one (checked by signing in, or by reading the
 * playlist), rename, delete, switch, and read an account's facts. Navigation stays with the pages.
 */
import { createSource, playlistAccountId, storedPlaylistAccount, xtreamAccountId } from '../../library';
import type { StoredAccount } from '../../store';
import { repairCredentials, type Account, type DoctorReport } from '../../xtream';
import { playlistFacts } from '../accountSummary';
import type { AppContext } from '../context';
import { describeError } from '../describeError';
import { t } from '../i18n';
import {
  beginSession,
  openAppStore,
  openSavedAccount,
  removeSavedAccount,
  saveSignedIn,
  savedAccounts,
  type OpenAccountResult,
} from '../session';
import { signIn } from '../signIn';
import { credentialsOf, playlistOf, type AccountKind, type FormValues } from './accountForm';

/** How saving the form went: the account's name, or why not (with the connection doctor's report when it ran). */
export type SaveOutcome =
  { ok: true; name: string; signedIn: boolean } | { ok: false; message: string; hint: string; report?: DoctorReport };

/** A saved account by id. */
export function findAccount(context: AppContext, accountId: string): StoredAccount | undefined {
  return context.store ? context.store.user.account(accountId) : undefined;
}

/** Whether `accountId` is the signed-in account. */
export function isCurrent(context: AppContext, accountId: string): boolean {
  return context.signedIn !== undefined && context.signedIn.stored.id === accountId;
}

/** Another saved account with the id `accountId` would get, if any (an account is saved once). */
function duplicateOf(context: AppContext, accountId: string, editing?: StoredAccount): StoredAccount | undefined {
  if (!context.store || (editing && editing.id === accountId)) return undefined;
  return context.store.user.account(accountId);
}

function duplicate(found: StoredAccount): SaveOutcome {
  return {
    ok: false,
    message: t('accounts.form.duplicate', { name: found.name }),
    hint: t('accounts.form.duplicateHint'),
  };
}

/** The id an Xtream account typed into the form would get, when the server can be used at all. */
function typedXtreamId(values: FormValues): string | undefined {
  try {
    const repaired = repairCredentials(credentialsOf(values));
    return xtreamAccountId(repaired.server, repaired.username);
  } catch {
    return undefined;
  }
}

/**
 * Saves the form of an Xtream account: signs in (the connection doctor explains a failure and applies the fix it
 * finds). A new account, or an edit of the one in use, becomes the signed-in account; an edit of another one is
 * only saved.
 */
export async function saveXtreamForm(
  context: AppContext,
  values: FormValues,
  editing: StoredAccount | undefined,
  signal?: AbortSignal,
): Promise<SaveOutcome> {
  const typedId = typedXtreamId(values);
  const typedTwin = typedId ? duplicateOf(context, typedId, editing) : undefined;
  if (typedTwin) return duplicate(typedTwin);
  const result = await signIn(credentialsOf(values), context.http, signal);
  if (!result.ok) return result;
  const { server, username } = result.client.credentials;
  const twin = duplicateOf(context, xtreamAccountId(server, username), editing);
  if (twin) return duplicate(twin);
  const use = !editing || isCurrent(context, editing.id);
  const name = values.name.trim() || undefined;
  const saved = await saveSignedIn(context, result, { name, id: editing?.id, use });
  // The fix the connection doctor applied (another port, https...) is worth knowing either way.
  const notes = result.fix ? [result.fix] : result.repairs;
  if (notes.length) context.toast(notes.join(' '));
  if (use) beginSession(context, saved.stored, saved.source, saved.state);
  return { ok: true, name: saved.stored.name, signedIn: use };
}

/**
 * Saves the form of a playlist account: reads the playlist (which caches it for the session), then saves. A new
 * account, or an edit of the one in use, becomes the signed-in account.
 */
export async function savePlaylistForm(
  context: AppContext,
  values: FormValues,
  editing: StoredAccount | undefined,
  signal?: AbortSignal,
): Promise<SaveOutcome> {
  const input = playlistOf(values);
  const twin = duplicateOf(context, playlistAccountId(input.url), editing);
  if (twin) return duplicate(twin);
  const store = await openAppStore(context);
  const stored = storedPlaylistAccount(input.url, input.name);
  if (input.guideUrl) stored.epgUrl = input.guideUrl;
  if (editing) {
    stored.id = editing.id;
    stored.createdAt = editing.createdAt;
    stored.lastUsedAt = editing.lastUsedAt;
    if (!input.name) stored.name = editing.name;
    // Another playlist behind the same account: what was cached belongs to the old one.
    if (editing.url !== stored.url)
      await store
        .cacheFor(stored.id)
        .clearAccount()
        .catch(() => undefined);
  }
  const source = createSource(stored, { store, http: context.http });
  try {
    await source.loadCatalog({ signal });
  } catch (error) {
    if (signal && signal.aborted) throw error;
    const described = describeError(error);
    return { ok: false, message: t('accounts.form.playlistFailed'), hint: `${described.message} ${described.hint}` };
  }
  const use = !editing || isCurrent(context, editing.id);
  if (use) stored.lastUsedAt = Date.now();
  await store.user.saveAccount(stored);
  if (use) beginSession(context, stored, source, await source.connect());
  return { ok: true, name: stored.name, signedIn: use };
}

/** Saves the form of either kind. */
export function saveForm(
  context: AppContext,
  kind: AccountKind,
  values: FormValues,
  editing: StoredAccount | undefined,
  signal?: AbortSignal,
): Promise<SaveOutcome> {
  return kind === 'xtream'
    ? saveXtreamForm(context, values, editing, signal)
    : savePlaylistForm(context, values, editing, signal);
}

/** Gives a saved account another name (the one in use shows it at once). */
export async function renameAccount(context: AppContext, accountId: string, name: string): Promise<void> {
  const store = await openAppStore(context);
  const stored = store.user.account(accountId);
  if (!stored) throw new Error(`no saved account has the id ${accountId}`);
  const renamed = { ...stored, name: name.trim() };
  await store.user.saveAccount(renamed);
  const signedIn = context.signedIn;
  if (signedIn && signedIn.stored.id === accountId) {
    signedIn.stored = renamed;
    if (signedIn.source.kind === 'm3u') signedIn.account = playlistFacts(renamed.name);
  }
}

/** What deleting an account led to: the account in use is left, and the next saved one opened when there is one. */
export type DeleteOutcome = { left: false } | { left: true; next?: StoredAccount; opened?: OpenAccountResult };

/** Deletes a saved account with its viewer data and cache; deleting the one in use switches to the next saved one. */
export async function deleteAccount(context: AppContext, accountId: string): Promise<DeleteOutcome> {
  const left = isCurrent(context, accountId);
  await removeSavedAccount(context, accountId);
  if (!left) return { left };
  const next = context.store ? savedAccounts(context.store)[0] : undefined;
  if (!next) return { left };
  return { left, next, opened: await openSavedAccount(context, next) };
}

/** Signs in with another saved account (the current one is left once the other opened). */
export async function switchAccount(context: AppContext, accountId: string): Promise<OpenAccountResult> {
  const stored = findAccount(context, accountId);
  if (!stored) return { ok: false, message: t('accounts.missing'), hint: '' };
  return openSavedAccount(context, stored);
}

/** An account's facts for the details page: the signed-in one's as known, another's from its cache or provider. */
export async function accountFacts(
  context: AppContext,
  stored: StoredAccount,
): Promise<{ facts?: Account; problem?: string }> {
  if (stored.kind !== 'xtream') return {};
  const signedIn = context.signedIn;
  if (signedIn && signedIn.stored.id === stored.id) return { facts: signedIn.account };
  try {
    const store = await openAppStore(context);
    const state = await createSource(stored, { store, http: context.http }).connect();
    return { facts: state.account };
  } catch (error) {
    return { problem: describeError(error).message };
  }
}
