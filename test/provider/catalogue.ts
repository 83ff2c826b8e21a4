/**
 * The provider's seeded catalogue. Every item is a pure function of (seed, index), so lookups by id need no
 * list, and the full lists are only built (once) when an answer needs them: the large size starts at once.
 */
import {
  catalogueCounts,
  layCategories,
  type CatalogueCategory,
  type CatalogueSize,
  type CategoryLayout,
} from './categories';
import { makeLiveChannel } from './liveChannels';
import { makeMovie } from './movies';
import {
  EPISODE_ID_BASE,
  MOVIE_ID_BASE,
  type EpisodeRecord,
  type LiveChannel,
  type MovieRecord,
  type SeriesRecord,
} from './records';
import { makeEpisodes, makeSeries, splitEpisodeId } from './series';

export type { CatalogueCategory, CatalogueSize } from './categories';
export type { EpisodeRecord, LiveChannel, MovieRecord, SeriesRecord } from './records';

/** Options of {@link Catalogue}. */
export interface CatalogueOptions {
  seed: number;
  size: CatalogueSize;
}

/** The whole catalogue of the provider: categories, live channels, movies, series and episodes. */
export class Catalogue {
  readonly seed: number;
  readonly size: CatalogueSize;
  /** Item counts: `live`, `movies`, `series`. */
  readonly counts: { live: number; movies: number; series: number };
  readonly liveCategories: readonly CatalogueCategory[];
  readonly vodCategories: readonly CatalogueCategory[];
  readonly seriesCategories: readonly CatalogueCategory[];
  private readonly layout: CategoryLayout;
  private liveList?: LiveChannel[];
  private movieList?: MovieRecord[];
  private seriesRecords?: SeriesRecord[];
  private byEpgId?: Map<string, LiveChannel>;
  private readonly episodeCache = new Map<number, EpisodeRecord[]>();

  constructor(options: CatalogueOptions) {
    this.seed = options.seed;
    this.size = options.size;
    this.counts = catalogueCounts[options.size];
    this.layout = layCategories(options.size);
    this.liveCategories = this.layout.live.map((slot) => slot.category);
    this.vodCategories = this.layout.vod.map((slot) => slot.category);
    this.seriesCategories = this.layout.series.map((slot) => slot.category);
  }

  /** All live channels in panel order (built on first use). */
  liveChannels(): readonly LiveChannel[] {
    this.liveList ??= Array.from({ length: this.counts.live }, (_, i) =>
      makeLiveChannel(this.seed, this.layout.live, i),
    );
    return this.liveList;
  }

  /** All movies in panel order (built on first use). */
  movies(): readonly MovieRecord[] {
    this.movieList ??= Array.from({ length: this.counts.movies }, (_, i) => makeMovie(this.seed, this.layout.vod, i));
    return this.movieList;
  }

  /** All series in panel order (built on first use). */
  seriesList(): readonly SeriesRecord[] {
    this.seriesRecords ??= Array.from({ length: this.counts.series }, (_, i) =>
      makeSeries(this.seed, this.layout.series, i),
    );
    return this.seriesRecords;
  }

  /** The live channel with a stream id. */
  channel(streamId: number): LiveChannel | undefined {
    const index = streamId - 1;
    if (!Number.isInteger(index) || index < 0 || index >= this.counts.live) return undefined;
    return this.liveList?.[index] ?? makeLiveChannel(this.seed, this.layout.live, index);
  }

  /** The movie with a stream id. */
  movie(streamId: number): MovieRecord | undefined {
    const index = streamId - MOVIE_ID_BASE - 1;
    if (!Number.isInteger(index) || index < 0 || index >= this.counts.movies) return undefined;
    return this.movieList?.[index] ?? makeMovie(this.seed, this.layout.vod, index);
  }

  /** The series with a series id. */
  series(seriesId: number): SeriesRecord | undefined {
    const index = seriesId - 1;
    if (!Number.isInteger(index) || index < 0 || index >= this.counts.series) return undefined;
    return this.seriesRecords?.[index] ?? makeSeries(this.seed, this.layout.series, index);
  }

  /** The episodes of a series, season by season. */
  episodesOf(series: SeriesRecord): readonly EpisodeRecord[] {
    let episodes = this.episodeCache.get(series.seriesId);
    if (!episodes) {
      episodes = makeEpisodes(this.seed, series);
      this.episodeCache.set(series.seriesId, episodes);
    }
    return episodes;
  }

  /** The episode with a stream id, with its series. */
  episode(id: number): { series: SeriesRecord; episode: EpisodeRecord } | undefined {
    if (id <= EPISODE_ID_BASE) return undefined;
    const parts = splitEpisodeId(id);
    const series = parts && this.series(parts.seriesIndex + 1);
    const episode = series && this.episodesOf(series)[parts.running];
    return series && episode ? { series, episode } : undefined;
  }

  /** The first channel carrying an XMLTV id: its kind decides the programmes of that guide channel. */
  channelForEpgId(epgChannelId: string): LiveChannel | undefined {
    if (!this.byEpgId) {
      this.byEpgId = new Map();
      for (const channel of this.liveChannels()) {
        if (channel.epgChannelId && !this.byEpgId.has(channel.epgChannelId)) {
          this.byEpgId.set(channel.epgChannelId, channel);
        }
      }
    }
    return this.byEpgId.get(epgChannelId);
  }

  /** The distinct guide channels (first channel per XMLTV id), in panel order. */
  guideChannels(): LiveChannel[] {
    this.channelForEpgId('');
    return [...(this.byEpgId?.values() ?? [])];
  }
}
