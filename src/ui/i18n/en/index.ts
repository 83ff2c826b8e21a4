import { common } from './common';
import { guide } from './guide';
import { home } from './home';
import { library } from './library';
import { live } from './live';
import { player } from './player';
import { accounts } from './accounts';
import { parental } from './parental';
import { search } from './search';
import { settings } from './settings';

/**
 * The English table: every string the app shows, keyed by `area.name`. It is assembled from one module per area
 * of the app so that each page's strings sit in one place; the keys of all areas together form {@link StringKey}.
 */
export const en = {
  ...common,
  ...home,
  ...live,
  ...player,
  ...guide,
  ...library,
  ...settings,
  ...search,
  ...accounts,
  ...parental,
};

/** Every string key the app knows. */
export type StringKey = keyof typeof en;
