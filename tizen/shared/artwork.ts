// The app's icon and splash, drawn in code (a blue disc with a white play sign on the app's dark background).
import { RgbaImage } from './png';

type Rgb = readonly [number, number, number];

const BACKGROUND_TOP: Rgb = [0x16, 0x21, 0x3a];
const BACKGROUND_BOTTOM: Rgb = [0x0b, 0x0f, 0x17]; // the app's own background colour (appinfo.json bgColor)
const ACCENT: Rgb = [0x2f, 0x80, 0xed];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

function blend(image: RgbaImage, x: number, y: number, colour: Rgb, coverage: number): void {
  if (coverage <= 0) return;
  const i = (y * image.width + x) * 4;
  for (let c = 0; c < 3; c++) {
    image.pixels[i + c] = Math.round(image.pixels[i + c] * (1 - coverage) + colour[c] * coverage);
  }
}

function fillBackground(image: RgbaImage): void {
  for (let y = 0; y < image.height; y++) {
    const t = image.height > 1 ? y / (image.height - 1) : 0;
    const mix = (c: number): number => Math.round(BACKGROUND_TOP[c] + (BACKGROUND_BOTTOM[c] - BACKGROUND_TOP[c]) * t);
    const [r, g, b] = [mix(0), mix(1), mix(2)];
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      image.pixels[i] = r;
      image.pixels[i + 1] = g;
      image.pixels[i + 2] = b;
      image.pixels[i + 3] = 0xff;
    }
  }
}

/** Signed distance from a point to the inside of a convex polygon given clockwise on screen (positive inside). */
function insideDistance(px: number, py: number, corners: ReadonlyArray<readonly [number, number]>): number {
  let nearest = Infinity;
  for (let k = 0; k < corners.length; k++) {
    const [ax, ay] = corners[k];
    const [bx, by] = corners[(k + 1) % corners.length];
    const ex = bx - ax;
    const ey = by - ay;
    const length = Math.hypot(ex, ey);
    // With y pointing down, the inside of a clockwise polygon lies to the right of each edge.
    nearest = Math.min(nearest, ((px - ax) * -ey + (py - ay) * ex) / length);
  }
  return nearest;
}

/** Paints the logo (disc + play sign) centred on (cx, cy) with the given disc radius. */
function paintLogo(image: RgbaImage, cx: number, cy: number, radius: number): void {
  const triangle: ReadonlyArray<readonly [number, number]> = [
    [cx - radius * 0.32, cy - radius * 0.48],
    [cx + radius * 0.52, cy],
    [cx - radius * 0.32, cy + radius * 0.48],
  ];
  const top = Math.max(0, Math.floor(cy - radius - 1));
  const bottom = Math.min(image.height - 1, Math.ceil(cy + radius + 1));
  const left = Math.max(0, Math.floor(cx - radius - 1));
  const right = Math.min(image.width - 1, Math.ceil(cx + radius + 1));
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      blend(image, x, y, ACCENT, clamp01(radius - Math.hypot(px - cx, py - cy) + 0.5));
      blend(image, x, y, WHITE, clamp01(insideDistance(px, py, triangle) + 0.5));
    }
  }
}

function blankImage(width: number, height: number): RgbaImage {
  const image = { width, height, pixels: new Uint8Array(width * height * 4) };
  fillBackground(image);
  return image;
}

/** A square app icon of `size` pixels (Tizen 512×512; webOS 80×80 and 130×130). */
export function drawAppIcon(size: number): RgbaImage {
  const image = blankImage(size, size);
  paintLogo(image, size / 2, size / 2, size * 0.36);
  return image;
}

/** A full-screen splash (webOS `splashBackground`, 1920×1080) with the logo in the middle. */
export function drawSplash(width: number, height: number): RgbaImage {
  const image = blankImage(width, height);
  paintLogo(image, width / 2, height / 2, Math.min(width, height) * 0.16);
  return image;
}
