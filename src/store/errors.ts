import type { EvictedEntry } from './quota';

/**
 * What went wrong in the store, as a stable code:
 * - `QUOTA_EXCEEDED`: a write still failed after every evictable cache entry was gone.
 * - `BAD_IMPORT`: an import file was rejected; `problems` lists each reason and nothing was written.
 * - `UNKNOWN_ACCOUNT`: per-account user data was written for an account that is not stored.
 * - `BAD_ARGUMENT`: a caller passed something the store cannot keep (a PIN that is not 4–8 digits,
 *   guide data without an expiry...).
 */
export type StoreErrorCode = 'QUOTA_EXCEEDED' | 'BAD_IMPORT' | 'UNKNOWN_ACCOUNT' | 'BAD_ARGUMENT';

/** Details a {@link StoreError} can carry besides its code. */
export interface StoreErrorDetails {
  problems?: string[];
  evicted?: EvictedEntry[];
  cause?: unknown;
}

/** The one error type `src/store/` throws on purpose. */
export class StoreError extends Error {
  override readonly name = 'StoreError' as const;
  readonly code: StoreErrorCode;
  /** For `BAD_IMPORT`: every problem found, each prefixed with where it is in the file. */
  readonly problems: string[];
  /** For `QUOTA_EXCEEDED`: what was evicted before giving up. */
  readonly evicted: EvictedEntry[];
  readonly cause?: unknown;

  constructor(code: StoreErrorCode, message: string, details: StoreErrorDetails = {}) {
    super(message);
    // Keeps instanceof working when TypeScript compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, StoreError.prototype);
    this.code = code;
    this.problems = details.problems ?? [];
    this.evicted = details.evicted ?? [];
    if (details.cause !== undefined) this.cause = details.cause;
  }
}

/**
 * Whether `error` is a {@link StoreError}; matches on `name` too, so it holds across bundles.
 *
 * @example
 * ```ts
 * try { await user.importAll(text, { mode: 'merge' }); }
 * catch (e) { if (isStoreError(e) && e.code === 'BAD_IMPORT') showProblems(e.problems); }
 * ```
 */
export function isStoreError(error: unknown): error is StoreError {
  return (
    error instanceof StoreError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'StoreError')
  );
}

/** A one-line description of any thrown value, for reports and reasons. */
export function describeError(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return message ? `${String(name)}: ${String(message)}` : String(name);
  }
  return String(error);
}
