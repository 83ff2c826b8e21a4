/**
 * The sorted order of the index's words, so that a prefix is a binary-searched range. New words wait in a list
 * until a merge takes them in; the merge writes the new order into a second buffer a bounded number of words at a
 * time and swaps it in when it ends, so the words already sorted stay searchable meanwhile and no single step
 * costs a pass over every word. A catalogue brings new words with nearly every slice of a build, and a full merge
 * per slice would make late slices as long as the vocabulary.
 *
 * The order is word numbers in `Int32Array`s (texts are looked up by number), reused from merge to merge: a
 * large vocabulary is merged many times while it builds, and fresh arrays of strings each time would keep the
 * collector busy inside slices.
 */

/** New words a merge takes in at most while the index builds (sorting them is one step). */
const MERGE_BATCH = 2048;
/** Words merged between two looks at the clock. */
const MERGE_CHUNK = 4096;

/** A merge of some waiting words into the sorted ones, written into `target` up to `written`. */
interface MergeInProgress {
  /** Word numbers taken in, sorted by text. */
  added: number[];
  target: Int32Array;
  total: number;
  /** Next sorted word to copy. */
  from: number;
  /** Next added word to place. */
  next: number;
  /** Where the next added word goes among the sorted ones (-1: not looked up yet). */
  before: number;
  written: number;
}

/** The words of a {@link TokenTable} in text order. */
export class SortedWords {
  /** Word numbers in text order: order[0 .. size). */
  private order: Int32Array = new Int32Array(64);
  private sorted = 0;
  /** Where the next merge writes (the order before the last swap). */
  private spare: Int32Array = new Int32Array(64);
  private waiting: number[] = [];
  private merge: MergeInProgress | undefined;
  /** Words added since the last {@link keepUp}. */
  private arrived = 0;

  /** @param texts The text of every word, by number (read, never changed). */
  constructor(private readonly texts: readonly string[]) {}

  /** How many words are sorted (and searchable by prefix). */
  get size(): number {
    return this.sorted;
  }

  /** Words not in the sorted order yet (waiting or being merged). */
  get unmerged(): number {
    return this.waiting.length + (this.merge ? this.merge.added.length : 0);
  }

  /** Queues a new word for a later merge. */
  add(n: number): void {
    this.waiting.push(n);
    this.arrived++;
  }

  /** Sorts every word in now, the waiting ones in one merge (a search needs them all). */
  flush(): void {
    while (this.advance(Infinity, Infinity));
  }

  /** Merges until `deadline` (a `now()` value); true when every word is sorted in. */
  flushUntil(deadline: number, now: () => number): boolean {
    while (this.advance(MERGE_CHUNK, MERGE_BATCH)) {
      if (now() >= deadline) return this.unmerged === 0;
    }
    return true;
  }

  /**
   * Does the share of merging that the words added since the last call bring: a merge of {@link MERGE_BATCH}
   * words copies every sorted word once, so each new word pays for 1 + sorted / MERGE_BATCH words of it, and the
   * merges keep pace with the words arriving. The share is small next to indexing the documents that brought them.
   */
  keepUp(): void {
    const budget = Math.ceil(this.arrived * (1 + this.sorted / MERGE_BATCH));
    this.arrived = 0;
    if (budget > 0) this.advance(budget, MERGE_BATCH);
  }

  /** The sorted positions [from, to) of the words starting with `prefix` ('' gives none). */
  range(prefix: string): [number, number] {
    if (prefix === '') return [0, 0];
    const from = this.lowerBound(prefix, 0);
    return [from, this.lowerBound(`${prefix}\uffff`, from)];
  }

  /** The word at a sorted position. */
  textAt(position: number): string {
    return this.texts[this.order[position]];
  }

  /** The word number at a sorted position. */
  numberAt(position: number): number {
    return this.order[position];
  }

  /**
   * Does up to `budget` words of merging, starting a merge of up to `batch` waiting words if none is under way;
   * false when nothing was left to merge.
   */
  private advance(budget: number, batch: number): boolean {
    const merge = this.merge ?? this.startMerge(batch);
    if (!merge) return false;
    const texts = this.texts;
    const old = this.order;
    const { added, target, total } = merge;
    const end = Math.min(total, merge.written + budget);
    let { from, next, before, written } = merge;
    while (written < end) {
      if (next < added.length && before < 0) before = this.lowerBound(texts[added[next]], from);
      // Sorted words up to where the next added word goes (all of them once every added word is placed).
      const stop = next < added.length ? before : this.sorted;
      const copy = Math.min(stop - from, end - written);
      target.set(old.subarray(from, from + copy), written);
      from += copy;
      written += copy;
      if (from === stop && next < added.length && written < end) {
        target[written++] = added[next++];
        before = -1;
      }
    }
    merge.from = from;
    merge.next = next;
    merge.before = before;
    merge.written = written;
    if (written === total) {
      this.spare = this.order;
      this.order = target;
      this.sorted = total;
      this.merge = undefined;
    }
    return true;
  }

  private startMerge(batch: number): MergeInProgress | undefined {
    if (this.waiting.length === 0) return undefined;
    const texts = this.texts;
    const waiting = this.waiting;
    const added = batch >= waiting.length ? waiting : waiting.splice(waiting.length - batch, batch);
    if (added === waiting) this.waiting = [];
    added.sort((a, b) => (texts[a] < texts[b] ? -1 : 1));
    const total = this.sorted + added.length;
    let target = this.spare;
    if (target.length < total) target = new Int32Array(Math.max(total, 2 * target.length));
    this.merge = { added, target, total, from: 0, next: 0, before: -1, written: 0 };
    return this.merge;
  }

  /** The first sorted position from `from` on whose text is not below `text`. */
  private lowerBound(text: string, from: number): number {
    const texts = this.texts;
    const order = this.order;
    let lo = from;
    let hi = this.sorted;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (texts[order[mid]] < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
