import type { Lightning } from '@lightningjs/sdk';

/** One entry of the router's table, as the Lightning SDK Router reads it. */
export interface RouteEntry {
  path: string;
  component: unknown;
  /** Runs before the page shows; the page opens itself (with its own loading and error states). */
  before?: (page: never, params: Record<string, unknown>) => Promise<void>;
  /** Keep the page instance when leaving it (default: the router's own rule). */
  cache?: number;
  widgets?: string[];
  options?: Record<string, unknown>;
}

/** Route parameters arrive percent-encoded from the address; missing ones become ''. */
export function param(params: Record<string | symbol, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A route whose page opens itself from the route's parameters: `open(params)` is called on every visit. */
export function pageRoute<P extends Lightning.Component>(
  path: string,
  component: new (...args: never[]) => P,
  open: (page: P, params: Record<string, unknown>) => void,
): RouteEntry {
  return { path, component, before: opener(open) };
}

/** The route's `before` hook: opens the page with the route's parameters once the router has it. */
function opener<P>(open: (page: P, params: Record<string, unknown>) => void): RouteEntry['before'] {
  return (page: never, params: Record<string, unknown>) => Promise.resolve().then(() => open(page as P, params));
}

/**
 * A {@link pageRoute} whose page is loaded on the first visit (`load` is a dynamic `import()`), so the code of
 * pages the viewer has not opened yet is not part of the JavaScript a TV parses before the first frame. The SDK
 * Router treats a component that is not a constructor as such a loader and reads the module's `default`.
 */
export function lazyPageRoute<P extends Lightning.Component>(
  path: string,
  load: () => Promise<new (...args: never[]) => P>,
  open: (page: P, params: Record<string, unknown>) => void,
): RouteEntry {
  return { path, component: () => load().then((Page) => ({ default: Page })), before: opener(open) };
}
