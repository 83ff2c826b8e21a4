import {
  MEDIA_KINDS,
  type AccountState,
  type Catalog,
  type CatalogChanges,
  type GuideStatus,
  type LoadProgress,
  type MediaKind,
  type Source,
} from '../library';
import { isXtreamError, type Account } from '../xtream';
import { ASKED_MAX_MS, ASKED_QUIET_MS, firstInput, gate, quietMoment, type Gate } from './loadActivityTiming';

export {
  firstInput,
  quietMoment,
  ASKED_MAX_MS,
  ASKED_QUIET_MS,
  MAX_DEFER_MS,
  QUIET_MS,
  START_DELAY_MS,
} from './loadActivityTiming';

/** Where one kind of the catalogue is: still loading, in, or neither cached nor fetchable. */
export type SectionState = 'loading' | 'ready' | 'failed';

/** Where the catalogue load is. */
export interface CatalogActivity {
  /** `ready` once the first kinds (live) are in: the channels can be browsed; see `sections` for the others. */
  state: 'loading' | 'ready' | 'failed';
  /** Each kind on its own: movies and series keep loading behind the channels. */
  sections: Record<MediaKind, SectionState>;
  /** Why a kind failed, by kind. */
  sectionErrors?: Partial<Record<MediaKind, unknown>>;
  /** The latest report while loading or refreshing in the background. */
  progress?: LoadProgress;
  /** Shown from the cache (this run did not fetch it yet). */
  fromCache: boolean;
  /** When the provider sent what is shown. */
  fetchedAt?: number;
  /** A background refresh is running. */
  refreshing: boolean;
  error?: unknown;
}

/** Whether the account's facts are the saved ones, and how checking them with the provider went. */
export interface AccountCheck {
  fromCache: boolean;
  fetchedAt?: number;
  /** The provider could not be reached: everything shown is saved data. */
  offline: boolean;
  /** The provider answered, but refused the saved account (password changed, expired...). */
  problem?: unknown;
}

/** What the pages show about the loads of the signed-in account. */
export interface ActivitySnapshot {
  account: AccountCheck;
  catalog: CatalogActivity;
  guide: GuideStatus;
  /** The latest guide report while it downloads. */
  guideProgress?: LoadProgress;
  /** What the last background refresh changed, until the next one. */
  lastChanges?: CatalogChanges;
}

type Listener = (snapshot: ActivitySnapshot) => void;

/** Answers that mean the provider was reached and said no (anything else means it was not reached). */
const REFUSALS = ['AUTH_FAILED', 'ACCOUNT_EXPIRED', 'ACCOUNT_BANNED', 'ACCOUNT_DISABLED'];

/** Options of a {@link LoadActivity}. */
export interface LoadActivityOptions {
  /** The kinds the catalogue waits for (default: live); the others load behind them. */
  first?: readonly MediaKind[];
  /**
   * When the other kinds may start loading on their own, once the first are in (default: a quiet moment, see
   * {@link quietMoment}). A page that needs a kind starts it at once through {@link LoadActivity.section}.
   */
  whenQuiet?: () => Promise<void>;
  /**
   * When {@link LoadActivity.start} begins reading the catalogue (default: once the first key was handled, or a
   * moment after the first screen, see {@link firstInput}), so the first screen takes its first key at once. A
   * page that needs the catalogue earlier gets it at once through {@link LoadActivity.catalog}.
   */
  whenStarted?: () => Promise<void>;
}

/**
 * The background loads of one signed-in account: the catalogue's first kinds (live: the pages wait for it), then
 * the guide and, at the first quiet moment or as soon as a page asks, the other kinds (movies, series). Pages read
 * the snapshot and listen for changes to draw progress; nothing here draws.
 */
export class LoadActivity {
  private snapshotValue: ActivitySnapshot;
  private listeners: Listener[] = [];
  private catalogLoad: Promise<Catalog> | undefined;
  private sectionLoads: Partial<Record<MediaKind, Promise<Catalog>>> = {};
  private gates: Partial<Record<MediaKind, Gate>> = {};
  private readonly first: readonly MediaKind[];
  private readonly whenQuiet: () => Promise<void>;
  private readonly whenStarted: () => Promise<void>;
  private quiet: Promise<void> | undefined;
  private readonly controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  private readonly stopWatching: (() => void)[] = [];
  private stopped = false;
  private hurried = false;

