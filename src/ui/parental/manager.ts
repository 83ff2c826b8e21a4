/** What the category manager lists and what its keys change, as plain data (the page draws and stores it). */
import type { Catalog, MediaKind } from '../../library';
import { isLockedBy, moveCategory, toggleHidden, toggleLocked, type KindRules } from './categoryRules';

/** A category as the manager shows it: the stored choices, whatever was opened with the PIN this run. */
export interface ManagedCategory {
  id: string;
  name: string;
  count: number;
  hidden: boolean;
  /** Locked by the stored rules (adult categories are, unless the viewer unlocked them). */
  locked: boolean;
  adult: boolean;
}

/** The kinds the manager switches between with Left/Right, in that order. */
export const MANAGER_KINDS: readonly MediaKind[] = ['live', 'movie', 'series'];

/** Every category of a kind (hidden ones too) in the viewer's order, with the stored states. */
export function managedCategories(catalog: Catalog, kind: MediaKind, rules: KindRules): ManagedCategory[] {
  return catalog.categories(kind, { includeHidden: true }).map((category) => ({
    id: category.id,
    name: category.name,
    count: category.count,
    hidden: rules.hidden.indexOf(category.id) >= 0,
    locked: isLockedBy(rules, category),
    adult: category.adult,
  }));
}

/** A manager key's change of the rules. */
export type ManagerChange = 'hide' | 'lock' | 'up' | 'down';

/** The rules after `change` on `category`, with `shown` the manager's list in its current order. */
export function changedRules(
  rules: KindRules,
  shown: readonly ManagedCategory[],
  category: ManagedCategory,
  change: ManagerChange,
): KindRules {
  if (change === 'hide') return toggleHidden(rules, category.id);
  if (change === 'lock') return toggleLocked(rules, category);
  const ids = shown.map((c) => c.id);
  return moveCategory(rules, ids, category.id, change === 'up' ? -1 : 1);
}
