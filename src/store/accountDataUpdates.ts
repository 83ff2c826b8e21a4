import type { PinRecord } from './pin';
import {
  FINISHED_FRACTION,
  RECENT_LIMIT,
  RESUME_LIMIT,
  type AccountData,
  type MediaKind,
  type ResumePosition,
} from './userModels';

/*
 * Pure updates of one account's data: each returns a new AccountData and leaves its input untouched,
 * so a write that fails leaves the data in memory as it was.
 */

function withFavourites(data: AccountData, kind: MediaKind, list: string[]): AccountData {
  return { ...data, favourites: { ...data.favourites, [kind]: list } };
}

/** Appends `id` to the favourites of `kind` (no change when it is already there). */
export function addFavourite(data: AccountData, kind: MediaKind, id: string): AccountData {
  const list = data.favourites[kind];
  return list.indexOf(id) >= 0 ? data : withFavourites(data, kind, list.concat(id));
}

/** Removes `id` from the favourites of `kind`. */
export function removeFavourite(data: AccountData, kind: MediaKind, id: string): AccountData {
  return withFavourites(
    data,
    kind,
    data.favourites[kind].filter((favourite) => favourite !== id),
  );
}

/** Moves a favourite to `toIndex` (clamped to the list). */
export function moveFavourite(data: AccountData, kind: MediaKind, id: string, toIndex: number): AccountData {
  const list = data.favourites[kind].filter((favourite) => favourite !== id);
  if (list.length === data.favourites[kind].length) return data;
  const index = Math.max(0, Math.min(list.length, Math.floor(toIndex)));
  list.splice(index, 0, id);
  return withFavourites(data, kind, list);
}

/** Puts `id` first in the recently watched list of `kind`, dropping the oldest beyond the limit. */
export function markWatched(data: AccountData, kind: MediaKind, id: string, watchedAt: number): AccountData {
  const others = data.recent[kind].filter((entry) => entry.id !== id);
  const list = [{ id, watchedAt }].concat(others).slice(0, RECENT_LIMIT);
  return { ...data, recent: { ...data.recent, [kind]: list } };
}

/** Removes one item from the recently watched list of `kind`. */
export function forgetRecent(data: AccountData, kind: MediaKind, id: string): AccountData {
  return { ...data, recent: { ...data.recent, [kind]: data.recent[kind].filter((entry) => entry.id !== id) } };
}

/** Empties the recently watched list of `kind`. */
export function clearRecent(data: AccountData, kind: MediaKind): AccountData {
  return { ...data, recent: { ...data.recent, [kind]: [] } };
}

/** Whether a position is close enough to the end to count as finished. */
export function isFinished(position: Pick<ResumePosition, 'positionSec' | 'durationSec'>): boolean {
  return position.durationSec > 0 && position.positionSec > position.durationSec * FINISHED_FRACTION;
}

/** Records where playback stopped; a finished item loses its position instead. */
export function saveResume(data: AccountData, position: ResumePosition): AccountData {
  const others = data.resume.filter((p) => p.id !== position.id || p.kind !== position.kind);
  const resume = isFinished(position) ? others : [position].concat(others).slice(0, RESUME_LIMIT);
  return { ...data, resume };
}

/** Forgets the position of one item. */
export function forgetResume(data: AccountData, kind: MediaKind, id: string): AccountData {
  return { ...data, resume: data.resume.filter((p) => p.id !== id || p.kind !== kind) };
}

/** Merges a settings patch over the stored settings. */
export function patchSettings(data: AccountData, patch: Record<string, unknown>): AccountData {
  return { ...data, settings: { ...data.settings, ...patch } };
}

/** Sets or (with undefined) removes the PIN record. */
export function withPin(data: AccountData, pin: PinRecord | undefined): AccountData {
  const next = { ...data };
  if (pin) next.pin = pin;
  else delete next.pin;
  return next;
}
