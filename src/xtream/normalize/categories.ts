import type { Category } from '../models';
import { isObject } from './coerce';
import { Collector } from './collector';
import { expectList, isHole } from './shape';

/** Categories of `get_live_categories`, `get_vod_categories` or `get_series_categories`. */
export function normalizeCategories(raw: unknown, collector = new Collector()): Category[] {
  const items = expectList(raw, 'list of categories');
  const categoryId = collector.field('category_id');
  const parentId = collector.field('parent_id');
  const categoryName = collector.field('category_name');
  const out: Category[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) {
      if (!isHole(items, index)) collector.drop(index, 'not an object');
      continue;
    }
    const id = categoryId.id(item.category_id);
    if (id === undefined) {
      collector.drop(index, 'no category_id');
      continue;
    }
    const parent = parentId.id(item.parent_id);
    // Both panel generations hard-code parent_id 0, meaning "no parent".
    out.push({ id, name: categoryName.name(item.category_name), parentId: parent === '0' ? undefined : parent });
  }
  return out;
}
