/**
 * What the VOD player is asked to play. A details page sets the request (the title, where to start, and for an
 * episode the episodes that follow it) and goes to `watch/<kind>/<id>`; the player page takes it. Without one (the
 * address opened directly) a movie is found in the catalogue and resumed from its saved position.
 */
import { episodeSource, movieSource, type PlaybackSource } from '../../player';
import type { Episode, Movie } from '../../xtream';
import type { AppContext } from '../context';
import { t } from '../i18n';

/** The kinds of the `watch/:kind/:id` route. */
export type WatchKind = 'movie' | 'episode';

/** A request to play a movie, or an episode with what follows it. */
export interface PlayRequest {
  kind: WatchKind;
  /** Movie id, or episode id. */
  id: string;
  title: string;
  /** Seconds; undefined plays from the start. */
  startAt?: number;
  movie?: Movie;
  /** For an episode: the series and its episodes in viewing order (the requested one among them). */
  seriesId?: string;
  seriesName?: string;
  episodes?: Episode[];
}

let pending: PlayRequest | undefined;

/** Leaves a request for the player page (then the caller navigates to {@link watchPath}). */
export function setPlayRequest(request: PlayRequest): void {
  pending = request;
}

/** The request for `kind`/`id` if one was left, else undefined. It stays, so Back and forth replays it. */
export function playRequestFor(kind: string, id: string): PlayRequest | undefined {
  return pending && pending.kind === kind && pending.id === id ? pending : undefined;
}

/** The route of a request. */
export function watchPath(kind: WatchKind, id: string): string {
  return `watch/${kind}/${encodeURIComponent(id)}`;
}

/** The episode's title as the player shows it: "Series – S1 E2 · Title". */
export function episodeTitle(seriesName: string | undefined, episode: Episode): string {
  const number = t('library.episodeShort', { season: episode.season, episode: episode.episodeNum });
  return seriesName ? `${seriesName} – ${number} · ${episode.title}` : `${number} · ${episode.title}`;
}

/** The playback source of a movie (an Xtream account's `/movie/` URL, or the playlist's own address). */
export function movieSourceFor(context: AppContext, movie: Movie, startAt?: number): PlaybackSource {
  const signedIn = context.signedIn;
  if (!signedIn) throw new Error('Not signed in');
  if (signedIn.source.kind !== 'xtream') {
    return { url: signedIn.source.movieUrl(movie), kind: 'movie', id: movie.id, startAt, title: movie.name };
  }
  return movieSource(signedIn.client.urls, movie, startAt, { title: movie.name });
}

/** The playback source of an episode. */
export function episodeSourceFor(
  context: AppContext,
  episode: Episode,
  startAt?: number,
  title?: string,
): PlaybackSource {
  const signedIn = context.signedIn;
  if (!signedIn) throw new Error('Not signed in');
  if (signedIn.source.kind !== 'xtream') {
    return { url: signedIn.source.episodeUrl(episode), kind: 'episode', id: episode.id, startAt, title };
  }
  return episodeSource(signedIn.client.urls, episode, startAt, { title });
}
