/** Where a logo of `imageW`×`imageH` goes in a box of `boxW`×`boxH`: as large as fits, centred, never stretched. */
export function containIn(
  imageW: number,
  imageH: number,
  boxW: number,
  boxH: number,
): { x: number; y: number; w: number; h: number } {
  if (imageW <= 0 || imageH <= 0) return { x: 0, y: 0, w: boxW, h: boxH };
  const scale = Math.min(boxW / imageW, boxH / imageH);
  const w = Math.round(imageW * scale);
  const h = Math.round(imageH * scale);
  return { x: Math.floor((boxW - w) / 2), y: Math.floor((boxH - h) / 2), w, h };
}
