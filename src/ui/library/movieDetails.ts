/**
 * A movie's details (`get_vod_info`: backdrop, cast, director, running time...) through the account's cache: what
 * is cached comes at once, a fresh copy follows when the cached one is stale or missing. The catalogue's own
 * fields are enough to paint the page before either arrives.
 */
import { staleWhileRevalidate, type Validator } from '../../store';
import type { MovieDetails } from '../../xtream';
import type { AppContext } from '../context';

/** What {@link loadMovieDetails} resolves with. */
export interface DetailsLoad {
  /** The cached details (possibly stale), when there are any. */
  cached: MovieDetails | undefined;
  /** The fresh details; undefined when nothing newer came (fresh cache, or the fetch failed: see `failed`). */
  fresh: Promise<{ details?: MovieDetails; failed?: unknown }>;
}

const isMovieDetails = ((value: unknown): value is MovieDetails => {
  const v = value as Partial<MovieDetails> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    Array.isArray(v.backdrops) &&
    Array.isArray(v.subtitles)
  );
}) as Validator<MovieDetails>;

/** The cache key of a movie's details. */
export function movieDetailsKey(movieId: string): string {
  return `movie:${movieId}:details`;
}

/** See the file comment. Accounts without a details call (playlists) get nothing, and the page keeps what it has. */
export async function loadMovieDetails(
  context: AppContext,
  movieId: string,
  signal?: AbortSignal,
): Promise<DetailsLoad> {
  const signedIn = context.signedIn;
  const store = context.store;
  if (!signedIn || !store || signedIn.source.kind !== 'xtream') {
    return { cached: undefined, fresh: Promise.resolve({}) };
  }
  const client = signedIn.client;
  const { cached, refresh } = await staleWhileRevalidate({
    cache: store.cacheFor(signedIn.stored.id),
    key: movieDetailsKey(movieId),
    kind: 'details',
    validate: isMovieDetails,
    fetch: () => client.vodInfo(movieId, signal),
  });
  const fresh = refresh.then((outcome) => {
    if (outcome.status === 'updated') return { details: outcome.value };
    if (outcome.status === 'failed') return { failed: outcome.error };
    return {};
  });
  return { cached: cached ? cached.value : undefined, fresh };
}
