import { Lightning } from '@lightningjs/sdk';
import { FONT } from '../theme';
import { coverCrop, wrapTitle } from './posterLayout';

/** How a card's title tile looks (the stand-in until the poster arrives). */
export interface TileLook {
  radius: number;
  /** Lightning ARGB colours. */
  tileColor: number;
  textColor: number;
  fontSize: number;
  lineHeight: number;
  maxLines: number;
  /** Space kept free left and right of the title. */
  padding: number;
}

/**
 * Images loading at once, all cards together. Each arriving SVG poster is parsed on the main thread (tens of ms on a
 * TV's CPU); a few at a time spreads that over frames, and a held key that starts while posters are still coming
 * cancels the waiting ones before they cost anything.
 */
const PARALLEL_LOADS = 2;
let running = 0;
const waiting: PosterArt[] = [];

function pump(): void {
  while (running < PARALLEL_LOADS && waiting.length > 0) {
    running++;
    (waiting.shift() as PosterArt).start();
  }
}

/** A Lightning texture setting that shows a canvas. */
export type CanvasTextureSettings = {
  type: typeof Lightning.textures.StaticCanvasTexture;
  content: { factory: (cb: (err: unknown, canvas?: HTMLCanvasElement) => void) => void };
};

function cssColor(argb: number): string {
  const a = ((argb >>> 24) & 0xff) / 255;
  return `rgba(${(argb >>> 16) & 0xff},${(argb >>> 8) & 0xff},${argb & 0xff},${a})`;
}

function roundRectPath(ctx: CanvasRenderingContext2D, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(r, 0);
  ctx.lineTo(w - r, 0);
  ctx.arcTo(w, 0, w, r, r);
  ctx.lineTo(w, h - r);
  ctx.arcTo(w, h, w - r, h, r);
  ctx.lineTo(r, h);
  ctx.arcTo(0, h, 0, h - r, r);
  ctx.lineTo(0, r);
  ctx.arcTo(0, 0, r, 0, r);
  ctx.closePath();
}

/**
 * The picture of one poster card, drawn once into a canvas of the card's size: the title tile first, the poster
 * over it when its image arrives (scaled and cropped once, here). The stage then draws one bitmap of the right size
 * per card and frame, instead of a tile, a title texture and an image scaled at every frame. One canvas serves a
 * card for its whole life, whatever item it shows; a late image of an item the card no longer shows is dropped.
 */
export class PosterArt {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** The image loading (started), if any. */
  private image: HTMLImageElement | undefined;
  /** The address of the image asked for or drawn. */
  private src: string | undefined;
  /** What to call when the asked-for image is drawn, or cannot be loaded. */
  private done: { drawn: () => void; failed: () => void } | undefined;

  constructor(
    readonly w: number,
    readonly h: number,
    private readonly look: TileLook,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = w;
    this.canvas.height = h;
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
  }

  /** The image address asked for (or drawn), undefined when none. */
  get requested(): string | undefined {
    return this.src;
  }

  /**
   * A new texture setting for the canvas as it is now. Each change of the picture gets a new one: WebGL uploads a
   * texture once, so it must be told that the canvas changed (the 2D canvas draws it directly either way).
   */
  texture(): CanvasTextureSettings {
    const canvas = this.canvas;
    return {
      type: Lightning.textures.StaticCanvasTexture,
      content: { factory: (cb) => cb(null, canvas) },
    };
  }

  /** Draws the tile with `title` centred on it (and forgets any poster). */
  drawTile(title: string): void {
    this.cancel();
    const { ctx, w, h, look } = this;
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = cssColor(look.tileColor);
    roundRectPath(ctx, w, h, look.radius);
    ctx.fill();
    ctx.font = `${look.fontSize}px ${FONT.face}`;
    ctx.fillStyle = cssColor(look.textColor);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const lines = wrapTitle(title, w - 2 * look.padding, look.maxLines, (text) => ctx.measureText(text).width);
    const top = h / 2 - ((lines.length - 1) * look.lineHeight) / 2;
    for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i], w / 2, top + i * look.lineHeight);
  }

  /**
   * Loads `src` and calls `drawn` once it is drawn over the tile; `failed` if it cannot be loaded (the tile stays).
   * Asking again for the address being loaded or shown does nothing.
   */
  load(src: string, drawn: () => void, failed: () => void): void {
    if (src === this.src) return;
    this.cancel();
    this.src = src;
    this.done = { drawn, failed };
    waiting.push(this);
    pump();
  }

  /** Stops a load under way or waiting (its answer is ignored) and forgets the address. */
  cancel(): void {
    this.src = undefined;
    this.done = undefined;
    const queued = waiting.indexOf(this);
    if (queued >= 0) waiting.splice(queued, 1);
    if (this.image) this.settle(this.image);
  }

  /** Stops a load not finished yet, so that asking again restarts it; a poster already drawn stays. */
  pause(): void {
    if (this.done) this.cancel();
  }

  /** Starts loading the asked-for image; only the load queue calls this. */
  start(): void {
    const src = this.src as string;
    const image = new Image();
    // As Lightning's own image textures: a WebGL stage cannot upload a canvas an opaque foreign image tainted.
    if (src.indexOf('data:') !== 0) image.crossOrigin = 'anonymous';
    image.onload = () => {
      const done = this.done;
      this.settle(image);
      this.done = undefined;
      this.drawImage(image);
      if (done) done.drawn();
    };
    image.onerror = () => {
      const done = this.done;
      this.settle(image);
      this.done = undefined;
      if (done) done.failed();
    };
    this.image = image;
    image.src = src;
  }

  /** Ends the load of `image` (answered or cancelled) and lets the next waiting one start. */
  private settle(image: HTMLImageElement): void {
    this.image = undefined;
    image.onload = null;
    image.onerror = null;
    // Dropping the address stops a download still under way where the browser can.
    if (!image.complete) image.removeAttribute('src');
    running--;
    pump();
  }

  private drawImage(image: HTMLImageElement): void {
    const { ctx, w, h, look } = this;
    const crop = coverCrop(image.naturalWidth || image.width, image.naturalHeight || image.height, w, h);
    ctx.save();
    roundRectPath(ctx, w, h, look.radius);
    ctx.clip();
    ctx.clearRect(0, 0, w, h);
    // An image without a size of its own (an SVG without width and height) is stretched over the card.
    if (crop.w > 0 && crop.h > 0) ctx.drawImage(image, crop.x, crop.y, crop.w, crop.h, 0, 0, w, h);
    else ctx.drawImage(image, 0, 0, w, h);
    ctx.restore();
  }
}
