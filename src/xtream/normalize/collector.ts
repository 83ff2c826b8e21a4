import { Field, type FirstCoercionListener } from './field';
import { transition, transitionName } from './transitions';

/** What a normaliser had to change: counts per "field: from→to", and the items it dropped. */
export interface NormalizeReport {
  coerced: Record<string, number>;
  dropped: Array<{ index: number; reason: string }>;
}

/** Gathers a {@link NormalizeReport} while normalising. */
export class Collector implements FirstCoercionListener {
  readonly dropped: Array<{ index: number; reason: string }> = [];
  private readonly fields = new Map<string, Field>();
  /** Each counted (field, transition) pair, in the order it first happened: the report's key order. */
  private readonly firsts: Array<{ field: Field; transition: number }> = [];

  /** The field `name`, to read the raw values of many items with (one per name and collector). */
  field(name: string): Field {
    let field = this.fields.get(name);
    if (field === undefined) {
      field = new Field(name, this);
      this.fields.set(name, field);
    }
    return field;
  }

  /** Counts a coercion that no {@link Field} method covers, e.g. `note('start', 'date text', 'time')`. */
  note(field: string, from: string, to: string): void {
    this.field(field).count(transition(from, to));
  }

  drop(index: number, reason: string): void {
    this.dropped.push({ index, reason });
  }

  /** @internal Called by a Field the first time it counts a transition. */
  firstCoercion(field: Field, transition: number): void {
    this.firsts.push({ field, transition });
  }

  report(): NormalizeReport {
    const coerced: Record<string, number> = {};
    for (const { field, transition } of this.firsts) {
      coerced[`${field.key}: ${transitionName(transition)}`] = field.countOf(transition);
    }
    return { coerced, dropped: this.dropped.slice() };
  }
}
