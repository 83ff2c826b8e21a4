import { bool01, idList, isObject, num, str, strList, text, unixMs, type RawObject } from './coerce';

/** What a normaliser had to change: counts per "field: from→to", and the items it dropped. */
export interface NormalizeReport {
  coerced: Record<string, number>;
  dropped: Array<{ index: number; reason: string }>;
}

/** Gathers a {@link NormalizeReport} while normalising. */
export class Collector {
  readonly coerced: Record<string, number> = {};
  readonly dropped: Array<{ index: number; reason: string }> = [];

  note(field: string, from: string, to: string): void {
    const key = `${field}: ${from}→${to}`;
    this.coerced[key] = (this.coerced[key] ?? 0) + 1;
  }

  drop(index: number, reason: string): void {
    this.dropped.push({ index, reason });
  }

  report(): NormalizeReport {
    return { coerced: { ...this.coerced }, dropped: this.dropped.slice() };
  }
}

function shapeOf(x: unknown): string {
  if (x === null) return 'null';
  if (x === '') return 'empty';
  if (Array.isArray(x)) return 'list';
  if (typeof x === 'string') return 'text';
  return typeof x;
}

/**
 * Reads the fields of one raw object through the helpers of `coerce.ts` and notes every value
 * whose type had to change. Each method takes one or more field names (aliases) and uses the
 * first one present.
 */
export class FieldReader {
  constructor(
    readonly raw: RawObject,
    private readonly collector: Collector,
  ) {}

  private pick(fields: string[]): { field: string; value: unknown } | undefined {
    for (const field of fields) {
      const value = this.raw[field];
      if (value !== undefined) return { field, value };
    }
    return undefined;
  }

  private missing(field: string, value: unknown): undefined {
    const from = value === null || value === '' ? shapeOf(value) : num(value) === 0 ? 'zero' : 'unreadable';
    this.collector.note(field, from, 'missing');
    return undefined;
  }

  /** An id kept as a string (ids are never numbers in the app). */
  id(...fields: string[]): string | undefined {
    const found = this.pick(fields);
    if (!found) return undefined;
    const id = text(found.value);
    if (id === undefined) return this.missing(found.field, found.value);
    if (typeof found.value !== 'string') this.collector.note(found.field, shapeOf(found.value), 'text');
    return id;
  }

  num(...fields: string[]): number | undefined {
    const found = this.pick(fields);
    if (!found) return undefined;
    const value = num(found.value);
    if (value === undefined) return this.missing(found.field, found.value);
    if (typeof found.value !== 'number') this.collector.note(found.field, shapeOf(found.value), 'number');
    return value;
  }

  /** A rating: panels write 0 (or "0") for "not rated", so only positive values count. */
  rating(...fields: string[]): number | undefined {
    const found = this.pick(fields);
    const value = this.num(...fields);
    if (value === undefined || value > 0) return value;
    this.collector.note(found ? found.field : fields[0], 'zero', 'missing');
    return undefined;
  }

  /** Optional text; "" and null become undefined. */
  text(...fields: string[]): string | undefined {
    const found = this.pick(fields);
    if (!found) return undefined;
    const value = text(found.value);
    if (value === undefined) return this.missing(found.field, found.value);
    if (typeof found.value !== 'string') this.collector.note(found.field, shapeOf(found.value), 'text');
    return value;
  }

  /** A name: kept exactly, even empty or numeric-looking (Q21); only a number becomes its digits. */
  name(...fields: string[]): string {
    const found = this.pick(fields);
    if (!found) return '';
    if (typeof found.value !== 'string') this.collector.note(found.field, shapeOf(found.value), 'text');
    return str(found.value);
  }

  bool(...fields: string[]): boolean {
    const found = this.pick(fields);
    if (!found) return false;
    if (typeof found.value !== 'boolean') this.collector.note(found.field, shapeOf(found.value), 'boolean');
    return bool01(found.value);
  }

  /** Unix seconds (number or string) as epoch milliseconds. */
  time(...fields: string[]): number | undefined {
    const found = this.pick(fields);
    if (!found) return undefined;
    const value = unixMs(found.value);
    if (value === undefined) return this.missing(found.field, found.value);
    if (typeof found.value !== 'number') this.collector.note(found.field, shapeOf(found.value), 'number');
    return value;
  }

  /** Strings from an array or a single string (Q13). */
  strings(...fields: string[]): string[] {
    const found = this.pick(fields);
    if (!found) return [];
    if (!Array.isArray(found.value)) {
      this.collector.note(found.field, shapeOf(found.value), strList(found.value).length ? 'list' : 'empty list');
    }
    return strList(found.value);
  }

  /** The category ids: `category_ids` (XUI) or else the single `category_id`. */
  categoryIds(categoryId: string | undefined): string[] {
    const ids = idList(this.raw.category_ids);
    if (ids.length > 0) return ids;
    return categoryId === undefined ? [] : [categoryId];
  }

  /** A nested object, or {} when the panel sent `[]`, null or nothing (Q14). */
  object(field: string): RawObject {
    const value = this.raw[field];
    if (isObject(value)) return value;
    if (value !== undefined) this.collector.note(field, shapeOf(value), 'object');
    return {};
  }
}
