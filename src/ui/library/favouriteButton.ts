/** The favourite toggle of the details pages: its button and what pressing it does. */
import { appContext } from '../context';
import { t } from '../i18n';
import type { ButtonRow, RowButton } from './ButtonRow';
import { userData, type LibraryKind } from './libraryData';

/** The button's label: whether the title is a favourite now. */
export function favouriteLabel(favourite: boolean): string {
  return t(favourite ? 'library.favourite' : 'library.addFavourite');
}

/** The favourite button of a title, labelled with whether it is one now. */
export function favouriteButton(kind: LibraryKind, id: string): RowButton {
  const data = userData(appContext());
  const favourite = data ? data.isFavourite(kind, id) : false;
  return { id: 'favourite', label: favouriteLabel(favourite), w: 420 };
}

/** Toggles the title's favourite mark, relabels its button and says what changed. */
export async function toggleFavourite(buttons: ButtonRow, kind: LibraryKind, id: string): Promise<void> {
  const context = appContext();
  const data = userData(context);
  if (!data) return;
  const now = await data.toggleFavourite(kind, id);
  buttons.relabel('favourite', favouriteLabel(now));
  context.toast(t(now ? 'library.favouriteAdded' : 'library.favouriteRemoved'));
}
