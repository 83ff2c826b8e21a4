/** Opening locked categories from the Live TV, movie and series pages: the PIN prompt, then the category opens. */
import type { Catalog, MediaKind } from '../../library';
import type { AppContext } from '../context';
import { t } from '../i18n';
import { openCategories, parentalData } from './parentalState';
import type { PinDialog } from './PinDialog';
import { PinFlow } from './pinFlow';

/**
 * Asks for the PIN to open `name` (one category, or the locked categories of a title: `ids`); with the right PIN
 * they stay open for this run and `opened` runs. Back closes the prompt and runs `cancelled`.
 */
export function askToOpen(
  context: AppContext,
  dialog: PinDialog,
  request: { kind: MediaKind; ids: readonly string[]; name: string },
  opened: () => void,
  cancelled: () => void,
): void {
  const data = parentalData(context);
  if (!data || !data.hasPin()) {
    // Without a PIN nothing stays locked once the rules are applied again: open at once.
    openCategories(context, request.kind, request.ids);
    opened();
    return;
  }
  dialog.ask({
    flow: new PinFlow('verify', data),
    title: t('parental.dialog.open', { name: request.name }),
    onDone: () => {
      openCategories(context, request.kind, request.ids);
      opened();
    },
    onCancel: cancelled,
  });
}

/** The locked categories a title is listed under (what the PIN opens to show it). */
export function lockedCategoriesOf(catalog: Catalog, kind: MediaKind, categoryIds: readonly string[]): string[] {
  return categoryIds.filter((id) => {
    const category = catalog.category(kind, id);
    return category !== undefined && category.locked;
  });
}
