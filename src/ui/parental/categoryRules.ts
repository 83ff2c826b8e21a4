/**
 * The viewer's category rules as the account's settings keep them: per kind, the hidden and locked categories, the
 * adult categories explicitly left open, and the viewer's order. Plain data and pure functions, so the manager, the
 * pages and the tests share one meaning of "locked".
 */
import type { CategoryInfo, CategoryRules, MediaKind } from '../../library';

/** The settings key the rules are stored under (exported with the rest of the user data). */
export const RULES_SETTING = 'categoryRules';

/** One kind's rules as stored. */
export interface KindRules {
  hidden: string[];
  locked: string[];
  /** Adult categories the viewer unlocked in the manager (adult ones are locked by default while a PIN exists). */
  unlocked: string[];
  /** Category ids in the viewer's order (the manager writes the whole list once something moved). */
  order: string[];
}

/** Every kind's rules. */
export type StoredRules = Record<MediaKind, KindRules>;

function emptyKind(): KindRules {
  return { hidden: [], locked: [], unlocked: [], order: [] };
}

/** No rules at all. */
export function emptyRules(): StoredRules {
  return { live: emptyKind(), movie: emptyKind(), series: emptyKind() };
}

function ids(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  value.forEach((id) => {
    if (typeof id === 'string' && id.length > 0 && out.indexOf(id) < 0) out.push(id);
  });
  return out;
}

/** Reads stored rules, ignoring anything malformed (an older build's or a hand-edited import). */
export function parseRules(value: unknown): StoredRules {
  const rules = emptyRules();
  if (typeof value !== 'object' || value === null) return rules;
  const stored = value as Record<string, unknown>;
  (Object.keys(rules) as MediaKind[]).forEach((kind) => {
    const entry = stored[kind];
    if (typeof entry !== 'object' || entry === null) return;
    const raw = entry as Record<string, unknown>;
    rules[kind] = {
      hidden: ids(raw.hidden),
      locked: ids(raw.locked),
      unlocked: ids(raw.unlocked),
      order: ids(raw.order),
    };
  });
  return rules;
}

/**
 * Whether a category is locked by the stored rules when a PIN exists: locked by the viewer, or adult and not
 * unlocked by the viewer.
 */
export function isLockedBy(rules: KindRules, category: Pick<CategoryInfo, 'id' | 'adult'>): boolean {
  if (rules.locked.indexOf(category.id) >= 0) return true;
  return category.adult && rules.unlocked.indexOf(category.id) < 0;
}

function without(list: readonly string[], id: string): string[] {
  return list.filter((other) => other !== id);
}

function withId(list: readonly string[], id: string): string[] {
  return list.indexOf(id) >= 0 ? list.slice() : list.concat(id);
}

/** Shows a hidden category or hides a shown one. */
export function toggleHidden(rules: KindRules, id: string): KindRules {
  const hidden = rules.hidden.indexOf(id) >= 0 ? without(rules.hidden, id) : withId(rules.hidden, id);
  return { ...rules, hidden };
}

/** Locks an open category or opens a locked one; an adult category is opened by naming it as unlocked. */
export function toggleLocked(rules: KindRules, category: Pick<CategoryInfo, 'id' | 'adult'>): KindRules {
  const id = category.id;
  if (isLockedBy(rules, category)) {
    return {
      ...rules,
      locked: without(rules.locked, id),
      unlocked: category.adult ? withId(rules.unlocked, id) : without(rules.unlocked, id),
    };
  }
  return {
    ...rules,
    locked: category.adult ? rules.locked.slice() : withId(rules.locked, id),
    unlocked: without(rules.unlocked, id),
  };
}

/**
 * Moves a category one place up (`by` -1) or down (+1) in `shown`, the manager's list in its current order, and
 * stores that whole order. Moving past either end does nothing.
 */
export function moveCategory(rules: KindRules, shown: readonly string[], id: string, by: -1 | 1): KindRules {
  const from = shown.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= shown.length) return rules;
  const order = shown.slice();
  order[from] = order[to];
  order[to] = id;
  return { ...rules, order };
}

/**
 * What the catalogue applies: with a PIN, the stored locks plus adult categories, minus the categories opened with
 * the PIN during this run (`opened`); without a PIN nothing is locked, since nothing could open it.
 */
export function effectiveRules(rules: KindRules, hasPin: boolean, opened: readonly string[]): CategoryRules {
  const effective: CategoryRules = { hidden: rules.hidden, order: rules.order };
  if (!hasPin) return effective;
  effective.locked = rules.locked.filter((id) => opened.indexOf(id) < 0);
  effective.lockAdult = true;
  effective.unlocked = rules.unlocked.concat(opened);
  return effective;
}
