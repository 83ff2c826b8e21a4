/**
 * Turns playlist entries into the app's models as they stream out of the parser: groups become categories (per
 * kind, in playlist order), entries become live channels, movies, or episodes grouped into series.
 *
 * Kinds: the parser's (movie and episode from Xtream `/movie/` and `/series/` URLs); otherwise an entry whose URL
 * ends in a video file extension is a movie, or an episode when its name has an `S01E02`-style mark.
 * Series: episodes are grouped by the part of their name before that mark (`Show Name S01 E02` → `Show Name`),
 * case-insensitively; an Xtream episode without a mark is its own series, numbered in playlist order.
 * Ids: the Xtream stream id when the URL has one, else a hash of the URL, so they survive a refresh. The same id
 * twice (one channel in two groups) is one item listed in both categories.
 */
import type { PlaylistCatchup, PlaylistEntry, PlaylistHeader } from '../../m3u';
import type { Category, Episode, LiveStream, Movie, Series } from '../../xtream';
import { canCatchUp } from './m3u-catchup';
import { stableId } from './stable-id';

/** A live channel of a playlist: the model plus what playing it needs. */
export interface M3uLiveStream extends LiveStream {
  url: string;
  catchup?: PlaylistCatchup;
  /** `tvg-shift`: hours to add to the guide's times for this channel. */
  tvgShiftHours?: number;
}

/** A movie of a playlist. */
export interface M3uMovie extends Movie {
  url: string;
}

/** An episode of a playlist. */
export interface M3uEpisode extends Episode {
  url: string;
  seriesId: string;
}

/** One kind's categories and items. */
export interface PlaylistSection<T> {
  categories: Category[];
  items: T[];
}

/** Everything a playlist gives the app, as cached. */
export interface PlaylistCatalogData {
  format: 'm3u-catalog';
  version: 1;
  live: PlaylistSection<M3uLiveStream>;
  movie: PlaylistSection<M3uMovie>;
  series: PlaylistSection<Series>;
  /** Episodes per series id, by season then episode. */
  episodes: Record<string, M3uEpisode[]>;
  /** The header's `url-tvg` / `x-tvg-url` guide addresses. */
  guideUrls: string[];
  /** Entries read from the playlist. */
  entries: number;
}

const VIDEO_FILE = /\.(mp4|mkv|avi|mov|m4v|wmv|flv|webm|mpe?g)$/i;
const EPISODE_MARK = /^(.*?)[\s._\-:|]*\bS(\d{1,3})[\s._-]*E(\d{1,4})\b/i;

function pathOf(url: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : url.slice(0, cut);
}

function extensionOf(entry: PlaylistEntry): string {
  if (entry.xtream?.extension) return entry.xtream.extension.toLowerCase();
  const match = /\.([A-Za-z0-9]{2,5})$/.exec(pathOf(entry.url));
  return match ? match[1].toLowerCase() : 'ts';
}

function kindOf(entry: PlaylistEntry): 'live' | 'movie' | 'episode' {
  if (entry.kind !== 'live') return entry.kind;
  if (!VIDEO_FILE.test(pathOf(entry.url))) return 'live';
  return EPISODE_MARK.test(entry.name) ? 'episode' : 'movie';
}

/** Categories of one kind in first-seen order; the group name is the id (stable and readable). */
class Groups {
  readonly list: Category[] = [];
  private readonly known = new Set<string>();

  idOf(group: string | undefined): string | undefined {
    if (group === undefined || group === '') return undefined;
    if (!this.known.has(group)) {
      this.known.add(group);
      this.list.push({ id: group, name: group });
    }
    return group;
  }
}

/** Adds a category to an item listed again under another group. */
function addCategory(item: { categoryIds: string[] }, categoryId: string | undefined): void {
  if (categoryId !== undefined && item.categoryIds.indexOf(categoryId) < 0) item.categoryIds.push(categoryId);
}

