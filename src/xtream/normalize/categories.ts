import type { Category } from '../models';
import { isObject } from './coerce';
import { Collector, FieldReader } from './report';
import { expectList } from './shape';

/** Categories of `get_live_categories`, `get_vod_categories` or `get_series_categories`. */
export function normalizeCategories(raw: unknown, collector = new Collector()): Category[] {
  const out: Category[] = [];
  expectList(raw, 'list of categories').forEach((item, index) => {
    if (!isObject(item)) return collector.drop(index, 'not an object');
    const r = new FieldReader(item, collector);
    const id = r.id('category_id');
    if (id === undefined) return collector.drop(index, 'no category_id');
    const parent = r.id('parent_id');
    // Both panel generations hard-code parent_id 0, meaning "no parent".
    out.push({ id, name: r.name('category_name'), parentId: parent === '0' ? undefined : parent });
  });
  return out;
}
