/**
 * The one interface the UI uses for an account, whatever kind it is: an Xtream Codes account or an M3U playlist.
 * Items are the app's models (`LiveStream`, `Movie`, `Series`, `Episode`) whichever kind filled them.
 */
import type { Catalog, MediaKind } from '../catalog';
import type { ProgrammeGuide, GuideLoad, GuideLoadOptions } from '../guide/programme-guide';
import type { Account, Episode, LiveFormat, LiveStream, Movie, Series, SeriesDetails } from '../../xtream';
import type { ProgressListener } from './progress';
import type { CatalogChanges } from './changes';

/** The kinds of account a source can be. */
export type SourceKind = 'xtream' | 'm3u';

/** Options of {@link Source.loadCatalog}. */
export interface CatalogLoadOptions {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** `when-stale` (default): fetch only what is stale or missing; `always`: fetch everything again. */
  refresh?: 'when-stale' | 'always';
  /**
   * The kinds to have in before the load resolves (default: every kind). The others load behind them, each once
   * `whenWanted(kind)` resolves, and arrive through {@link LoadedCatalog.later}. An account that keeps every kind
   * in one list (M3U) loads them all at once whatever this says.
   */
  first?: readonly MediaKind[];
  /** When a kind not in `first` may start loading (default: at once), e.g. once the first screen took its input. */
  whenWanted?: (kind: MediaKind) => Promise<void>;
}

/** How a background catalogue refresh ended. */
export type CatalogRefresh =
  | { status: 'skipped' }
  | { status: 'updated'; catalog: Catalog; changes: CatalogChanges }
  | { status: 'failed'; error: unknown };

/** What {@link Source.loadCatalog} resolves with. */
export interface LoadedCatalog {
  catalog: Catalog;
  /** Shown from the cache (possibly stale) rather than fetched during this call. */
  fromCache: boolean;
  /** Some part was past its lifetime when shown (a refresh is running). */
  stale: boolean;
  /** When the oldest part was fetched from the provider (epoch ms). */
  fetchedAt: number;
  /**
   * The background refresh; resolves (never rejects) once every kind has loaded and refreshed. After `updated`,
   * `source.catalog` is the new one.
   */
  refresh: Promise<CatalogRefresh>;
  /**
   * The kinds still loading when this resolved (not in `first`), each resolving with the catalogue once the kind
   * is in it (the same catalogue object, its section filled in whole), or rejecting when the kind's lists are
   * neither cached nor fetchable. Absent when every kind was in at once.
   */
  later?: Partial<Record<MediaKind, Promise<Catalog>>>;
}

/** What {@link Source.onCatalogChange} listeners receive. */
export interface CatalogUpdate {
  /** The catalogue shown from now on. */
  catalog: Catalog;
  changes: CatalogChanges;
  /** Set when a kind that was still loading came in (the same catalogue, that kind filled in). */
  loaded?: MediaKind;
}

/** How a background account check ended. */
export type AccountRefresh =
  { status: 'skipped' } | { status: 'updated'; account: Account } | { status: 'failed'; error: unknown };

/** What {@link Source.connect} resolves with. */
export interface AccountState {
  /** The account's facts; undefined for a kind that has none (M3U). */
  account: Account | undefined;
  /** The facts come from the cache, not from the provider during this call. */
  fromCache: boolean;
  /** When the facts were fetched from the provider (epoch ms). */
  fetchedAt?: number;
  /** The background check (when the cached facts were stale); resolves (never rejects). */
  refresh: Promise<AccountRefresh>;
}

/** Start and end of a programme, for catch-up. */
export interface ProgrammeTime {
  start: number;
  stop: number;
}

/** One account, whatever its kind; see the file comment. */
export interface Source {
  /** The stored account's id (cache and user data live under it). */
  readonly id: string;
  readonly kind: SourceKind;
  /** What the viewer calls the account. */
  readonly name: string;
  /** The catalogue shown now, replaced whole after a refresh; undefined before the first load. */
  readonly catalog: Catalog | undefined;
  /** The account's facts once known; always undefined for M3U. */
  readonly account: Account | undefined;
  /** Programmes per channel (XMLTV, with the short EPG as fallback where the kind has it). */
  readonly guide: ProgrammeGuide;
  /**
   * The account's facts: the cached ones at once (checked again in the background when stale), else fetched.
   * Rejects with the provider's error (wrong password, expired...) only when nothing is cached.
   */
  connect(options?: { signal?: AbortSignal }): Promise<AccountState>;
  /**
   * The catalogue: the cached one at once when everything is cached (refreshed in the background when stale),
   * else fetched. Rejects only when a part is neither cached nor fetchable.
   */
  loadCatalog(options?: CatalogLoadOptions): Promise<LoadedCatalog>;
  /** Loads the guide (cached, downloaded, or refreshed); never rejects for a guide problem. */
  loadGuide(options?: GuideLoadOptions): Promise<GuideLoad>;
  /**
   * Calls `listener` after a background refresh swapped in a new catalogue, and when a kind that was still loading
   * came into the catalogue shown (`loaded` names it; nothing else changed); returns the function that stops it.
   */
  onCatalogChange(listener: (update: CatalogUpdate) => void): () => void;
  /** The stream URL of a live channel (`format` is a preference the kind may ignore). */
  liveUrl(channel: LiveStream, format?: LiveFormat): string;
  movieUrl(movie: Movie): string;
  episodeUrl(episode: Episode): string;
  /** The catch-up URL of a past programme, or undefined when the channel has no archive reaching it. */
  catchupUrl(channel: LiveStream, programme: ProgrammeTime, format?: LiveFormat): string | undefined;
  /** Seasons and episodes of a series. */
  seriesDetails(series: Series, signal?: AbortSignal): Promise<SeriesDetails>;
}
