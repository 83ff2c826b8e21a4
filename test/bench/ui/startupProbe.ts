/**
 * Start-up moments taken in the page, in ms since navigation start (`performance.now()`): installed before the
 * app's scripts on every load, it watches each frame through the test hook. Warm start: when the home route shows
 * its entries, it sends the first key (Down, then Up, then Right if one does nothing) and notes the end of the frame
 * that shows the focus moved. Cold start: from the OK on Connect to the first frame with channel rows of Live TV.
 */
import type { Page } from 'playwright-core';
import { onEveryLoad, pageExpression, type BenchWindow, type PageHook } from './inPage';

/** What the page noted; -1 for a moment not reached (yet). */
export interface StartupMoments {
  /** The home route with its first entry ("Live TV") on screen and focused element. */
  homeShown: number;
  /** The end of the frame that showed the effect of the first key sent on the home page. */
  keyAccepted: number;
  /** Keys sent before one moved the focus. */
  keyAttempts: number;
  /** A visible text with the catalogue's channel count (50,000). */
  countsShown: number;
  /** The OK (keydown) on Connect. */
  submitted: number;
  /** The end of the first frame with channel rows of the Live TV page. */
  rowsShown: number;
  /** How the rows were recognised: `probe` (live.list) or `focus` (a focused `Row…` element). */
  rowsBy: string;
}

/** Installs the recorder in every document `page` loads from now on; `mode` picks warm or cold. */
export function recordStartup(page: Page, mode: 'warm' | 'cold'): Promise<void> {
  return onEveryLoad(page, recorder, mode);
}

/** The recorder as a script for a page driven without Playwright (bareBrowser.ts). */
export function startupRecorderSource(mode: 'warm' | 'cold'): string {
  return pageExpression(recorder, mode);
}

/** The expression that reads what the recorder noted (JSON data, or undefined). */
export const STARTUP_MOMENTS_EXPRESSION = '(window.__bench || {}).startup';

/** The recorder, run in the page. */
function recorder(which: string): void {
  const w = window as BenchWindow;
  const moments: StartupMoments = {
    homeShown: -1,
    keyAccepted: -1,
    keyAttempts: 0,
    countsShown: -1,
    submitted: -1,
    rowsShown: -1,
    rowsBy: '',
  };
  (w.__bench = w.__bench || {}).startup = moments;
  const noted = new Set<string>();
  // Stamps the end of the current frame's work (a message posted now runs once the frame is done), once per name.
  const afterFrame = (name: 'homeShown' | 'keyAccepted' | 'rowsShown'): void => {
    if (noted.has(name)) return;
    noted.add(name);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      moments[name] = performance.now();
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  };
  const CODES: Record<string, number> = { ArrowDown: 40, ArrowUp: 38, ArrowRight: 39, Enter: 13 };
  // Sent as a task of its own, between frames, as input arrives.
  const sendKey = (key: string): void => {
    setTimeout(() => {
      for (const type of ['keydown', 'keyup']) {
        const event = new KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true });
        // Lightning maps keyCode, which the KeyboardEvent constructor leaves at 0.
        Object.defineProperty(event, 'keyCode', { get: () => CODES[key] });
        Object.defineProperty(event, 'which', { get: () => CODES[key] });
        window.dispatchEvent(event);
      }
    }, 0);
  };
  const homeReady = (hook: PageHook): boolean =>
    hook.route() === 'home' && hook.focused() !== '' && hook.visibleText().indexOf('Live TV') >= 0;
  window.addEventListener(
    'keydown',
    (event) => {
      const hook = w.__tvplayerTest;
      if (moments.submitted < 0 && event.isTrusted && event.keyCode === 13 && hook) {
        if (/^Connect\b/.test(hook.focused())) moments.submitted = event.timeStamp;
      }
    },
    true,
  );
  let focusBefore = '';
  let sentAt = -1;
  const warm = (hook: PageHook): boolean => {
    if (moments.countsShown < 0 && hook.visibleText().some((t) => /50[,.\u202f ]?000/.test(t)))
      moments.countsShown = performance.now();
    if (!noted.has('homeShown')) {
      if (homeReady(hook)) afterFrame('homeShown');
      return false;
    }
    if (!noted.has('keyAccepted')) {
      if (sentAt >= 0 && hook.focused() !== focusBefore) afterFrame('keyAccepted');
      else if (sentAt < 0 || performance.now() - sentAt > 500) {
        // No effect within half a second: the page was not ready, or the key led nowhere (try another).
        focusBefore = hook.focused();
        sentAt = performance.now();
        sendKey(['ArrowDown', 'ArrowUp', 'ArrowRight'][moments.keyAttempts++ % 3]);
      }
    }
    return noted.has('keyAccepted') && moments.countsShown >= 0;
  };
  let liveOpened = false;
  let allChannels = false;
  const cold = (hook: PageHook): boolean => {
    if (moments.submitted < 0) return false;
    const route = hook.route();
    if (!liveOpened && homeReady(hook)) {
      // The viewer presses OK on "Live TV" as soon as the home page shows.
      liveOpened = true;
      afterFrame('homeShown');
      sendKey('Enter');
    }
    const list = hook.probe('live.list') as { length?: number } | undefined;
    const rowFocused = /^Row\d+:/.test(hook.focused());
    if (list === undefined && route === 'live' && rowFocused && !allChannels) {
      // A build whose `live` route lists categories: on to all channels, as a viewer would with OK.
      allChannels = true;
      window.location.hash = 'live/all';
    }
    const byProbe = list !== undefined && (list.length ?? 0) > 0 && /^live/.test(route);
    const byFocus = list === undefined && /^live\//.test(route) && rowFocused;
    if (!byProbe && !byFocus) return false;
    moments.rowsBy = byProbe ? 'probe' : 'focus';
    afterFrame('rowsShown');
    return true;
  };
  const frame = (): void => {
    const hook = w.__tvplayerTest;
    const done = hook ? (which === 'warm' ? warm(hook) : cold(hook)) : false;
    if (!done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** What the recorder noted so far. */
export function startupMoments(page: Page): Promise<StartupMoments | undefined> {
  return page.evaluate(STARTUP_MOMENTS_EXPRESSION) as Promise<StartupMoments | undefined>;
}
