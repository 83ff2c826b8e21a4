/**
 * When the app is at rest: no key for a while and nothing the caller counts as busy, then an idle moment of the
 * page. Work done only at rest (building the search index before the viewer asks for it) never delays a key or a
 * frame while the viewer navigates. Under Node (tests) there is no page and no key: it is always at rest.
 */

/** How long input must rest before background work goes on. */
export const REST_MS = 2000;
/** How often a wait looks again (keys and busy pages end a rest; a timer per key would cost more). */
const LOOK_MS = 250;

let lastKeyAt = -Infinity;
let listening = false;

interface IdleHost {
  addEventListener(type: 'keydown', listener: () => void, capture: boolean): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
}

function pageWindow(): IdleHost | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as IdleHost);
}

/** Starts noting key presses (once; the listener only stores a time, so it costs a key nothing). */
function listen(): void {
  const host = pageWindow();
  if (listening || !host) return;
  listening = true;
  host.addEventListener('keydown', () => (lastKeyAt = Date.now()), true);
}

/** Runs `callback` when the page is idle (a short timer on old TV engines without `requestIdleCallback`). */
function whenIdle(callback: () => void): void {
  const host = pageWindow();
  if (host && host.requestIdleCallback) host.requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, host ? 50 : 0);
}

/** Milliseconds since the last key (infinite before the first). */
export function sinceLastKey(): number {
  return Date.now() - lastKeyAt;
}

/**
 * Resolves once no key was pressed for `restMs` and `busy()` is false, at an idle moment of the page. Keys pressed
 * meanwhile push it back, so slices of background work stop while the viewer presses keys.
 */
export function atRest(busy: () => boolean = () => false, restMs = REST_MS): Promise<void> {
  listen();
  return new Promise<void>((resolve) => {
    const look = (): void => {
      const wait = restMs - sinceLastKey();
      if (wait > 0) setTimeout(look, Math.min(wait, LOOK_MS));
      else if (busy()) setTimeout(look, LOOK_MS);
      else whenIdle(() => (sinceLastKey() < restMs ? look() : resolve()));
    };
    look();
  });
}

/** Starts noting keys now, so the first rest already counts the keys before it (called when a session begins). */
export function noteKeys(): void {
  listen();
}
