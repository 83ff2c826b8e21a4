/**
 * The search index of the signed-in account, built in slices of a few milliseconds between frames and key presses
 * (so typing stays responsive while it grows) and kept between visits of the search page. Channels come first,
 * then movies and series, then the guide's programmes; a search sees whatever is indexed so far. Items of hidden
 * or locked categories are never indexed nor shown, and the index is built again when the catalogue, its category
 * rules or the guide change.
 */
import type { GuideIndex } from '../../epg';
import {
  ALL_CATEGORIES,
  MEDIA_KINDS,
  SearchIndexBuilder,
  type Catalog,
  type MediaKind,
  type ProgrammeGuide,
  type SearchableItem,
  type SearchResults,
} from '../../library';
import type { LiveStream } from '../../xtream';
import { addGuideChannel, ProgrammeFeed, type ChannelsByGuideId } from './programmeFeed';

/** Milliseconds of work per slice. */
export const SLICE_MS = 8;
/** Items looked at between two looks at the clock. */
const CHUNK = 512;
/** An index older than this is built again (programmes move from "upcoming" to "on air" to "over"). */
const MAX_AGE_MS = 2 * 3600000;

/** What the index is built from. */
export interface SearchSources {
  catalog: Catalog;
  guide: ProgrammeGuide;
}

/** How far the build is. */
export interface BuildProgress {
  /** Everything is indexed. */
  done: boolean;
  /** Documents indexed so far. */
  documents: number;
}

/** Options of {@link SearchCatalog}. */
export interface SearchCatalogOptions {
  /** Milliseconds (default `performance.now`/`Date.now`). */
  clock?: () => number;
  /** The time of day for the programmes (default `Date.now`). */
  now?: () => number;
  /** Awaited between slices (default: a zero timeout, which lets input and rendering run). */
  pause?: () => Promise<void>;
  /** Awaited between slices instead of `pause` in a background build (see {@link SearchCatalog.inBackground}). */
  rest?: () => Promise<void>;
  /** Starts in the background (default false). */
  background?: boolean;
}

/** One step of a build: does some work until the deadline; true when it has nothing left. */
type Task = (deadline: number) => boolean;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function defaultClock(): () => number {
  const perf = typeof performance !== 'undefined' ? performance : undefined;
  return perf && typeof perf.now === 'function' ? () => perf.now() : () => Date.now();
}

/** The category rules of every kind, as one string, to notice a change. */
function rulesSignature(catalog: Catalog): string {
  return JSON.stringify([
    catalog.categoryRules('live'),
    catalog.categoryRules('movie'),
    catalog.categoryRules('series'),
  ]);
}

/** See the file comment. */
export class SearchCatalog {
  private builder = new SearchIndexBuilder();
  private tasks: Task[] = [];
  private catalog: Catalog | undefined;
  private rules = '';
  private guideIndex: GuideIndex | undefined;
  /** The guide's revision the programmes were read at (another index or other time offsets change it). */
  private guideRevision = -1;
  private builtAt = 0;
  /** Items of each kind (in {@link MEDIA_KINDS} order) when the build started or last followed the catalogue. */
  private counts: number[] = [];
  private readonly channels: ChannelsByGuideId = new Map();
  private running = false;
  private generation = 0;
  private listeners: Array<(progress: BuildProgress) => void> = [];
  private readonly clock: () => number;
  private readonly now: () => number;
  private readonly pause: () => Promise<void>;
  private rest: () => Promise<void>;
  /** Built ahead of the viewer (see {@link inBackground}). */
  private background = false;
  /** Ends the wait between two slices of a background build at once. */
  private wake: (() => void) | undefined;

  constructor(options: SearchCatalogOptions = {}) {
    this.clock = options.clock ?? defaultClock();
    this.now = options.now ?? Date.now;
    this.pause = options.pause ?? nextTurn;
    this.rest = options.rest ?? this.pause;
    this.background = options.background ?? false;
  }

  /** How far the build is. */
  get progress(): BuildProgress {
    return { done: this.tasks.length === 0 && this.builder.done, documents: this.builder.index.size };
  }

