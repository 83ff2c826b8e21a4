/**
 * The options the Lightning application is built with: what the SDK's launcher used to merge in (its default keys,
 * the smaller stage of a 720-line browser) with the app's own on top. Plain data, so it is tested without a stage.
 */
import { STAGE_H, STAGE_W } from './theme';

/**
 * Key codes the SDK's launcher added under every key map (`Menu` on Escape, the media and search keys of some
 * remotes); the platform's own map wins where it names the same code. Kept so that every key does what it did.
 */
export const SDK_DEFAULT_KEYS: Readonly<Record<number, string>> = {
  8: 'Back',
  13: 'Enter',
  27: 'Menu',
  37: 'Left',
  38: 'Up',
  39: 'Right',
  40: 'Down',
  174: 'ChannelDown',
  175: 'ChannelUp',
  178: 'Stop',
  250: 'PlayPause',
  191: 'Search',
  409: 'Search',
};

/** What the stage is built with. */
export interface StageOptions {
  /** Lightning's `keys` option: key code → handler name, from the platform's key map. */
  keys: Record<number, string>;
  canvas2d: boolean;
  clearColor: number;
  defaultFontFace: string;
  /** The viewport's height (`window.innerHeight`): a 720-line browser gets a stage drawn at 2/3 of the size. */
  viewportHeight: number;
  /** A drawing context made beforehand for a canvas of the stage's size (src/ui/earlyCanvas.ts); else Lightning's. */
  context?: unknown;
}

/** The stage canvas's own size and the precision the 1920×1080 layout is drawn at on it. */
export function stageCanvasSize(viewportHeight: number): { w: number; h: number; precision: number } {
  // As the SDK's launcher did: a 1280×720 browser draws the 1920×1080 layout at 2/3 of its size.
  const precision = viewportHeight === 720 ? 1280 / 1920 : 1;
  return { w: Math.round(STAGE_W * precision), h: Math.round(STAGE_H * precision), precision };
}

/** The options of {@link Lightning.Application}: the SDK launcher's defaults with the app's own on top. */
export function applicationOptions(options: StageOptions): Record<string, unknown> {
  // The canvas's own size; the layout stays 1920×1080 and is drawn at `precision` of it.
  const { w, h, precision } = stageCanvasSize(options.viewportHeight);
  return {
    stage: {
      w,
      h,
      precision,
      ...(options.context ? { context: options.context } : {}),
      clearColor: options.clearColor,
      canvas2d: options.canvas2d,
      // The image worker decodes with createImageBitmap, which rejects SVG; providers do use SVG channel logos.
      useImageWorker: false,
    },
    keys: { ...SDK_DEFAULT_KEYS, ...options.keys },
    defaultFontFace: options.defaultFontFace,
    debug: false,
  };
}
