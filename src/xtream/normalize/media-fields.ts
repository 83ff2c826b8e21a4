// Readings shared by movies, series and episodes.
import type { Field } from './field';
import { transition } from './transitions';

const DEFAULT_CONTAINER = 'mp4';
const MISSING_TO_DEFAULT_CONTAINER = transition('missing', DEFAULT_CONTAINER);

/** The container extension, lower case without a leading dot; mp4 (counted) when the panel sent none. */
export function containerExtension(field: Field, value: unknown): string {
  const ext = field.text(value);
  if (ext === undefined) {
    field.count(MISSING_TO_DEFAULT_CONTAINER);
    return DEFAULT_CONTAINER;
  }
  return (ext.charCodeAt(0) === 46 ? ext.slice(1) : ext).toLowerCase();
}

/** A release year, when the panel's `year` is a plausible one. */
export function releaseYear(field: Field, value: unknown): number | undefined {
  const year = field.num(value);
  return year !== undefined && year >= 1800 && year <= 2200 ? Math.floor(year) : undefined;
}
