/**
 * Code that runs inside the app's page. The benches measure in the page itself (frame times, key-to-frame latency,
 * start-up moments), so that no round trip to the bench process lands inside a figure.
 */
import type { Page } from 'playwright-core';

/** The app's test hook (`window.__tvplayerTest`, src/ui/testHook.ts), as the page-side code uses it. */
export interface PageHook {
  route(): string;
  visibleText(): string[];
  focused(): string;
  probe(name: string): unknown;
}

/** What the page-side helpers of these benches keep on `window`. */
export type BenchWindow = Window & {
  __tvplayerTest?: PageHook;
  /** State of the page-side recorders, by name. */
  __bench?: Record<string, unknown>;
};

/**
 * The source of an expression that calls `fn(arg)` in the page. tsx compiles the benches with esbuild's keepNames,
 * which wraps named functions in a `__name(...)` helper the page does not have; the expression brings its own.
 */
export function pageExpression<A, R>(fn: (arg: A) => R, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

/** Runs `fn(arg)` in the page and returns its (awaited) result, which must be plain data. */
export function inPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  return page.evaluate(pageExpression(fn, arg)) as Promise<Awaited<R>>;
}

/** Runs `fn(arg)` in every document the page loads from now on, before the app's scripts. */
export async function onEveryLoad<A>(page: Page, fn: (arg: A) => unknown, arg: A): Promise<void> {
  await page.addInitScript({ content: pageExpression(fn, arg) });
}
