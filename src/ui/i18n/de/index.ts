import type { StringKey } from '../en';
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

/** The German table: the same keys as the English one (the type checker refuses a missing or extra key). */
export const de: Record<StringKey, string> = {
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
