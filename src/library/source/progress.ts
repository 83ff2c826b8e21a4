/**
 * Progress of the long loads (catalogue, guide), in a shape a progress bar can draw: the phase, bytes and items
 * so far, and a fraction when it can be estimated.
 */

/** Which load the progress belongs to. */
export type LoadTask = 'catalog' | 'guide';

/**
 * Where a load is: reading the cache, downloading (and parsing as the bytes arrive), building the index, writing
 * the cache, or finished.
 */
export type LoadPhase = 'cache' | 'download' | 'index' | 'store' | 'done';

/** One progress report. */
export interface LoadProgress {
  task: LoadTask;
  phase: LoadPhase;
  /** Bytes received so far (downloads). */
  bytes?: number;
  /** Bytes expected, when the server said (an uncompressed Content-Length). */
  totalBytes?: number;
  /** Items handled so far: lists fetched, playlist entries read, guide programmes read. */
  items?: number;
  /** Items expected, when known (the Xtream catalogue's lists). */
  totalItems?: number;
  /** 0..1 when it can be estimated; undefined when only the amount so far is known. */
  fraction?: number;
}

/** Receives progress reports. */
export type ProgressListener = (progress: LoadProgress) => void;

/** Default minimum time between two reports of the same phase. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Wraps a listener so that a download that delivers thousands of chunks reports at most every `intervalMs`:
 * the first report of each phase and the `done` report always go through. The last report a phase held back is
 * delivered when the next phase begins, so a download quicker than the interval still ends on the bytes it received,
 * not on its opening report of 0 bytes.
 */
export function throttleProgress(
  listener: ProgressListener | undefined,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = Date.now,
): ProgressListener {
  if (!listener) return () => undefined;
  let lastPhase: LoadPhase | undefined;
  let lastAt = -Infinity;
  let heldBack: LoadProgress | undefined;
  const deliver = (progress: LoadProgress): void => {
    try {
      listener(progress);
    } catch (error) {
      // A failing progress bar must not fail the load.
      setTimeout(() => {
        throw error;
      }, 0);
    }
  };
  return (progress) => {
    const at = now();
    if (progress.phase === lastPhase && progress.phase !== 'done' && at - lastAt < intervalMs) {
      heldBack = progress;
      return;
    }
    if (heldBack && heldBack.phase !== progress.phase) deliver(heldBack);
    heldBack = undefined;
    lastPhase = progress.phase;
    lastAt = at;
    deliver(progress);
  };
}

/** `part / whole` clamped to 0..1, or undefined when the whole is unknown. */
export function fractionOf(part: number, whole: number | undefined): number | undefined {
  if (whole === undefined || !(whole > 0)) return undefined;
  return Math.max(0, Math.min(1, part / whole));
}
