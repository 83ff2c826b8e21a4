/** The three sections of a catalogue; the same names the store keeps user data under. */
export type MediaKind = 'live' | 'movie' | 'series';

/** Every media kind, in the order the app shows them. */
export const MEDIA_KINDS: readonly MediaKind[] = ['live', 'movie', 'series'];

/** Whether a value is a {@link MediaKind}. */
export function isMediaKind(value: unknown): value is MediaKind {
  return value === 'live' || value === 'movie' || value === 'series';
}
