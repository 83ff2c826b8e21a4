import type { AspectMode, Rect } from '../types';

/** The stage size rectangles refer to (the UI's layout space and AVPlay's fixed display space). */
export const STAGE = { w: 1920, h: 1080 } as const;

/** How the picture is scaled inside its box: letterboxed, stretched, or cropped to cover. */
export type PictureFit = 'contain' | 'fill' | 'cover';

/** Where the picture goes and how it fills that box. */
export interface PictureBox {
  rect: Rect;
  fit: PictureFit;
}

/** The largest box of `ratio` (width/height) centred in `rect`. */
function centredBox(rect: Rect, ratio: number): Rect {
  let w = rect.w;
  let h = w / ratio;
  if (h > rect.h) {
    h = rect.h;
    w = h * ratio;
  }
  return {
    x: Math.round(rect.x + (rect.w - w) / 2),
    y: Math.round(rect.y + (rect.h - h) / 2),
    w: Math.round(w),
    h: Math.round(h),
  };
}

/**
 * The box and scaling for an aspect mode in `rect` (full screen when undefined): `fit` letterboxes, `fill`
 * stretches, `zoom` crops to cover, `16:9`/`4:3` force that shape (stretching the picture into it), which fixes
 * channels that send the wrong aspect flag.
 */
export function pictureBox(mode: AspectMode, rect: Rect = { x: 0, y: 0, w: STAGE.w, h: STAGE.h }): PictureBox {
  switch (mode) {
    case 'fill':
      return { rect, fit: 'fill' };
    case 'zoom':
      return { rect, fit: 'cover' };
    case '16:9':
      return { rect: centredBox(rect, 16 / 9), fit: 'fill' };
    case '4:3':
      return { rect: centredBox(rect, 4 / 3), fit: 'fill' };
    default:
      return { rect, fit: 'contain' };
  }
}

/** Every aspect mode, in the order a remote's "picture size" key cycles through them. */
export const ASPECT_MODES: readonly AspectMode[] = ['fit', 'fill', 'zoom', '16:9', '4:3'];

/** The mode after `mode` in {@link ASPECT_MODES}, wrapping around. */
export function nextAspectMode(mode: AspectMode): AspectMode {
  return ASPECT_MODES[(ASPECT_MODES.indexOf(mode) + 1) % ASPECT_MODES.length];
}
