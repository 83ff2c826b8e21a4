/**
 * Parental control of the signed-in account at run time: its stored category rules, its PIN, and the categories
 * opened with the PIN. An opened category stays open until the app closes or the account is left (signing out or
 * switching makes a new `SignedIn`, which starts with everything locked again).
 */
import type { Catalog, MediaKind } from '../../library';
import { MEDIA_KINDS } from '../../library';
import type { AccountUserData } from '../../store';
import type { AppContext, SignedIn } from '../context';
import { effectiveRules, parseRules, RULES_SETTING, type KindRules, type StoredRules } from './categoryRules';

let openedFor: SignedIn | undefined;
let opened: Record<MediaKind, string[]> = { live: [], movie: [], series: [] };
/** The catalogue and rules last applied, so that a page visit with nothing new leaves the listings' caches alone. */
let appliedTo: Catalog | undefined;
let appliedSignature = '';

/** The user data of the signed-in account, or undefined (not signed in, or storage refused the account). */
export function parentalData(context: AppContext): AccountUserData | undefined {
  const signedIn = context.signedIn;
  if (!signedIn || !context.store) return undefined;
  try {
    return context.store.user.forAccount(signedIn.stored.id);
  } catch {
    return undefined;
  }
}

function openedLists(context: AppContext): Record<MediaKind, string[]> {
  if (openedFor !== context.signedIn) {
    openedFor = context.signedIn;
    opened = { live: [], movie: [], series: [] };
  }
  return opened;
}

/** The stored rules of the signed-in account (none without stored data). */
export function storedRules(context: AppContext): StoredRules {
  const data = parentalData(context);
  return parseRules(data ? data.readSettings<Record<string, unknown>>({ [RULES_SETTING]: null })[RULES_SETTING] : null);
}

/** Whether the signed-in account has a parental PIN. */
export function hasPin(context: AppContext): boolean {
  const data = parentalData(context);
  return data ? data.hasPin() : false;
}

/**
 * Applies the stored rules (with adult categories locked while a PIN exists, and the categories opened this run)
 * to the account's catalogue; pages call it before they read categories. Cheap when nothing changed.
 */
export function applyStoredCategoryRules(context: AppContext, catalog?: Catalog): void {
  const target = catalog ?? context.signedIn?.source.catalog;
  if (!target) return;
  const rules = storedRules(context);
  const pin = hasPin(context);
  const open = openedLists(context);
  const effective = MEDIA_KINDS.map((kind) => effectiveRules(rules[kind], pin, open[kind]));
  const signature = JSON.stringify(effective);
  if (target === appliedTo && signature === appliedSignature) return;
  MEDIA_KINDS.forEach((kind, i) => target.setCategoryRules(kind, effective[i]));
  appliedTo = target;
  appliedSignature = signature;
}

/** Opens categories for the rest of this run (the PIN was entered) and applies the rules again. */
export function openCategories(context: AppContext, kind: MediaKind, ids: readonly string[]): void {
  const open = openedLists(context);
  ids.forEach((id) => {
    if (open[kind].indexOf(id) < 0) open[kind] = open[kind].concat(id);
  });
  applyStoredCategoryRules(context);
}

/** Stores one kind's rules and applies them at once. */
export async function saveKindRules(context: AppContext, kind: MediaKind, rules: KindRules): Promise<void> {
  const data = parentalData(context);
  if (!data) throw new Error('This account has no stored data');
  const all = storedRules(context);
  all[kind] = rules;
  await data.writeSettings<Record<string, unknown>>({ [RULES_SETTING]: all });
  applyStoredCategoryRules(context);
}

/** Forgets the categories opened this run (after the PIN changed or was removed), and applies the rules again. */
export function closeOpenedCategories(context: AppContext): void {
  openedLists(context);
  opened = { live: [], movie: [], series: [] };
  applyStoredCategoryRules(context);
}
