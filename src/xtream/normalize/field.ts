import * as coerce from './coerce';
import { TransitionsTo, transition, transitionCount } from './transitions';

// Bound once: CommonJS builds such as esbuild's (tsx runs the benchmarks with it) turn each use
// of an import into a getter call, and these helpers run for every field of every item.
const { bool01, num, str, strList, text, unixMs } = coerce;

const TO_TEXT = new TransitionsTo('text');
const TO_NUMBER = new TransitionsTo('number');
const TO_BOOLEAN = new TransitionsTo('boolean');
const TO_LIST = new TransitionsTo('list');
const TO_EMPTY_LIST = new TransitionsTo('empty list');
const NULL_TO_MISSING = transition('null', 'missing');
const EMPTY_TO_MISSING = transition('empty', 'missing');
const ZERO_TO_MISSING = transition('zero', 'missing');
const UNREADABLE_TO_MISSING = transition('unreadable', 'missing');

/** Told the first time a field counts a transition, so the report lists coercions in the order they happened. */
export interface FirstCoercionListener {
  firstCoercion(field: Field, transition: number): void;
}

/**
 * One field of the panel's items (e.g. `added`): reads a raw value of it through the helpers of
 * `coerce.ts` and counts every value whose type had to change. A normaliser takes its fields
 * from the Collector once per answer and hands each item's raw value to them, so reading a
 * field costs no lookup and no allocation. `undefined` means the item lacks the field.
 */
export class Field {
  private counts: number[];

  constructor(
    /** The field's key in the panel's items, e.g. `added`. */
    readonly key: string,
    private readonly listener: FirstCoercionListener,
  ) {
    this.counts = zeros(transitionCount());
  }

  /** How many values took `transition`. */
  countOf(transition: number): number {
    return transition < this.counts.length ? this.counts[transition] : 0;
  }

  /** Counts one value that took `transition`. */
  count(transition: number): void {
    if (transition >= this.counts.length) {
      // A transition numbered after this field was made (a rare note such as "date text→time").
      this.counts = this.counts.concat(zeros(transitionCount() - this.counts.length));
    }
    if (this.counts[transition]++ === 0) this.listener.firstCoercion(this, transition);
  }

  /** An id kept as a string (ids are never numbers in the app). */
  id(value: unknown): string | undefined {
    return this.text(value);
  }

  /** Optional text; "" and null become undefined. */
  text(value: unknown): string | undefined {
    if (value === undefined) return undefined;
    const out = text(value);
    if (out === undefined) return this.missing(value);
    if (typeof value !== 'string') this.count(TO_TEXT.from(value));
    return out;
  }

  /** A name: kept exactly, even empty or numeric-looking (Q21); only a number becomes its digits. */
  name(value: unknown): string {
    if (value === undefined) return '';
    if (typeof value === 'string') return value;
    this.count(TO_TEXT.from(value));
    return str(value);
  }

  /** A number from a number or numeric string (Q1); "", null and "n/A" become undefined (Q10). */
  num(value: unknown): number | undefined {
    if (value === undefined) return undefined;
    const out = num(value);
    if (out === undefined) return this.missing(value);
    if (typeof value !== 'number') this.count(TO_NUMBER.from(value));
    return out;
  }

  /** A rating: panels write 0 (or "0") for "not rated", so only positive values count. */
  rating(value: unknown): number | undefined {
    const out = this.num(value);
    if (out === undefined || out > 0) return out;
    this.count(ZERO_TO_MISSING);
    return undefined;
  }

  /** True for 1, "1", true and "true" (Q3, Q29); false for anything else, absence included. */
  bool(value: unknown): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') this.count(TO_BOOLEAN.from(value));
    return bool01(value);
  }

  /** Unix seconds (number or string) as epoch milliseconds. */
  time(value: unknown): number | undefined {
    if (value === undefined) return undefined;
    const out = unixMs(value);
    if (out === undefined) return this.missing(value);
    if (typeof value !== 'number') this.count(TO_NUMBER.from(value));
    return out;
  }

  /** Strings from an array or a single string (Q13). */
  strings(value: unknown): string[] {
    if (value === undefined) return [];
    const out = strList(value);
    if (!Array.isArray(value)) this.count(out.length > 0 ? TO_LIST.from(value) : TO_EMPTY_LIST.from(value));
    return out;
  }

  /** Counts a value that could not be read and gives undefined. */
  private missing(value: unknown): undefined {
    if (value === null) this.count(NULL_TO_MISSING);
    else if (value === '') this.count(EMPTY_TO_MISSING);
    else this.count(num(value) === 0 ? ZERO_TO_MISSING : UNREADABLE_TO_MISSING);
    return undefined;
  }
}

function zeros(length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(0);
  return out;
}
