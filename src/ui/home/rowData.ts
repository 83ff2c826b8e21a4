/**
 * The home rows of the signed-in account: drawn at once from the user data in memory and the loaded catalogue;
 * the series of resumable episodes found later (once per episode, then remembered); removing an item; what OK
 * plays. Lightning-free: the page draws and navigates.
 */
import type { Catalog } from '../../library';
import type { AccountUserData } from '../../store';
import type { Episode, LiveStream } from '../../xtream';
import type { AppContext } from '../context';
import { catalogNow, userData } from '../library/libraryData';
import { episodeTitle, type PlayRequest } from '../library/playRequest';
import { savedPosition, trackWrite } from '../library/watchProgress';
import { continueWatching, recentChannels, unknownEpisodes, type EpisodeRef, type RowItem } from './rowItems';
import { episodeRefs, findEpisodes, rememberEpisodes } from './rowSettings';

/** Both rows; an empty row is hidden. */
export interface HomeRowsContent {
  continueWatching: RowItem[];
  channels: RowItem[];
}

const NO_ROWS: HomeRowsContent = { continueWatching: [], channels: [] };

/** Per account: episodes found during this run (kept even if the settings could not be written), and ones searched in vain. */
interface RunMemory {
  found: Record<string, EpisodeRef>;
  notFound: Record<string, true>;
}
const memories: Record<string, RunMemory> = {};

function memoryOf(data: AccountUserData): RunMemory {
  return memories[data.accountId] || (memories[data.accountId] = { found: {}, notFound: {} });
}

function dataOf(context: AppContext): AccountUserData | undefined {
  try {
    return userData(context);
  } catch {
    // The account could not be saved (storage refused it): it has no history.
    return undefined;
  }
}

/** The rows from memory (empty until the catalogue is loaded). */
export function readRows(context: AppContext): HomeRowsContent {
  const data = dataOf(context);
  const catalog = catalogNow(context);
  if (!data || !catalog) return NO_ROWS;
  const refs = { ...episodeRefs(data), ...memoryOf(data).found };
  return {
    continueWatching: continueWatching(data.resumePositions(), catalog, refs),
    channels: recentChannels(data.recentlyWatched('live'), catalog),
  };
}

/** The episodes of a series from its cached details (fetched when not cached); undefined when unknown. */
async function episodesOf(context: AppContext, catalog: Catalog, seriesId: string): Promise<Episode[] | undefined> {
  const signedIn = context.signedIn;
  const series = catalog.byId('series', seriesId);
  if (!signedIn || !series) return undefined;
  return (await signedIn.source.seriesDetails(series)).episodes;
}

/**
 * Finds the series of resumable episodes not placed yet, among the recently watched series; resolves to whether
 * any was found (then the rows are worth reading again).
 */
export async function placeEpisodes(context: AppContext): Promise<boolean> {
  const data = dataOf(context);
  const catalog = catalogNow(context);
  if (!data || !catalog) return false;
  const memory = memoryOf(data);
  const known = { ...episodeRefs(data), ...memory.found };
  const wanted = unknownEpisodes(data.resumePositions(), known).filter((id) => !memory.notFound[id]);
  if (wanted.length === 0) return false;
  const seriesIds = data.recentlyWatched('series').map((entry) => entry.id);
  const found = await findEpisodes(wanted, seriesIds, (id) => episodesOf(context, catalog, id));
  wanted.forEach((id) => {
    if (found[id]) memory.found[id] = found[id];
    else memory.notFound[id] = true;
  });
  if (Object.keys(found).length === 0) return false;
  await rememberEpisodes(data, found).catch(() => undefined);
  return true;
}

/** Removes an item from its row: a movie's or episode's saved position, or a channel until watched again. */
export async function removeItem(context: AppContext, item: RowItem): Promise<void> {
  const data = dataOf(context);
  if (!data) return;
  if (item.kind === 'channel') await trackWrite(data.forgetWatched('live', item.id));
  else await trackWrite(data.forgetResumePosition(item.kind === 'movie' ? 'movie' : 'series', item.id));
}

/** What OK on a movie or an episode plays: from its saved position (the newest one, if it moved since drawing). */
export async function playRequestOf(context: AppContext, item: RowItem): Promise<PlayRequest | undefined> {
  const catalog = catalogNow(context);
  if (!catalog || item.kind === 'channel') return undefined;
  const data = dataOf(context);
  if (item.kind === 'movie') {
    const movie = catalog.byId('movie', item.id);
    if (!movie) return undefined;
    const startAt = savedPosition(data, 'movie', movie.id) ?? item.positionSec;
    return { kind: 'movie', id: movie.id, title: movie.name, movie, startAt };
  }
  const series = item.seriesId ? catalog.byId('series', item.seriesId) : undefined;
  const episodes = series ? await episodesOf(context, catalog, series.id) : undefined;
  const episode = episodes ? episodes.filter((e) => e.id === item.id)[0] : undefined;
  if (!series || !episodes || !episode) return undefined;
  return {
    kind: 'episode',
    id: episode.id,
    title: episodeTitle(series.name, episode),
    startAt: savedPosition(data, 'series', episode.id) ?? item.positionSec,
    seriesId: series.id,
    seriesName: series.name,
    episodes,
  };
}

/** The channels of the row as the player zaps through them, and marks `id` watched now. */
export function channelsToZap(context: AppContext, items: readonly RowItem[], id: string): LiveStream[] {
  const catalog = catalogNow(context);
  const data = dataOf(context);
  if (data) data.markWatched('live', id).catch(() => undefined);
  const channels: LiveStream[] = [];
  items.forEach((item) => {
    const channel = item.kind === 'channel' && catalog ? catalog.byId('live', item.id) : undefined;
    if (channel) channels.push(channel);
  });
  return channels;
}
