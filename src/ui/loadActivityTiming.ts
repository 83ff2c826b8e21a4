/**
 * When the background loads of a session begin: the catalogue once the first screen took its first key, the kinds
 * behind the first ones at a quiet moment. A TV's CPU is slow: work that starts while the viewer presses keys makes
 * every key wait for it. Under Node (tests) there is no page: timers alone decide.
 */

/** However long the viewer waits, the catalogue starts loading this long after the session began. */
export const START_DELAY_MS = 1000;
/** How long input must rest before the kinds behind the first ones start loading on their own. */
export const QUIET_MS = 1500;
/** However busy the viewer is, the kinds behind the first ones start loading this long after the first are in. */
export const MAX_DEFER_MS = 8000;

/** Once a page asked for the catalogue, the other kinds start after this much rest from keys... */
export const ASKED_QUIET_MS = 300;
/** ...or this long after the first kinds are in, at the latest. */
export const ASKED_MAX_MS = 1500;

/** A promise with its resolve function. */
export interface Gate {
  promise: Promise<void>;
  open: () => void;
}

export function gate(): Gate {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Something that can report key presses (the page's window). */
interface KeySource {
  addEventListener(type: 'keydown', listener: () => void, capture: boolean): void;
  removeEventListener(type: 'keydown', listener: () => void, capture: boolean): void;
}

/** The page's window when there is one (not under Node). */
function pageWindow(): (KeySource & { requestIdleCallback?: unknown }) | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as KeySource);
}

/** Runs `callback` when the page is idle (a short timer where `requestIdleCallback` is missing, on old TVs). */
function whenIdle(callback: () => void, timeoutMs: number): void {
  const host = pageWindow() as { requestIdleCallback?: (cb: () => void, o: object) => void } | undefined;
  if (host && host.requestIdleCallback) host.requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, 50);
}

/**
 * Resolves just after the first key was handled (its frame drawn), or when the page is idle `maxMs` from now,
 * whichever comes first.
 */
export function firstInput(maxMs = START_DELAY_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const host = pageWindow();
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (host) host.removeEventListener('keydown', onKey, true);
      resolve();
    };
    // The key's own handler and frame come first: the catalogue's first read must not hold them up.
    const onKey = () => setTimeout(() => whenIdle(done, 200), 0);
    const timer = setTimeout(() => whenIdle(done, 500), maxMs);
    if (host) host.addEventListener('keydown', onKey, true);
  });
}

/**
 * Resolves once no key was pressed for `quietMs` (counted from now and from every key), or `maxMs` from now at the
 * latest, and then when the page is idle. Old TV engines have no `requestIdleCallback`: a short timer stands in.
 */
export function quietMoment(quietMs = QUIET_MS, maxMs = MAX_DEFER_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const host = pageWindow();
    const startedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (host) host.removeEventListener('keydown', onKey, true);
      whenIdle(resolve, 1000);
    };
    const wait = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(done, Math.max(0, Math.min(quietMs, startedAt + maxMs - Date.now())));
    };
    const onKey = () => wait();
    if (host) host.addEventListener('keydown', onKey, true);
    wait();
  });
}
