/**
 * The stage's canvas, made by the page before the bundle arrived. index.html's loader creates it and its drawing
 * context (WebGL, or 2D with `?canvas2d=1`) while the bundle downloads and is compiled off the main thread: making
 * a context and allocating its 1920×1080 backing store is main-thread work that would otherwise sit in the stage's
 * set-up (40 ms of a warm start at ×4 CPU in the 2D case, test/bench/README.md).
 *
 * The loader repeats two rules of the app (the drawing mode from the address, the canvas size from the viewport),
 * so the app takes its context only when it is the one it would have made itself; otherwise Lightning makes its
 * own, as without a loader (unit tests, a page that never ran it).
 */

/** Where the loader leaves the context (static/index.html). */
export const EARLY_CANVAS_GLOBAL = 'TVPLAYER_CANVAS';

/** What the stage is about to be built with. */
export interface WantedCanvas {
  /** The canvas's own size in pixels. */
  w: number;
  h: number;
  /** A 2D context; otherwise WebGL. */
  canvas2d: boolean;
}

/** A drawing context as far as this check goes: WebGL has `useProgram` (Lightning tells the two apart by it too). */
interface SomeContext {
  canvas?: { width?: number; height?: number };
  useProgram?: unknown;
  getExtension?: (name: string) => { loseContext?: () => void } | null;
}

/** Lets go of a context nobody will use: a TV allows few WebGL contexts and little memory for canvases. */
function release(context: SomeContext): void {
  try {
    if (typeof context.getExtension === 'function') context.getExtension('WEBGL_lose_context')?.loseContext?.();
    if (context.canvas) {
      context.canvas.width = 0;
      context.canvas.height = 0;
    }
  } catch {
    // Only memory is at stake.
  }
}

/**
 * Takes the loader's context if it matches `wanted` (size and kind), else undefined. Taken once: the global is
 * cleared either way, so a second stage never shares the first one's canvas.
 */
export function takeEarlyCanvas(host: Record<string, unknown>, wanted: WantedCanvas): unknown {
  const context = host[EARLY_CANVAS_GLOBAL] as SomeContext | undefined;
  if (context === undefined) return undefined;
  host[EARLY_CANVAS_GLOBAL] = undefined;
  if (!context || typeof context !== 'object' || !context.canvas) return undefined;
  const isWebgl = typeof context.useProgram === 'function';
  const matches =
    isWebgl !== wanted.canvas2d && context.canvas.width === wanted.w && context.canvas.height === wanted.h;
  if (matches) return context;
  release(context);
  return undefined;
}
