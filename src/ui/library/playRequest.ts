/**
 * What the VOD player is asked to play. A details page sets the request (the title, where to start, and for an
 * episode the episodes that follow it) and goes to `watch/<kind>/<id>`; the player page takes it. Without one (the
 * address opened directly) a movie is found in the catalogue and resumed from its saved position.
 */
import type { Episode, Movie } from '../../xtream';
import { t } from '../i18n';

// Sources are built in one place for every kind of stream (settings, headers); re-exported for the VOD pages.
export { episodeSourceFor, movieSourceFor } from '../playback';

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
