import type { AccountState, Catalog, CatalogChanges, GuideStatus, LoadProgress, Source } from '../library';
import { isXtreamError, type Account } from '../xtream';

/** Where the catalogue load is. */
export interface CatalogActivity {
  state: 'loading' | 'ready' | 'failed';
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

/**
 * The background loads of one signed-in account: the catalogue first (the pages wait for it), then the guide. Pages
 * read the snapshot and listen for changes to draw progress; nothing here draws.
 */
export class LoadActivity {
  private snapshotValue: ActivitySnapshot;
  private listeners: Listener[] = [];
  private catalogLoad: Promise<Catalog> | undefined;
  private readonly controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  private readonly stopWatching: (() => void)[] = [];

  constructor(private readonly source: Source) {
    this.snapshotValue = {
      account: { fromCache: false, offline: false },
      catalog: { state: 'loading', fromCache: false, refreshing: false },
      guide: source.guide.status,
    };
    this.stopWatching.push(
      source.guide.onChange((guide) => this.update({ guide })),
      source.onCatalogChange(({ changes }) => this.update({ lastChanges: changes })),
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

  /** The catalogue, once loaded (starts the loads on first call; a failed load is tried again). */
  catalog(): Promise<Catalog> {
    if (!this.catalogLoad || this.snapshotValue.catalog.state === 'failed') this.catalogLoad = this.loadCatalog();
    return this.catalogLoad;
  }

  /** Starts the catalogue and then the guide, in the background. */
  start(): void {
    this.catalog().then(
      () => this.loadGuide(),
      () => undefined,
    );
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
    this.controller?.abort();
    this.stopWatching.forEach((stop) => stop());
    this.listeners = [];
  }

  private signal(): AbortSignal | undefined {
    return this.controller ? this.controller.signal : undefined;
  }

  private loadCatalog(): Promise<Catalog> {
    this.update({ catalog: { state: 'loading', fromCache: false, refreshing: false } });
    const load = this.source
      .loadCatalog({ signal: this.signal(), onProgress: (progress) => this.catalogProgress(progress) })
      .then((loaded) => {
        this.update({
          catalog: {
            state: 'ready',
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
      this.update({ catalog: { state: 'failed', fromCache: false, refreshing: false, error } });
    });
    return load;
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
