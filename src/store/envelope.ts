import { isCacheKind, type CacheKind } from './cacheKinds';
import { describeError } from './errors';
import type { CorruptReason } from './events';
import { isCurrentCacheVersion, SCHEMA_VERSION } from './schema';

/** How every cached value is stored: a header, then the data exactly as the caller gave it. */
export interface Envelope<T = unknown> {
  /** The schema version that wrote it. */
  v: number;
  kind: CacheKind;
  /** Epoch milliseconds. */
  storedAt: number;
  /** Epoch milliseconds after which the entry is stale. */
  expiresAt: number;
  /** {@link sizeOf} the data when it was written; a mismatch on read means the data was cut short. */
  size: number;
  data: T;
}

/**
 * Checks data read back from the cache. Either a type guard, or an object whose `parse` returns the
 * typed value and throws on anything else.
 */
export type Validator<T> = ((data: unknown) => data is T) | { parse(data: unknown): T };

/** The header fields of an envelope, without the data. */
export type EnvelopeHeader = Omit<Envelope, 'data'>;

/** The outcome of {@link openEnvelope}. */
export type OpenedEnvelope<T> =
  { ok: true; header: EnvelopeHeader; value: T } | { ok: false; reason: CorruptReason; detail: string };

/**
 * A cheap size of a value, without copying or serialising it: items of an array, bytes of a typed array
 * or buffer, characters of a string, entries of a Map or Set, own keys of an object, 0 otherwise.
 */
export function sizeOf(data: unknown): number {
  if (typeof data === 'string' || Array.isArray(data)) return data.length;
  if (typeof data !== 'object' || data === null) return 0;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  // Tags rather than instanceof: values read back may come from another realm (a worker, a test VM).
  switch (Object.prototype.toString.call(data)) {
    case '[object ArrayBuffer]':
      return (data as ArrayBuffer).byteLength;
    case '[object Map]':
    case '[object Set]':
    case '[object Blob]':
    case '[object File]':
      return (data as { size: number }).size;
  }
  let count = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) count++;
  }
  return count;
}

/** Wraps data in a current-version envelope. The data is not copied. */
export function sealEnvelope<T>(kind: CacheKind, data: T, storedAt: number, expiresAt: number): Envelope<T> {
  return { v: SCHEMA_VERSION, kind, storedAt, expiresAt, size: sizeOf(data), data };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

/** Whether a stored value has every envelope field with the right type (the data is not checked). */
export function isEnvelope(raw: unknown): raw is Envelope {
  if (typeof raw !== 'object' || raw === null) return false;
  const e = raw as Partial<Record<keyof Envelope, unknown>>;
  return (
    isFiniteNumber(e.v) &&
    isCacheKind(e.kind) &&
    isFiniteNumber(e.storedAt) &&
    isFiniteNumber(e.expiresAt) &&
    isFiniteNumber(e.size) &&
    'data' in raw
  );
}

function runValidator<T>(
  validate: Validator<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; detail: string } {
  if (typeof validate === 'function') {
    return validate(data) ? { ok: true, value: data } : { ok: false, detail: 'the validator rejected the data' };
  }
  try {
    return { ok: true, value: validate.parse(data) };
  } catch (error) {
    return { ok: false, detail: describeError(error) };
  }
}

/**
 * Checks a stored value in order (envelope, version, size, then the caller's validator) and returns
 * the typed data, or why it cannot be used.
 */
export function openEnvelope<T>(raw: unknown, validate: Validator<T>): OpenedEnvelope<T> {
  if (!isEnvelope(raw)) return { ok: false, reason: 'envelope', detail: 'not a cache envelope' };
  if (!isCurrentCacheVersion(raw.v)) {
    return { ok: false, reason: 'outdated', detail: `schema version ${raw.v}, expected ${SCHEMA_VERSION}` };
  }
  const size = sizeOf(raw.data);
  if (size !== raw.size) {
    return { ok: false, reason: 'truncated', detail: `size ${size}, expected ${raw.size}` };
  }
  const checked = runValidator(validate, raw.data);
  if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.detail };
  const header: EnvelopeHeader = {
    v: raw.v,
    kind: raw.kind,
    storedAt: raw.storedAt,
    expiresAt: raw.expiresAt,
    size: raw.size,
  };
  return { ok: true, header, value: checked.value };
}
