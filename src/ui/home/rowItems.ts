/**
 * What the home page's two rows list: "Continue watching" (movies and episodes stopped part-way, newest first, one
 * episode per series) and "Recently watched channels". Built from the account's user data (in memory) and the
 * catalogue by id lookups, so the rows cost the same for 50 channels as for 50,000. Lightning-free.
 */
import type { Catalog, CategoryRules } from '../../library';
import type { ResumePosition, WatchedEntry } from '../../store';
import { t } from '../i18n';
import { runningTime } from '../library/timeText';

/** Items a row lists at most (the rest are older than anyone scrolls for). */
export const ROW_LIMIT = 20;
/** From this fraction on an item counts as finished and leaves "Continue watching". */
export const FINISHED_FRACTION = 0.95;

/** What a card of a row stands for. */
export type RowItemKind = 'movie' | 'episode' | 'channel';

/** One card of a home row. */
export interface RowItem {
  kind: RowItemKind;
  /** Movie id, episode id or channel id. */
  id: string;
  /** The movie's, series' or channel's name (on the card until its image arrives). */
  title: string;
  /** The line under the row while the card has the focus ("S1 E2 · Pilot · 12 min left"). */
  detail: string;
  /** Poster, series cover or channel logo as the provider gives it (not yet rewritten for the emulator). */
  imageUrl?: string;
  /** Seconds watched, for resuming (movies and episodes). */
  positionSec?: number;
  /** How far in, 0..1, when the length is known. */
  progress?: number;
  /** For an episode: its series. */
  seriesId?: string;
  /** When it was last watched (epoch ms). */
  watchedAt: number;
}

/** Where an episode belongs, as remembered for the home page (episode positions are kept by episode id only). */
export interface EpisodeRef {
  seriesId: string;
  season: number;
  episode: number;
  title: string;
}

/** Episode id → its series and numbers. */
export type EpisodeRefs = Readonly<Record<string, EpisodeRef>>;

/** Whether an item is in a locked category. */
type LockCheck = (id: string) => boolean;

/**
 * The lock check of a kind. Without any lock rule nothing is locked, and the catalogue's per-item flags (a pass
 * over every item, long on a TV with 150,000 movies) are not computed just for the home page.
 */
function locksOf(catalog: Catalog, kind: 'live' | 'movie' | 'series'): LockCheck {
  const rules: CategoryRules = catalog.categoryRules(kind);
  if ((rules.locked ?? []).length === 0 && !rules.lockAdult) return () => false;
  return (id) => catalog.isLocked(kind, id);
}

function fractionOf(position: ResumePosition): number | undefined {
  return position.durationSec > 0 ? Math.min(1, position.positionSec / position.durationSec) : undefined;
}

/** "12 min left" (or nothing when the length is unknown). */
function timeLeft(position: ResumePosition): string | undefined {
  if (!(position.durationSec > 0)) return undefined;
  const left = runningTime(Math.max(0, position.durationSec - position.positionSec));
  return left ? t('home.continue.left', { time: left }) : undefined;
}

function joined(parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

function movieItem(catalog: Catalog, position: ResumePosition, locked: LockCheck): RowItem | undefined {
  const movie = catalog.byId('movie', position.id);
  if (!movie || locked(movie.id)) return undefined;
  return {
    kind: 'movie',
    id: movie.id,
    title: movie.name,
    detail: joined([movie.name, timeLeft(position)]),
    imageUrl: movie.poster,
    positionSec: position.positionSec,
    progress: fractionOf(position),
    watchedAt: position.updatedAt,
  };
}

function episodeItem(
  catalog: Catalog,
  position: ResumePosition,
  ref: EpisodeRef | undefined,
  locked: LockCheck,
): RowItem | undefined {
  if (!ref) return undefined;
  const series = catalog.byId('series', ref.seriesId);
  if (!series || locked(series.id)) return undefined;
  const number = t('library.episodeShort', { season: ref.season, episode: ref.episode });
  return {
    kind: 'episode',
    id: position.id,
    title: series.name,
    detail: joined([series.name, number, ref.title, timeLeft(position)]),
    imageUrl: series.cover,
    positionSec: position.positionSec,
    progress: fractionOf(position),
    seriesId: series.id,
    watchedAt: position.updatedAt,
  };
}

/**
 * "Continue watching": the saved positions (newest first) of movies and episodes the catalogue still has, not
 * finished, not in a locked category; of a series only the episode watched last. Episodes whose series is not
 * known yet (see {@link EpisodeRefs}) wait until it is.
 */
export function continueWatching(
  positions: readonly ResumePosition[],
  catalog: Catalog,
  episodes: EpisodeRefs,
  limit = ROW_LIMIT,
): RowItem[] {
  const items: RowItem[] = [];
  if (positions.length === 0) return items;
  const movieLocked = locksOf(catalog, 'movie');
  const seriesLocked = locksOf(catalog, 'series');
  const seriesSeen: Record<string, true> = {};
  const sorted = positions.slice().sort((a, b) => b.updatedAt - a.updatedAt);
  for (let i = 0; i < sorted.length && items.length < limit; i++) {
    const position = sorted[i];
    const fraction = fractionOf(position);
    if (!(position.positionSec > 0) || (fraction !== undefined && fraction >= FINISHED_FRACTION)) continue;
    if (position.kind === 'movie') {
      const item = movieItem(catalog, position, movieLocked);
      if (item) items.push(item);
    } else if (position.kind === 'series') {
      const item = episodeItem(catalog, position, episodes[position.id], seriesLocked);
      if (item && item.seriesId && !seriesSeen[item.seriesId]) {
        seriesSeen[item.seriesId] = true;
        items.push(item);
      }
    }
  }
  return items;
}

/**
 * "Recently watched channels": the account's watched channels (newest first) the catalogue still has, not in a
 * locked category.
 */
export function recentChannels(entries: readonly WatchedEntry[], catalog: Catalog, limit = ROW_LIMIT): RowItem[] {
  const items: RowItem[] = [];
  const locked = entries.length > 0 ? locksOf(catalog, 'live') : () => false;
  for (let i = 0; i < entries.length && items.length < limit; i++) {
    const entry = entries[i];
    const channel = catalog.byId('live', entry.id);
    if (!channel || locked(channel.id)) continue;
    items.push({
      kind: 'channel',
      id: channel.id,
      title: channel.name,
      detail: channel.name,
      imageUrl: channel.logo,
      watchedAt: entry.watchedAt,
    });
  }
  return items;
}

/** Episode ids among the positions whose series is not known yet, newest first. */
export function unknownEpisodes(positions: readonly ResumePosition[], episodes: EpisodeRefs): string[] {
  return positions
    .filter((p) => p.kind === 'series' && p.positionSec > 0 && episodes[p.id] === undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((p) => p.id);
}
