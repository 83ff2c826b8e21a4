/**
 * Remote keys sent as real input through DevTools (`Input.dispatchKeyEvent`), so they take the browser's input path
 * and queue behind a busy main thread as a TV's remote keys do. A held key repeats at a fixed rate whatever the page
 * does: the sender never waits for the page before sending the next repeat.
 */
import type { CDPSession } from 'playwright-core';

/** Keys the benches press, with the codes the app's key map reads (src/platform/browser.ts). */
export const KEY_CODES = {
  ArrowUp: 38,
  ArrowDown: 40,
  ArrowLeft: 37,
  ArrowRight: 39,
  Enter: 13,
  Escape: 27,
  PageUp: 33,
  PageDown: 34,
} as const;

export type BenchKey = keyof typeof KEY_CODES;

/** A remote's key repeat: about 30 keydowns a second. */
export const REPEATS_PER_SECOND = 30;

/** The parameters of `Input.dispatchKeyEvent` for one of {@link KEY_CODES}. */
interface KeyEvent {
  type: 'rawKeyDown' | 'keyUp';
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  nativeVirtualKeyCode: number;
  autoRepeat: boolean;
  isSystemKey: boolean;
}

function keyEvent(key: BenchKey, type: KeyEvent['type'], autoRepeat = false): KeyEvent {
  const code = KEY_CODES[key];
  return {
    type,
    key,
    code: key,
    windowsVirtualKeyCode: code,
    nativeVirtualKeyCode: code,
    autoRepeat,
    isSystemKey: false,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Presses and releases `key` once; resolves when the page has taken both events. */
export async function pressKey(cdp: CDPSession, key: BenchKey): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', keyEvent(key, 'rawKeyDown'));
  await cdp.send('Input.dispatchKeyEvent', keyEvent(key, 'keyUp'));
}

/**
 * Holds `key` for `durationMs`: one keydown, then repeats (`autoRepeat`) every 1/`perSecond` s on a fixed schedule,
 * then the keyup. Returns the number of keydowns sent; resolves once the page has taken all of them.
 */
export async function holdKey(
  cdp: CDPSession,
  key: BenchKey,
  durationMs: number,
  perSecond = REPEATS_PER_SECOND,
): Promise<{ sent: number; spanMs: number }> {
  const interval = 1000 / perSecond;
  const start = Date.now();
  const pending: Promise<unknown>[] = [];
  let sent = 0;
  while (sent * interval < durationMs) {
    await sleep(start + sent * interval - Date.now());
    pending.push(cdp.send('Input.dispatchKeyEvent', keyEvent(key, 'rawKeyDown', sent > 0)));
    sent++;
  }
  const spanMs = Date.now() - start;
  pending.push(cdp.send('Input.dispatchKeyEvent', keyEvent(key, 'keyUp')));
  await Promise.all(pending);
  return { sent, spanMs };
}
