import { App } from './App';
import { setAppContext, type AppContext } from './context';
import { takeEarlyCanvas } from './earlyCanvas';
import { stageCanvasSize } from './launchOptions';
import { createApplication } from './launchStage';
import { startUp } from './session';
import { installTestHook } from './testHook';
import { COLORS, FONT } from './theme';

/** How the entry point starts the UI. */
export interface LaunchOptions {
  context: AppContext;
  /** Lightning's `keys` option: key code → handler name (`_handleBack`…), from the platform's key map. */
  keys: Record<number, string>;
  /** Draw with the 2D canvas instead of WebGL (faster without a GPU, e.g. in headless browsers). */
  canvas2d: boolean;
  /** Where to put the canvas (default: the page body). */
  parent?: HTMLElement;
}

/** Starts the Lightning application: a transparent 1920×1080 stage on top of the video element. */
export function launchApp(options: LaunchOptions): void {
  setAppContext(options.context);
  // The store opens and the saved account is read (IndexedDB works beside the page) while Lightning builds its
  // stage and first page; the router's first route waits for the same start-up instead of starting it then.
  void startUp(options.context);
  const viewportHeight = window.innerHeight;
  // The canvas index.html made while the bundle loaded, when it is the one the stage needs.
  const context = takeEarlyCanvas(window as unknown as Record<string, unknown>, {
    ...stageCanvasSize(viewportHeight),
    canvas2d: options.canvas2d,
  });
  const application = createApplication(
    App,
    {
      keys: options.keys,
      canvas2d: options.canvas2d,
      clearColor: 0x00000000,
      defaultFontFace: FONT.face,
      viewportHeight,
      context,
    },
    // Pages are built when first shown: otherwise the router builds every page in the first bundle (sign-in and
    // home) at start, and a warm start that goes straight home pays for the sign-in page too.
    { lazyCreate: true },
  );
  const canvas = application.stage.getCanvas();
  const parent = options.parent ?? document.body;
  if (canvas.parentNode !== parent) parent.appendChild(canvas);
  document.body.style.backgroundColor = `#${(COLORS.background & 0xffffff).toString(16).padStart(6, '0')}`;
  if (options.context.env.emulator)
    installTestHook(window as unknown as Parameters<typeof installTestHook>[0], application);
}
