/**
 * Talking to the running app through its test hook (`window.__tvplayerTest`, present only in the emulator) and the
 * keyboard, the way a viewer with a remote would.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';

interface TestHook {
  route(): string;
  visibleText(): string[];
  focused(): string;
  focusedText(): string[];
  probe(name: string): unknown;
}

type HookWindow = Window & { __tvplayerTest?: TestHook };

/** Waits until the app has started and installed its test hook. */
export async function waitForApp(page: Page, timeoutMs = 30000): Promise<void> {
  await page.waitForFunction(() => Boolean((window as HookWindow).__tvplayerTest), undefined, { timeout: timeoutMs });
}

export function route(page: Page): Promise<string> {
  return page.evaluate(() => (window as HookWindow).__tvplayerTest!.route());
}

export function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as HookWindow).__tvplayerTest!.visibleText());
}

export function focused(page: Page): Promise<string> {
  return page.evaluate(() => (window as HookWindow).__tvplayerTest!.focused());
}

/** Every visible text inside the focused element. */
export function focusedText(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as HookWindow).__tvplayerTest!.focusedText());
}

/** What the app reports under `name` through `registerProbe` (src/ui/testHook.ts); undefined when nothing does. */
export function probe<T = unknown>(page: Page, name: string): Promise<T | undefined> {
  return page.evaluate((key) => (window as HookWindow).__tvplayerTest!.probe(key), name) as Promise<T | undefined>;
}

/** Polls `probe` until it returns a value `accept` likes; fails with the last value seen. */
export async function waitUntil<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 30000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}

/** Waits until the route is `expected`. */
export function waitForRoute(page: Page, expected: string | RegExp, timeoutMs = 30000): Promise<string> {
  return waitUntil(
    () => route(page),
    (r) => (typeof expected === 'string' ? r === expected : expected.test(r)),
    `route ${String(expected)}`,
    timeoutMs,
  );
}

/** Waits until some visible text matches `pattern` and returns all visible text. */
export function waitForText(page: Page, pattern: RegExp, timeoutMs = 30000): Promise<string[]> {
  return waitUntil(
    () => visibleText(page),
    (texts) => texts.some((t) => pattern.test(t)),
    `text ${String(pattern)}`,
    timeoutMs,
  );
}

/** Presses a key and gives the app a frame to react (Lightning handles keys synchronously, then redraws). */
export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
}

/**
 * The production build the browser tests serve: `dist/app`, or the folder named by `TVPLAYER_DIST` (relative to the
 * repository) so that several builds can be tested side by side.
 */
export function appDist(): string {
  const root = path.resolve(__dirname, '../../..');
  return path.resolve(root, process.env.TVPLAYER_DIST || 'dist/app');
}

/**
 * Presses `key` until the focused element's name (`focused()` before the colon) is `ref`, at most `limit` times;
 * throws, naming where the focus stopped, when it never gets there.
 */
export async function moveTo(page: Page, ref: string, key = 'ArrowDown', limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)).split(':')[0] === ref) return;
    await press(page, key);
  }
  const at = await focused(page);
  if (at.split(':')[0] !== ref) throw new Error(`The focus did not reach ${ref} with ${key}: it is on ${at}`);
}