  constructor(
    private readonly source: Source,
    options: LoadActivityOptions = {},
  ) {
    this.first = options.first ?? ['live'];
    this.whenQuiet = options.whenQuiet ?? (() => quietMoment());
    this.whenStarted = options.whenStarted ?? (() => firstInput());
    this.snapshotValue = {
      account: { fromCache: false, offline: false },
      catalog: { state: 'loading', sections: allSections('loading'), fromCache: false, refreshing: false },
      guide: source.guide.status,
    };
    this.stopWatching.push(
      source.guide.onChange((guide) => this.update({ guide })),
      source.onCatalogChange(({ changes, loaded }) => {
        // A kind coming in is noted in `sections` (by its load); only a refresh changes what was shown.
        if (!loaded) this.update({ lastChanges: changes });
      }),
    );
  }

  get snapshot(): ActivitySnapshot {
    return this.snapshotValue;
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: Listener): () => void {
    this.listeners = this.listeners.concat(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * The catalogue once its first kinds (live) are in; movies and series may still be loading behind them (see
   * {@link section}). Starts the loads on first call; a failed load is tried again.
   */
  catalog(): Promise<Catalog> {
    // A page asked: it may show movies or series, so they load soon rather than at a long quiet moment, just
    // after the page drew what it has (its first frame must not wait for 40 MB of movies). They arrive into the
    // same catalogue, announced through the source's `onCatalogChange` (with `loaded`).
    const first = this.firstKinds();
    if (!this.hurried) {
      this.hurried = true;
      void first
        .then(() => quietMoment(ASKED_QUIET_MS, ASKED_MAX_MS))
        .then(() => MEDIA_KINDS.forEach((kind) => this.gateOf(kind).open()));
    }
    return first;
  }

  /** The catalogue once its first kinds are in, without hurrying the others. */
  private firstKinds(): Promise<Catalog> {
    if (!this.catalogLoad || this.snapshotValue.catalog.state === 'failed') this.catalogLoad = this.loadCatalog();
    return this.catalogLoad;
  }

  /**
   * The catalogue once `kind` is in it: starts loading that kind now if it was waiting for a quiet moment.
   * Rejects when the kind is neither cached nor fetchable; asking again after that tries the whole load again.
   */
  section(kind: MediaKind): Promise<Catalog> {
    if (this.snapshotValue.catalog.sections[kind] === 'failed' && this.snapshotValue.catalog.state !== 'failed') {
      this.catalogLoad = this.loadCatalog();
    }
    this.gateOf(kind).open();
    return this.firstKinds().then(() => this.sectionLoads[kind] ?? this.firstKinds());
  }

  /** Every kind of the catalogue (for what spans them all, such as search); starts the others now. */
  completeCatalog(): Promise<Catalog> {
    return Promise.all(MEDIA_KINDS.map((kind) => this.section(kind))).then((catalogs) => catalogs[0]);
  }

  /** Starts the catalogue and then the guide, in the background, once the first screen took its first key. */
  start(): void {
    void this.whenStarted().then(() => {
      if (this.stopped) return;
      this.firstKinds().then(
        () => this.loadGuide(),
        () => undefined,
      );
    });
  }

  /**
   * Follows the background check of cached account facts: `onFresh` gets fresh facts; a failure marks the
   * session offline (unreachable) or keeps the provider's refusal to show.
   */
  watchAccount(state: AccountState, onFresh: (account: Account) => void): void {
    this.update({ account: { fromCache: state.fromCache, fetchedAt: state.fetchedAt, offline: false } });
    void state.refresh.then((outcome) => {
      if (outcome.status === 'updated') {
        onFresh(outcome.account);
        this.update({ account: { fromCache: false, fetchedAt: Date.now(), offline: false } });
      } else if (outcome.status === 'failed') {
        const refused = isXtreamError(outcome.error) && REFUSALS.indexOf(outcome.error.code) >= 0;
        const account = { ...this.snapshotValue.account, offline: !refused };
        this.update({ account: refused ? { ...account, problem: outcome.error } : account });
      }
    });
  }

  /** Stops the loads (sign-out). */
  stop(): void {
    this.stopped = true;
    this.controller?.abort();
    this.stopWatching.forEach((stop) => stop());
    this.listeners = [];
    // Kinds still waiting go on to see the abort, instead of waiting for ever.
    MEDIA_KINDS.forEach((kind) => this.gateOf(kind).open());
  }

  private signal(): AbortSignal | undefined {
    return this.controller ? this.controller.signal : undefined;
  }

  private gateOf(kind: MediaKind): Gate {
    return (this.gates[kind] = this.gates[kind] ?? gate());
  }

  /** A kind behind the first ones starts once a page asks for it or at the first quiet moment after the first. */
  private wanted(kind: MediaKind): Promise<void> {
    if (!this.quiet) this.quiet = this.whenQuiet();
    void this.quiet.then(() => this.gateOf(kind).open());
    return this.gateOf(kind).promise;
  }

  private loadCatalog(): Promise<Catalog> {
    const sections = allSections('loading');
    this.update({ catalog: { state: 'loading', sections, fromCache: false, refreshing: false } });
    const load = this.source
      .loadCatalog({
        signal: this.signal(),
        onProgress: (progress) => this.catalogProgress(progress),
        first: this.first,
        whenWanted: (kind) => this.wanted(kind),
      })
      .then((loaded) => {
        const later = loaded.later ?? {};
        const ready = allSections('ready');
        MEDIA_KINDS.forEach((kind) => {
          const arriving = later[kind];
          this.sectionLoads[kind] = arriving ?? Promise.resolve(loaded.catalog);
          if (arriving) {
            ready[kind] = 'loading';
            this.follow(kind, arriving);
          }
        });
        this.update({
          catalog: {
            state: 'ready',
            sections: ready,
            fromCache: loaded.fromCache,
            fetchedAt: loaded.fetchedAt,
            refreshing: loaded.stale,
          },
        });
        void loaded.refresh.then((outcome) => {
          const catalog = this.snapshotValue.catalog;
          const fetchedAt = outcome.status === 'updated' ? Date.now() : catalog.fetchedAt;
          const fromCache = outcome.status === 'updated' ? false : catalog.fromCache;
          this.update({ catalog: { ...catalog, refreshing: false, progress: undefined, fetchedAt, fromCache } });
        });
        return loaded.catalog;
      });
    load.catch((error: unknown) => {
      this.update({
        catalog: { state: 'failed', sections: allSections('failed'), fromCache: false, refreshing: false, error },
      });
    });
    return load;
  }

  /** Notes when a kind behind the first ones is in, or why it is not. */
  private follow(kind: MediaKind, arriving: Promise<Catalog>): void {
    arriving.then(
      () => this.setSection(kind, 'ready'),
      (error: unknown) => this.setSection(kind, 'failed', error),
    );
  }

  private setSection(kind: MediaKind, state: SectionState, error?: unknown): void {
    const catalog = this.snapshotValue.catalog;
    const sections = { ...catalog.sections, [kind]: state };
    const errors = { ...catalog.sectionErrors };
    if (error === undefined) delete errors[kind];
    else errors[kind] = error;
    this.update({ catalog: { ...catalog, sections, sectionErrors: errors } });
  }

  private loadGuide(): void {
    void this.source.loadGuide({
      signal: this.signal(),
      onProgress: (progress) => this.update({ guideProgress: progress.phase === 'done' ? undefined : progress }),
    });
  }

  private catalogProgress(progress: LoadProgress): void {
    const catalog = this.snapshotValue.catalog;
    this.update({ catalog: { ...catalog, progress: progress.phase === 'done' ? undefined : progress } });
  }

  private update(change: Partial<ActivitySnapshot>): void {
    this.snapshotValue = { ...this.snapshotValue, ...change };
    const snapshot = this.snapshotValue;
    this.listeners.forEach((listener) => listener(snapshot));
  }
}

function allSections(state: SectionState): Record<MediaKind, SectionState> {
  return { live: state, movie: state, series: state };
}
