/**
 * The stage's canvas comes from index.html: its loader makes the canvas and its context while the bundle loads, and
 * the app draws on that one when it has the kind and size the stage needs (src/ui/earlyCanvas.ts). In WebGL (a
 * TV's mode), in 2D (`?canvas2d=1`) and in a 720-line viewport, the page ends with one stage-sized canvas, the one
 * the loader made, and the sign-in page on it, without errors.
 */
import type { Page } from 'playwright-core';
import { waitForApp, waitForRoute, waitForText } from './support/app';
import { screenshot } from './support/browser';
import { closeStage, openStage, type Stage } from './support/stage';

let stage: Stage | undefined;

beforeAll(async () => {
  stage = await openStage();
});

afterAll(async () => {
  await closeStage(stage);
});

/**
 * Before the page's scripts: remembers the first canvas that gets a drawing context, with the context's kind and
 * who asked: an inline script of index.html, the bundle as it runs, or a later task (where Lightning makes one).
 */
const WATCH_FIRST_CONTEXT = `(function () {
  var getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind) {
    var context = getContext.apply(this, arguments);
    if (context && !window.__firstCanvas) {
      var script = document.currentScript;
      window.__firstCanvas = { canvas: this, kind: String(kind), by: script ? (script.src ? 'bundle' : 'inline') : 'task' };
    }
    return context;
  };
})();`;

interface CanvasFacts {
  /** Canvases in the document. */
  inDocument: number;
  /** The first canvas given a context is the one in the document. */
  firstIsShown: boolean;
  kind: string;
  /** Who made the first context: `inline` (the loader), `bundle` or `task`. */
  by: string;
  width: number;
  height: number;
  /** What the loader left behind (the app takes it). */
  leftOver: string;
}

async function canvasFacts(page: Page): Promise<CanvasFacts> {
  return page.evaluate(() => {
    const w = window as unknown as { __firstCanvas?: { canvas: HTMLCanvasElement; kind: string; by: string } } & Record<
      string,
      unknown
    >;
    const canvases = document.querySelectorAll('canvas');
    const first = w.__firstCanvas;
    return {
      inDocument: canvases.length,
      firstIsShown: first !== undefined && canvases[0] === first.canvas,
      kind: first ? first.kind : '',
      by: first ? first.by : '',
      width: canvases[0] ? canvases[0].width : 0,
      height: canvases[0] ? canvases[0].height : 0,
      leftOver: typeof w.TVPLAYER_CANVAS,
    };
  });
}

async function openSignIn(page: Page, query: string): Promise<CanvasFacts> {
  await page.goto(`${stage!.emulator.url}/${query}`);
  await waitForApp(page);
  await waitForRoute(page, 'login');
  await waitForText(page, /Demo provider/);
  return canvasFacts(page);
}

describe('the stage canvas made by the loader', () => {
  beforeAll(async () => {
    await stage!.browser.context.addInitScript({ content: WATCH_FIRST_CONTEXT });
  });

  it('is the canvas the app draws on, in WebGL and in 2D', async () => {
    const page = stage!.browser.page;
    const webgl = await openSignIn(page, '');
    expect(webgl).toEqual({
      inDocument: 1,
      firstIsShown: true,
      kind: 'webgl',
      by: 'inline',
      width: 1920,
      height: 1080,
      leftOver: 'undefined',
    });
    await page.waitForTimeout(500);
    await screenshot(page, 'stage-canvas-webgl');

    const flat = await openSignIn(page, '?canvas2d=1');
    expect(flat).toEqual({ ...webgl, kind: '2d' });
    expect(stage!.browser.errors).toEqual([]);
  });

  it('is made at the size the stage draws at in a 720-line viewport', async () => {
    const page = stage!.browser.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      const small = await openSignIn(page, '?canvas2d=1');
      expect(small).toMatchObject({ inDocument: 1, firstIsShown: true, by: 'inline', width: 1280, height: 720 });
    } finally {
      await page.setViewportSize({ width: 1920, height: 1080 });
    }
    expect(stage!.browser.errors).toEqual([]);
  });
});
