/**
 * The viewer's progress in movies and episodes, kept with the account's user data: resume positions (episodes under
 * the `series` kind, by episode id) and which episodes were watched to the end.
 */
import type { AccountUserData } from '../../store';

/** The settings entry holding watched episode ids, oldest first. */
export const WATCHED_SETTING = 'watchedEpisodes';
/** Watched episodes kept per account; the oldest fall off. */
export const WATCHED_LIMIT = 3000;
/** Positions before this many seconds (or a tenth of a short item) are not worth resuming. */
const MIN_RESUME_SEC = 10;

let pendingWrites: Promise<unknown> = Promise.resolve();

/**
 * Remembers a write of progress. The user data shows a change only once it is stored, so a page that opens right
 * after the player (Back) waits for {@link progressSettled} before drawing Resume and the watched marks again.
 */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pendingWrites = Promise.all([pendingWrites, write.catch(() => undefined)]);
  return write;
}

/** Resolves when every progress write made so far has been stored (or failed). */
export function progressSettled(): Promise<void> {
  return pendingWrites.then(() => undefined);
}

/** What is resumed where: movies by movie id, episodes by episode id under `series`. */
export type ProgressKind = 'movie' | 'series';

/** Whether a position is far enough in to be saved for resuming (short items: a tenth of their length). */
export function worthResuming(positionSec: number, durationSec: number): boolean {
  const minimum = durationSec > 0 ? Math.min(MIN_RESUME_SEC, durationSec / 10) : MIN_RESUME_SEC;
  return positionSec >= minimum;
}

/** The saved position of an item, in seconds (undefined when there is none worth resuming). */
export function savedPosition(data: AccountUserData | undefined, kind: ProgressKind, id: string): number | undefined {
  const position = data ? data.resumePosition(kind, id) : undefined;
  return position && position.positionSec > 0 ? position.positionSec : undefined;
}

/** The watched episode ids of the account. */
export function watchedEpisodes(data: AccountUserData | undefined): Set<string> {
  const stored = data ? data.readSettings<Record<string, unknown>>({ [WATCHED_SETTING]: [] })[WATCHED_SETTING] : [];
  const ids = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  return new Set(ids);
}

/** The list after marking `id` watched: moved to the end, the oldest dropped past the limit. */
export function withWatched(ids: readonly string[], id: string): string[] {
  const rest = ids.filter((other) => other !== id);
  rest.push(id);
  return rest.length > WATCHED_LIMIT ? rest.slice(rest.length - WATCHED_LIMIT) : rest;
}

/** Records that an episode was watched to the end. */
export async function markEpisodeWatched(data: AccountUserData | undefined, id: string): Promise<void> {
  if (!data) return;
  const ids = Array.from(watchedEpisodes(data));
  await trackWrite(data.writeSettings({ [WATCHED_SETTING]: withWatched(ids, id) }));
}
