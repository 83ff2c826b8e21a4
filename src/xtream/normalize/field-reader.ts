import { categoryIds, isObject, type RawObject } from './coerce';
import type { Collector } from './collector';
import type { Field } from './field';
import { TransitionsTo } from './transitions';

const TO_OBJECT = new TransitionsTo('object');

/**
 * Reads the fields of one raw object (a login, a movie's details, a guide row) and counts every
 * value whose type had to change. Each method takes one or more field names (aliases) and uses
 * the first one present. Long lists read their items through {@link Field}s instead.
 */
export class FieldReader {
  constructor(
    readonly raw: RawObject,
    private readonly collector: Collector,
  ) {}

  /** The first of `names` present in the object (the first name when none is), as a Field. */
  private pick(names: string[]): Field {
    for (const name of names) {
      if (this.raw[name] !== undefined) return this.collector.field(name);
    }
    return this.collector.field(names[0]);
  }

  /** An id kept as a string (ids are never numbers in the app). */
  id(...names: string[]): string | undefined {
    const field = this.pick(names);
    return field.id(this.raw[field.key]);
  }

  num(...names: string[]): number | undefined {
    const field = this.pick(names);
    return field.num(this.raw[field.key]);
  }

  /** A rating: panels write 0 (or "0") for "not rated", so only positive values count. */
  rating(...names: string[]): number | undefined {
    const field = this.pick(names);
    return field.rating(this.raw[field.key]);
  }

  /** Optional text; "" and null become undefined. */
  text(...names: string[]): string | undefined {
    const field = this.pick(names);
    return field.text(this.raw[field.key]);
  }

  /** A name: kept exactly, even empty or numeric-looking (Q21); only a number becomes its digits. */
  name(...names: string[]): string {
    const field = this.pick(names);
    return field.name(this.raw[field.key]);
  }

  bool(...names: string[]): boolean {
    const field = this.pick(names);
    return field.bool(this.raw[field.key]);
  }

  /** Unix seconds (number or string) as epoch milliseconds. */
  time(...names: string[]): number | undefined {
    const field = this.pick(names);
    return field.time(this.raw[field.key]);
  }

  /** Strings from an array or a single string (Q13). */
  strings(...names: string[]): string[] {
    const field = this.pick(names);
    return field.strings(this.raw[field.key]);
  }

  /** The category ids: `category_ids` (XUI) or else the single `category_id`. */
  categoryIds(categoryId: string | undefined): string[] {
    return categoryIds(this.raw.category_ids, categoryId);
  }

  /** A nested object, or {} when the panel sent `[]`, null or nothing (Q14). */
  object(name: string): RawObject {
    const value = this.raw[name];
    if (isObject(value)) return value;
    if (value !== undefined) this.collector.field(name).count(TO_OBJECT.from(value));
    return {};
  }
}
