/**
 * Where the parts of the Live TV page sit on the 1920×1080 stage: the category column, the channel list, and the
 * preview window top right with the focused channel's programme under it.
 */
import type { Rect } from '../../player';
import { SAFE, STAGE_H, STAGE_W } from '../theme';

/** Top of both lists (under the page title). */
export const LISTS_Y = 150;
/** Height both lists may use. */
export const LISTS_H = STAGE_H - SAFE.y - LISTS_Y + 8;

export const CATEGORY_COLUMN = { x: SAFE.x, w: 380 } as const;
export const CHANNEL_COLUMN = { x: SAFE.x + 404, w: 664 } as const;

/** The preview picture: 16:9, top right. The page leaves it transparent so the video under the canvas shows. */
export const PREVIEW: Rect = { x: STAGE_W - SAFE.x - 640, y: SAFE.y, w: 640, h: 360 };

/** The programme details under the preview. */
export const DETAILS = { x: PREVIEW.x, y: PREVIEW.y + PREVIEW.h + 28, w: PREVIEW.w } as const;

/**
 * Four rectangles covering the stage around `hole`, so the page has a background everywhere but where the video
 * shows through (an opaque rectangle over the preview would hide the picture).
 */
export function backgroundAround(hole: Rect, stage = { w: STAGE_W, h: STAGE_H }): Rect[] {
  return [
    { x: 0, y: 0, w: stage.w, h: hole.y },
    { x: 0, y: hole.y + hole.h, w: stage.w, h: stage.h - hole.y - hole.h },
    { x: 0, y: hole.y, w: hole.x, h: hole.h },
    { x: hole.x + hole.w, y: hole.y, w: stage.w - hole.x - hole.w, h: hole.h },
  ].filter((r) => r.w > 0 && r.h > 0);
}