/** Collects entries one at a time; {@link PlaylistCatalogBuilder.finish} gives the data. */
export class PlaylistCatalogBuilder {
  private readonly groups = { live: new Groups(), movie: new Groups(), series: new Groups() };
  private readonly live = new Map<string, M3uLiveStream>();
  private readonly movies = new Map<string, M3uMovie>();
  private readonly series = new Map<string, Series>();
  private readonly episodes = new Map<string, M3uEpisode[]>();
  private readonly episodeIds = new Set<string>();
  private count = 0;

  /** Pass as the parser's `onEntry`. */
  readonly add = (entry: PlaylistEntry): void => {
    this.count++;
    const id = entry.xtream?.streamId ?? stableId(entry.url);
    const kind = kindOf(entry);
    if (kind === 'live') this.addLive(entry, id);
    else if (kind === 'movie') this.addMovie(entry, id);
    else this.addEpisode(entry, id);
  };

  /** The data, with the guide addresses of the header. */
  finish(header: PlaylistHeader): PlaylistCatalogData {
    const episodes: Record<string, M3uEpisode[]> = {};
    this.episodes.forEach((list, seriesId) => {
      episodes[seriesId] = list.sort((a, b) => a.season - b.season || a.episodeNum - b.episodeNum);
    });
    return {
      format: 'm3u-catalog',
      version: 1,
      live: { categories: this.groups.live.list, items: Array.from(this.live.values()) },
      movie: { categories: this.groups.movie.list, items: Array.from(this.movies.values()) },
      series: { categories: this.groups.series.list, items: Array.from(this.series.values()) },
      episodes,
      guideUrls: header.tvgUrls.slice(),
      entries: this.count,
    };
  }

  private addLive(entry: PlaylistEntry, id: string): void {
    const categoryId = this.groups.live.idOf(entry.group);
    const known = this.live.get(id);
    if (known) return addCategory(known, categoryId);
    const archive = canCatchUp(entry.catchup, entry.url);
    const channel: M3uLiveStream = {
      id,
      num: entry.channelNumber,
      name: entry.name,
      logo: entry.logo,
      categoryId,
      categoryIds: categoryId === undefined ? [] : [categoryId],
      epgChannelId: entry.tvgId,
      type: 'live',
      hasArchive: archive,
      archiveDays: archive ? (entry.catchup?.days ?? 0) : 0,
      isAdult: false,
      url: entry.url,
    };
    if (archive) channel.catchup = entry.catchup;
    if (entry.tvgShiftHours !== undefined) channel.tvgShiftHours = entry.tvgShiftHours;
    this.live.set(id, channel);
  }

  private addMovie(entry: PlaylistEntry, id: string): void {
    const categoryId = this.groups.movie.idOf(entry.group);
    const known = this.movies.get(id);
    if (known) return addCategory(known, categoryId);
    this.movies.set(id, {
      id,
      name: entry.name,
      poster: entry.logo,
      categoryId,
      categoryIds: categoryId === undefined ? [] : [categoryId],
      containerExtension: extensionOf(entry),
      isAdult: false,
      url: entry.url,
    });
  }

  private addEpisode(entry: PlaylistEntry, id: string): void {
    if (this.episodeIds.has(id)) return;
    this.episodeIds.add(id);
    const categoryId = this.groups.series.idOf(entry.group);
    const mark = EPISODE_MARK.exec(entry.name);
    const seriesName = (mark && mark[1].replace(/[\s._\-:|]+$/, '')) || entry.name;
    const seriesId = stableId(`series\n${seriesName.toLowerCase()}`);
    let series = this.series.get(seriesId);
    if (!series) {
      series = {
        id: seriesId,
        name: seriesName,
        cover: entry.logo,
        categoryId,
        categoryIds: categoryId === undefined ? [] : [categoryId],
        backdrops: [],
      };
      this.series.set(seriesId, series);
      this.episodes.set(seriesId, []);
    } else addCategory(series, categoryId);
    const list = this.episodes.get(seriesId) as M3uEpisode[];
    list.push({
      id,
      season: mark ? Number(mark[2]) : 1,
      episodeNum: mark ? Number(mark[3]) : list.length + 1,
      title: entry.name,
      containerExtension: extensionOf(entry),
      image: entry.logo,
      url: entry.url,
      seriesId,
    });
  }
}
