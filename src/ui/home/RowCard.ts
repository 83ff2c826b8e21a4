import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';
import type { RowItem } from './rowItems';

export interface RowCardSpec extends Lightning.Component.TemplateSpec {
  Frame: object;
  Placeholder: { Title: object };
  Image: object;
  Track: { Fill: object };
}

/** How a card of a row is shaped: posters fill the card, channel logos sit inside it whole. */
export interface CardShape {
  w: number;
  h: number;
  fit: 'cover' | 'contain';
}

const FRAME = 6;
/** Space around a logo inside its tile. */
const LOGO_PAD = 18;
const TRACK_H = 8;

/**
 * One card of a home row: the image (poster, series cover or channel logo) with the title standing in until it
 * arrives or when there is none, and for things stopped part-way a bar of how far in. A row reuses its cards as it
 * scrolls: {@link RowCard.show} rebinds one, and a late image of the previous item is ignored.
 */
export class RowCard
  extends Lightning.Component<RowCardSpec>
  implements Lightning.Component.ImplementTemplateSpec<RowCardSpec>
{
  static override _template(): Lightning.Component.Template<RowCardSpec> {
    return {
      Frame: { x: -FRAME, y: -FRAME, visible: false, color: COLORS.focus },
      Placeholder: {
        color: COLORS.surfaceRaised,
        Title: { mount: 0.5, text: textStyle('', FONT.small, COLORS.textMuted, { textAlign: 'center', maxLines: 3 }) },
      },
      Image: {},
      Track: {
        rect: true,
        h: TRACK_H,
        color: 0xcc000000,
        visible: false,
        Fill: { rect: true, h: TRACK_H, w: 0, color: COLORS.focus },
      },
    };
  }

  readonly Frame = this.getByRef('Frame')!;
  readonly Placeholder = this.getByRef('Placeholder')!;
  readonly Title = this.Placeholder.getByRef('Title')!;
  readonly Image = this.getByRef('Image')!;
  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  private item: RowItem | undefined;
  private shape: CardShape = { w: 140, h: 210, fit: 'cover' };
  /** The image address asked for, so a late answer for an earlier item is ignored. */
  private requested: string | undefined;

  /** The title (what the test hook reports for the focused card). */
  get label(): string {
    return this.item ? this.item.title : '';
  }

  /** Sizes the card (once, before the first {@link show}). */
  setShape(shape: CardShape): void {
    this.shape = shape;
    const { w, h } = shape;
    const round = (rw: number, rh: number, r: number) =>
      Lightning.Tools.getRoundRect(rw, rh, r, 0, 0, true, 0xffffffff);
    this.patch({ w, h });
    this.Frame.texture = round(w + 2 * FRAME, h + 2 * FRAME, RADIUS + 4);
    this.Placeholder.texture = round(w, h, RADIUS);
    this.Title.patch({ x: w / 2, y: h / 2, text: { wordWrapWidth: w - 20 } });
    // A logo is centred at its own size (contain sets it); a poster fills the card.
    if (shape.fit === 'contain') this.Image.patch({ mount: 0.5, x: w / 2, y: h / 2 });
    else this.Image.patch({ x: 0, y: 0, w, h });
    this.Track.patch({ x: 10, y: h - TRACK_H - 10, w: w - 20 });
  }

  override _init(): void {
    this.Image.on('txLoaded', () => {
      // A logo keeps its tile behind it; a poster covers the whole card.
      if (this.requested !== undefined) this.Title.visible = false;
    });
    this.Image.on('txError', () => {
      this.Title.visible = true;
      this.Image.visible = false;
    });
  }

  /** Binds the card to `item`, asking for `imageUrl` (already rewritten for the emulator) when it changed. */
  show(item: RowItem, imageUrl: string | undefined): void {
    this.item = item;
    this.Title.text = item.title;
    const progress = item.progress;
    this.Track.visible = progress !== undefined;
    this.Fill.w = progress !== undefined ? Math.round((this.shape.w - 20) * progress) : 0;
    if (imageUrl === this.requested) return;
    this.requested = imageUrl;
    this.Title.visible = true;
    if (!imageUrl) {
      this.Image.patch({ visible: false, texture: null });
      return;
    }
    const pad = this.shape.fit === 'contain' ? LOGO_PAD : 0;
    this.Image.patch({
      visible: true,
      texture: {
        type: Lightning.textures.ImageTexture,
        src: imageUrl,
        resizeMode: { type: this.shape.fit, w: this.shape.w - 2 * pad, h: this.shape.h - 2 * pad },
      },
    });
  }

  override _focus(): void {
    this.Frame.visible = true;
    this.scale = 1.06;
  }

  override _unfocus(): void {
    this.Frame.visible = false;
    this.scale = 1;
  }
}
