/**
 * Builds a {@link SearchIndex} off the critical path: batches are queued as they arrive and indexed in slices of a
 * few milliseconds, so the UI thread is never held for long. The index answers searches between slices with
 * whatever has been indexed so far, and the result is the same as indexing everything at once.
 */
import type { MediaKind } from '../catalog/kinds';
import { SearchIndex } from './search-index';
import type { ProgrammeTitle, SearchableItem } from './types';

/** The default length of one slice, in milliseconds. */
export const DEFAULT_SLICE_MS = 8;
/** Documents indexed between two looks at the clock. */
const CLOCK_EVERY = 128;

/** Options of {@link SearchIndexBuilder}. */
export interface SearchIndexBuilderOptions {
  /** The clock, in milliseconds (default `performance.now`, else `Date.now`). */
  now?: () => number;
}

/** Options of {@link SearchIndexBuilder.buildInSlices}. */
export interface SliceOptions {
  /** Milliseconds of work per slice (default {@link DEFAULT_SLICE_MS}). */
  sliceMs?: number;
  /** Awaited between slices (default: a zero timeout, which lets input and rendering run). */
  pause?: () => Promise<void>;
  /** Stops building after the current slice; what was indexed stays searchable. */
  signal?: AbortSignal;
  /** Called after each slice with the documents still queued. */
  onProgress?: (pending: number) => void;
}

type Batch =
  | { kind: MediaKind; items: readonly SearchableItem[]; next: number }
  | { kind: 'programme'; items: readonly ProgrammeTitle[]; next: number };

function defaultClock(): () => number {
  const perf = typeof performance !== 'undefined' ? performance : undefined;
  return perf && typeof perf.now === 'function' ? () => perf.now() : () => Date.now();
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Queues batches and indexes them in slices.
 *
 * @example
 * ```ts
 * const builder = new SearchIndexBuilder();
 * builder.addItems('live', channels).addItems('movie', movies).addItems('series', series);
 * builder.addProgrammes(guideProgrammes); // later, when the guide window loads
 * await builder.buildInSlices(); // 8 ms slices; builder.index answers searches meanwhile
 * ```
 */
export class SearchIndexBuilder {
  readonly index: SearchIndex;
  private readonly now: () => number;
  private readonly queue: Batch[] = [];
  private queued = 0;
  private finished = true;

  constructor(index: SearchIndex = new SearchIndex(), options: SearchIndexBuilderOptions = {}) {
    this.index = index;
    this.now = options.now ?? defaultClock();
  }

  /** Queues channels, movies or series (in the provider's order); nothing is indexed until a step runs. */
  addItems(kind: MediaKind, items: readonly SearchableItem[]): this {
    return this.enqueue({ kind, items, next: 0 });
  }

  /** Queues programmes of the loaded guide window. */
  addProgrammes(programmes: readonly ProgrammeTitle[]): this {
    return this.enqueue({ kind: 'programme', items: programmes, next: 0 });
  }

  /** Documents queued and not indexed yet. */
  get pending(): number {
    return this.queued;
  }

  /** Whether everything queued is indexed and compacted. */
  get done(): boolean {
    return this.queued === 0 && this.finished;
  }

  /**
   * Works for about `budgetMs` milliseconds: indexes queued documents, then compacts the index. Returns true
   * when nothing is left to do. Every part of the work is done a bounded share at a time between looks at the
   * clock, so a step ends soon after its budget whatever the size of the index.
   */
  step(budgetMs: number = DEFAULT_SLICE_MS): boolean {
    const deadline = this.now() + budgetMs;
    while (this.queue.length > 0) {
      this.indexSome(this.queue[0], CLOCK_EVERY);
      if (this.queue[0].next >= this.queue[0].items.length) this.queue.shift();
      // Sorting the new words in a share at a time keeps every slice short; a search meanwhile finishes the job.
      this.index.keepUp();
      if (this.now() >= deadline) return false;
    }
    this.finished = this.index.compactUntil(deadline, this.now);
    return this.finished;
  }

  /** Steps until done, pausing between slices; resolves with the index. */
  async buildInSlices(options: SliceOptions = {}): Promise<SearchIndex> {
    const pause = options.pause ?? nextTurn;
    while (!options.signal?.aborted) {
      const finished = this.step(options.sliceMs ?? DEFAULT_SLICE_MS);
      options.onProgress?.(this.queued);
      if (finished) break;
      await pause();
    }
    return this.index;
  }

  /** Indexes everything now, in one go (tests, workers, tools). */
  buildNow(): SearchIndex {
    while (!this.step(Infinity));
    return this.index;
  }

  private enqueue(batch: Batch): this {
    if (batch.items.length > 0) {
      this.queue.push(batch);
      this.queued += batch.items.length;
      this.finished = false;
    }
    return this;
  }

  private indexSome(batch: Batch, count: number): void {
    const end = Math.min(batch.items.length, batch.next + count);
    const index = this.index;
    if (batch.kind === 'programme') {
      for (let i = batch.next; i < end; i++) index.addProgramme(batch.items[i]);
    } else {
      for (let i = batch.next; i < end; i++) index.addItem(batch.kind, batch.items[i]);
    }
    this.queued -= end - batch.next;
    batch.next = end;
  }
}