  /** Calls `listener` after slices that indexed something, and when the build ends; returns the unsubscribe. */
  onProgress(listener: (progress: BuildProgress) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Makes the index follow `sources`: starts a build when there is none, or a new one when the catalogue, its rules
   * or the guide changed (a guide arriving after the catalogue is only added), or when the index is too old.
   */
  update(sources: SearchSources): void {
    const { catalog, guide } = sources;
    const index = guide.index;
    const rules = rulesSignature(catalog);
    const counts = MEDIA_KINDS.map((kind) => catalog.count(kind));
    // Movies and series may arrive in the same catalogue after the channels: a kind that was empty is only added.
    const arrived = MEDIA_KINDS.filter((kind, k) => this.counts[k] === 0 && counts[k] > 0);
    const recounted = MEDIA_KINDS.some((kind, k) => counts[k] !== this.counts[k] && arrived.indexOf(kind) < 0);
    const stale = this.now() - this.builtAt > MAX_AGE_MS;
    // Another index, or times shifted by the account's guide offsets: the programmes were read with other times.
    const guideReplaced =
      this.guideIndex !== undefined && (index !== this.guideIndex || guide.revision !== this.guideRevision);
    if (catalog !== this.catalog || rules !== this.rules || stale || guideReplaced || recounted) {
      this.restart(catalog, rules, guide);
    } else {
      arrived.forEach((kind) => this.tasks.push(this.itemTask(catalog, kind)));
      if (!this.guideIndex && index) {
        this.guideIndex = index;
        this.guideRevision = guide.revision;
        this.tasks.push(...this.programmeTasks(catalog, guide, index));
      }
    }
    this.counts = counts;
    this.run();
  }

  /**
   * Searches what is indexed so far. Hidden and locked items were never indexed (a change of the rules starts a
   * new index at the next {@link update}), so no per-hit check slows a keystroke down.
   */
  search(query: string, limit: number): SearchResults {
    return this.builder.index.search(query, { limit });
  }

  /** The stream a guide channel of a programme hit plays on. */
  channelFor(guideChannelId: string): LiveStream | undefined {
    return this.channels.get(guideChannelId);
  }

  /**
   * Builds ahead of the viewer, who is not searching: each slice waits for the rest (see {@link restWith}), so it
   * never takes time from a key or a frame.
   */
  inBackground(): void {
    this.background = true;
  }

  /** What a background build waits for between slices (e.g. the app at rest, no key for a while). */
  restWith(rest: () => Promise<void>): void {
    this.rest = rest;
  }

  /** Builds at full pace, a slice per turn (the search page is open: typing looks at the index); a wait ends now. */
  inForeground(): void {
    this.background = false;
    const wake = this.wake;
    this.wake = undefined;
    if (wake) wake();
  }

  /** Stops building (what was indexed stays searchable). */
  stop(): void {
    this.generation++;
    this.running = false;
  }

  private restart(catalog: Catalog, rules: string, guide: ProgrammeGuide): void {
    this.generation++;
    this.running = false;
    this.builder = new SearchIndexBuilder(undefined, { now: this.clock });
    this.catalog = catalog;
    this.rules = rules;
    this.guideIndex = guide.index;
    this.guideRevision = guide.revision;
    this.builtAt = this.now();
    this.channels.clear();
    this.tasks = MEDIA_KINDS.map((kind) => this.itemTask(catalog, kind));
    if (this.guideIndex) this.tasks.push(...this.programmeTasks(catalog, guide, this.guideIndex));
  }

  /** Works slice after slice until the tasks and the builder are done, or a newer build or {@link stop} ends it. */
  private run(): void {
    if (this.running || this.progress.done) return;
    this.running = true;
    const generation = this.generation;
    const loop = async (): Promise<void> => {
      while (generation === this.generation && !this.progress.done) {
        const before = this.builder.index.size;
        this.slice(this.clock() + SLICE_MS);
        const progress = this.progress;
        if (progress.done || progress.documents !== before) this.listeners.slice().forEach((l) => l(progress));
        if (!progress.done) await this.between();
      }
      if (generation === this.generation) this.running = false;
    };
    void loop();
  }

  /** The wait between two slices: the next turn, or in the background the next rest (cut short by the page). */
  private between(): Promise<void> {
    if (!this.background) return this.pause();
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      void this.rest().then(resolve);
    });
  }

  /** One slice: indexes queued documents first, then produces more, until the deadline. */
  private slice(deadline: number): void {
    while (this.clock() < deadline) {
      if (this.builder.pending > 0) this.builder.step(deadline - this.clock());
      else if (this.tasks.length > 0) {
        if (this.tasks[0](deadline)) this.tasks.shift();
      } else if (!this.builder.done) this.builder.step(deadline - this.clock());
      else return;
    }
  }

  /** Queues the listed, unlocked items of a kind, a chunk at a time. */
  private itemTask(catalog: Catalog, kind: MediaKind): Task {
    const list = catalog.items(kind, ALL_CATEGORIES);
    let position = 0;
    return (deadline) => {
      while (position < list.length) {
        const end = Math.min(list.length, position + CHUNK);
        const batch: SearchableItem[] = [];
        for (; position < end; position++) {
          const item = list.at(position);
          if (item && !list.isLocked(position)) batch.push(item);
        }
        if (batch.length > 0) this.builder.addItems(kind, batch);
        if (this.clock() >= deadline) break;
      }
      return position >= list.length;
    };
  }

  /** Matches the visible channels to the guide, then reads and queues their programmes. */
  private programmeTasks(catalog: Catalog, guide: ProgrammeGuide, index: GuideIndex): Task[] {
    const list = catalog.items('live', ALL_CATEGORIES);
    let position = 0;
    let feed: ProgrammeFeed | undefined;
    const match: Task = (deadline) => {
      while (position < list.length) {
        const end = Math.min(list.length, position + CHUNK / 4);
        for (; position < end; position++) {
          const channel = list.at(position) as LiveStream | undefined;
          if (!channel || list.isLocked(position)) continue;
          const guideId = guide.guideChannelOf(channel);
          if (guideId !== undefined) addGuideChannel(this.channels, guideId, channel);
        }
        if (this.clock() >= deadline) break;
      }
      return position >= list.length;
    };
    const read: Task = (deadline) => {
      if (guide.index !== index) return true;
      feed ??= new ProgrammeFeed(index, this.channels, this.now());
      if (!feed.collect(deadline, this.clock)) return false;
      feed.ordered().forEach((bucket) => this.builder.addProgrammes(bucket));
      return true;
    };
    return [match, read];
  }
}
