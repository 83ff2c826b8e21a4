// What a normaliser made of one answer, reduced to a short line that changes whenever any
// model field, its key order, a coercion count or a dropped entry changes.
import { createHash } from 'node:crypto';
import { isXtreamError } from '../../../../src/xtream/errors';
import type { EpgClock, NormalizeReport } from '../../../../src/xtream/normalize';

/** The collector a normaliser set hands around: only its report matters here. */
export interface ReportingCollector {
  report(): NormalizeReport;
}

/** The entry points of one implementation of the normalisers. */
export interface Normalizers<C extends ReportingCollector> {
  Collector: new () => C;
  normalizeAction(action: string, raw: unknown, clock?: EpgClock): { value: unknown; report: NormalizeReport };
  normalizeLogin(raw: unknown, collector: C, now: number): unknown;
  normalizeMovieDetails(raw: unknown, collector: C, requestedId?: string): unknown;
  normalizeSeriesDetails(raw: unknown, collector: C, requestedId?: string): unknown;
}

/** How to call a normaliser beyond the action and the answer. */
export interface CallOptions {
  clock?: EpgClock;
  /** The login's "now" (the clock offset depends on it). */
  now?: number;
  /** The id asked for, for the details actions. */
  requestedId?: string;
}

/** The fixed "now" of every login here, so the clock offset is stable. */
export const FIXED_NOW = Date.UTC(2025, 2, 3, 12, 0, 0);

/** Runs one action on one answer and keeps the models and the report, or the error thrown. */
export function outcomeOf<C extends ReportingCollector>(
  impl: Normalizers<C>,
  action: string,
  raw: unknown,
  options: CallOptions = {},
): unknown {
  try {
    if (action === 'login') {
      const collector = new impl.Collector();
      return { value: impl.normalizeLogin(raw, collector, options.now ?? FIXED_NOW), report: collector.report() };
    }
    if (options.requestedId !== undefined && (action === 'get_vod_info' || action === 'get_series_info')) {
      const collector = new impl.Collector();
      const details = action === 'get_vod_info' ? impl.normalizeMovieDetails : impl.normalizeSeriesDetails;
      return { value: details(raw, collector, options.requestedId), report: collector.report() };
    }
    return impl.normalizeAction(action, raw, options.clock ?? {});
  } catch (error) {
    if (!isXtreamError(error)) throw error;
    return { error: error.code, message: error.message, details: error.details ?? null };
  }
}

/**
 * Writes a value so that every difference shows: keys in their order, `undefined` members kept,
 * -0, NaN and infinities spelled out.
 */
export function canonical(value: unknown, out: string[] = []): string[] {
  if (value === undefined) out.push('~');
  else if (typeof value === 'number') out.push(Object.is(value, -0) ? '-0' : String(value));
  else if (typeof value !== 'object' || value === null) out.push(JSON.stringify(value));
  else if (Array.isArray(value)) {
    out.push('[');
    for (const item of value) {
      canonical(item, out);
      out.push(',');
    }
    out.push(']');
  } else {
    out.push('{');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      out.push(JSON.stringify(key), ':');
      canonical(record[key], out);
      out.push(',');
    }
    out.push('}');
  }
  return out;
}

function hashOf(value: unknown): string {
  const hash = createHash('sha256');
  for (const part of canonical(value)) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

/**
 * One line per case: a hash of everything, then what it holds, e.g.
 * `3f…a1 300 items, 1800 coercions, 2 dropped` or `9c…0e BAD_RESPONSE`; several answers add up.
 */
export function fingerprint(outcomes: readonly unknown[]): string {
  let items = 0;
  let coercions = 0;
  let dropped = 0;
  const errors: string[] = [];
  for (const outcome of outcomes) {
    const o = outcome as { value?: unknown; report?: NormalizeReport; error?: string };
    if (o.error !== undefined) errors.push(o.error);
    if (!o.report) continue;
    items += Array.isArray(o.value) ? o.value.length : 1;
    for (const key of Object.keys(o.report.coerced)) coercions += o.report.coerced[key];
    dropped += o.report.dropped.length;
  }
  const counts: string[] = [];
  if (errors.length < outcomes.length) counts.push(`${items} items`, `${coercions} coercions`, `${dropped} dropped`);
  if (errors.length > 0) counts.push(outcomes.length === 1 ? errors[0] : `${errors.length} errors`);
  const answers = outcomes.length === 1 ? '' : ` ${outcomes.length} answers:`;
  return `${hashOf(outcomes)}${answers} ${counts.join(', ')}`;
}
