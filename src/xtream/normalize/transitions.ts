// The report counts coercions per field and per transition ("text→number"). Transitions are
// numbered once, so counting one for an item is an array increment, never a string built per item
// (catalogues reach 150,000 items with several coercions each).

const names: string[] = [];
const numbers = new Map<string, number>();

/** The number of the transition `from→to`, given on first use and kept for the life of the app. */
export function transition(from: string, to: string): number {
  const name = `${from}→${to}`;
  let number = numbers.get(name);
  if (number === undefined) {
    number = names.length;
    names.push(name);
    numbers.set(name, number);
  }
  return number;
}

/** The report's name of a transition number, e.g. "text→number". */
export function transitionName(number: number): string {
  return names[number];
}

/** How many transitions are numbered so far. */
export function transitionCount(): number {
  return names.length;
}

/** What a raw value looks like, in the report's words. */
export function shapeOf(x: unknown): string {
  if (x === null) return 'null';
  if (x === '') return 'empty';
  if (Array.isArray(x)) return 'list';
  if (typeof x === 'string') return 'text';
  return typeof x;
}

const SHAPES = ['null', 'empty', 'list', 'text', 'number', 'boolean', 'object'];

/** The index of `shapeOf(x)` in SHAPES, or -1 for shapes JSON never has (undefined, functions...). */
function shapeIndex(x: unknown): number {
  if (x === null) return 0;
  switch (typeof x) {
    case 'string':
      return x === '' ? 1 : 3;
    case 'number':
      return 4;
    case 'boolean':
      return 5;
    case 'object':
      return Array.isArray(x) ? 2 : 6;
    default:
      return -1;
  }
}

/** The transitions from every shape of raw value to one target, numbered up front. */
export class TransitionsTo {
  private readonly fromShape: number[];

  constructor(private readonly to: string) {
    this.fromShape = SHAPES.map((shape) => transition(shape, to));
  }

  /** The transition from the shape of `x` to the target. */
  from(x: unknown): number {
    const index = shapeIndex(x);
    return index >= 0 ? this.fromShape[index] : transition(shapeOf(x), this.to);
  }
}
