/**
 * A {@link Source} over an M3U playlist (an address or a file): the playlist read into catalogue data and cached
 * whole (one download gives every kind), the header's `url-tvg` guides, the entries' own URLs, and catch-up from
 * their `catchup` attributes. A playlist has no account facts, and no short EPG to fall back on.
 */
import { Catalog, MEDIA_KINDS, type CatalogRules, type XtreamItemTypes } from '../catalog';
import {
  ProgrammeGuide,
  type GuideLoad,
  type GuideLoadOptions,
  type ProgrammeGuideOptions,
} from '../guide/programme-guide';
import type { HttpOptions } from '../../net';
import { staleWhileRevalidate, type AccountCache } from '../../store';
import type { Episode, LiveStream, Movie, Season, Series, SeriesDetails } from '../../xtream';
import { catalogChanges, diffSection, type CatalogChanges } from './changes';
import { Listeners } from './listeners';
import { buildCatchupUrl } from './m3u-catchup';
import { readPlaylist, type PlaylistLocation } from './m3u-download';
import type { M3uEpisode, M3uLiveStream, PlaylistCatalogData } from './m3u-mapping';
import { throttleProgress } from './progress';
import type { AccountState, CatalogLoadOptions, CatalogRefresh, LoadedCatalog, ProgrammeTime, Source } from './types';
import { CACHED } from './validators';

/** The cache key of the playlist's catalogue data. */
export const PLAYLIST_KEY = 'playlist';

/** Options of {@link M3uSource}. */
export interface M3uSourceOptions {
  id: string;
  name: string;
  playlist: PlaylistLocation;
  cache: AccountCache;
  http?: HttpOptions;
  /** A guide address the viewer chose instead of the playlist's `url-tvg`. */
  guideUrl?: string;
  now?: () => number;
  guide?: Pick<ProgrammeGuideOptions, 'refreshIntervalMs' | 'window' | 'language'>;
}

