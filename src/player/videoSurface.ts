/** A rectangle in stage coordinates (the 1920×1080 space the UI is laid out in). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The stage size rectangles refer to. */
export const STAGE = { w: 1920, h: 1080 } as const;

/**
 * Creates the `<video>` element the streams play in. It sits BEHIND the transparent Lightning canvas (first child of
 * the body, z-index 0): on TVs the video plane is under the web layer anyway, so the UI draws on top with alpha.
 */
export function createVideoSurface(doc: Document): HTMLVideoElement {
  const video = doc.createElement('video');
  video.setAttribute('playsinline', '');
  video.setAttribute('data-tvplayer', 'video');
  const style = video.style;
  style.position = 'fixed';
  style.zIndex = '0';
  style.backgroundColor = '#000';
  style.objectFit = 'contain';
  style.display = 'none';
  placeVideo(video);
  const body = doc.body;
  body.insertBefore(video, body.firstChild);
  return video;
}

/**
 * Positions the video over `rect` (stage coordinates), or full screen without one. Percentages keep it aligned with
 * the canvas whatever the window size.
 */
export function placeVideo(video: HTMLVideoElement, rect?: Rect): void {
  const r = rect ?? { x: 0, y: 0, w: STAGE.w, h: STAGE.h };
  const style = video.style;
  style.left = `${(r.x / STAGE.w) * 100}%`;
  style.top = `${(r.y / STAGE.h) * 100}%`;
  style.width = `${(r.w / STAGE.w) * 100}%`;
  style.height = `${(r.h / STAGE.h) * 100}%`;
}