function urlOf(item: object): string | undefined {
  const url = (item as { url?: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}

function rulesOf(catalog: Catalog | undefined): CatalogRules {
  const rules: CatalogRules = {};
  if (catalog) for (const kind of MEDIA_KINDS) rules[kind] = catalog.categoryRules(kind);
  return rules;
}

/** What changed between two versions of a playlist's data. */
function playlistChanges(previous: PlaylistCatalogData | undefined, next: PlaylistCatalogData): CatalogChanges {
  return catalogChanges({
    live: diffSection(previous?.live, next.live),
    movie: diffSection(previous?.movie, next.movie),
    series: diffSection(previous?.series, next.series),
  });
}

/** See the file comment. */
export class M3uSource implements Source {
  readonly kind = 'm3u' as const;
  readonly id: string;
  readonly name: string;
  readonly account = undefined;
  readonly guide: ProgrammeGuide;
  private readonly options: M3uSourceOptions;
  private readonly now: () => number;
  private data: PlaylistCatalogData | undefined;
  private current: Catalog | undefined;
  private readonly catalogChanges = new Listeners<{ catalog: Catalog; changes: CatalogChanges }>();

  constructor(options: M3uSourceOptions) {
    this.options = options;
    this.id = options.id;
    this.name = options.name;
    this.now = options.now ?? Date.now;
    this.guide = new ProgrammeGuide({
      ...options.guide,
      cache: options.cache,
      urls: () => (options.guideUrl ? [options.guideUrl] : (this.data?.guideUrls ?? [])),
      http: options.http,
      now: this.now,
    });
  }

  get catalog(): Catalog | undefined {
    return this.current;
  }

  /** The playlist's guide addresses (its `url-tvg`), once loaded. */
  get guideUrls(): readonly string[] {
    return this.data?.guideUrls ?? [];
  }

  /** A playlist has no account to check: resolves at once with no facts. */
  connect(): Promise<AccountState> {
    return Promise.resolve({ account: undefined, fromCache: false, refresh: Promise.resolve({ status: 'skipped' }) });
  }

  async loadCatalog(options: CatalogLoadOptions = {}): Promise<LoadedCatalog> {
    const report = throttleProgress(options.onProgress);
    report({ task: 'catalog', phase: 'cache' });
    const { cached, refresh } = await staleWhileRevalidate<PlaylistCatalogData, CatalogChanges>({
      cache: this.options.cache,
      key: PLAYLIST_KEY,
      kind: 'streams',
      validate: CACHED.playlist,
      fetch: () =>
        readPlaylist(this.options.playlist, { signal: options.signal, onProgress: report, http: this.options.http }),
      diff: playlistChanges,
      refresh: options.refresh,
    });
    const settled = refresh.then((outcome) => {
      report({ task: 'catalog', phase: 'done', fraction: 1 });
      return outcome;
    });
    if (cached) {
      const catalog = this.swapIn(cached.value);
      const background = settled.then((outcome): CatalogRefresh => {
        if (outcome.status === 'skipped') return outcome;
        if (outcome.status === 'failed') return { status: 'failed', error: outcome.error };
        const next = this.swapIn(outcome.value);
        this.catalogChanges.emit({ catalog: next, changes: outcome.changes });
        return { status: 'updated', catalog: next, changes: outcome.changes };
      });
      const stale = cached.stale || options.refresh === 'always';
      return { catalog, fromCache: true, stale, fetchedAt: cached.storedAt, refresh: background };
    }
    const outcome = await settled;
    if (outcome.status === 'failed') throw outcome.error;
    if (outcome.status === 'skipped') throw new Error('the playlist was not loaded');
    const catalog = this.swapIn(outcome.value);
    return {
      catalog,
      fromCache: false,
      stale: false,
      fetchedAt: this.now(),
      refresh: Promise.resolve({ status: 'skipped' }),
    };
  }

  loadGuide(options: GuideLoadOptions = {}): Promise<GuideLoad> {
    return this.guide.load(options);
  }

  onCatalogChange(listener: (update: { catalog: Catalog; changes: CatalogChanges }) => void): () => void {
    return this.catalogChanges.add(listener);
  }

  liveUrl(channel: LiveStream): string {
    return this.urlFor('live', channel);
  }

  movieUrl(movie: Movie): string {
    return this.urlFor('movie', movie);
  }

  episodeUrl(episode: Episode): string {
    const own = urlOf(episode);
    if (own) return own;
    for (const id of Object.keys(this.data?.episodes ?? {})) {
      const found = (this.data as PlaylistCatalogData).episodes[id].filter((e) => e.id === episode.id)[0];
      if (found) return found.url;
    }
    throw new Error(`episode ${episode.id} is not in the playlist`);
  }

  catchupUrl(channel: LiveStream, programme: ProgrammeTime): string | undefined {
    const item = (urlOf(channel) ? channel : this.current?.byId('live', channel.id)) as M3uLiveStream | undefined;
    if (!item || !item.catchup) return undefined;
    return buildCatchupUrl(item.url, item.catchup, programme, this.now());
  }

  /** The series' episodes as the playlist grouped them, with seasons counted from them. */
  async seriesDetails(series: Series): Promise<SeriesDetails> {
    const episodes: M3uEpisode[] = this.data?.episodes[series.id] ?? [];
    const counts = new Map<number, number>();
    for (const episode of episodes) counts.set(episode.season, (counts.get(episode.season) ?? 0) + 1);
    const seasons: Season[] = [];
    counts.forEach((episodeCount, number) => seasons.push({ number, episodeCount }));
    seasons.sort((a, b) => a.number - b.number);
    return { info: series, seasons, episodes };
  }

  /** Makes `data` the catalogue shown, in one step, keeping the viewer's category rules. */
  private swapIn(data: PlaylistCatalogData): Catalog {
    const catalog = new Catalog<XtreamItemTypes>(
      { live: data.live, movie: data.movie, series: data.series },
      rulesOf(this.current),
    );
    this.data = data;
    this.current = catalog;
    return catalog;
  }

  private urlFor(kind: 'live' | 'movie', item: LiveStream | Movie): string {
    const own = urlOf(item);
    if (own) return own;
    const known = this.current?.byId(kind, item.id);
    const url = known ? urlOf(known) : undefined;
    if (!url) throw new Error(`${kind} ${item.id} is not in the playlist`);
    return url;
  }
}
