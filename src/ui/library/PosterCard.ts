import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

/** What a card shows: a title and the poster address the browser may load (already rewritten for the emulator). */
export interface PosterItem {
  title: string;
  posterUrl?: string;
  /** In a locked category: the poster stays hidden and the card says so. */
  locked?: boolean;
}

export interface PosterCardSpec extends Lightning.Component.TemplateSpec {
  Frame: object;
  Placeholder: { Title: object };
  Poster: object;
  Badge: object;
}

/** The fixed size of every card: posters are 2:3. */
export const CARD = { w: 196, h: 294 } as const;
const FRAME = 6;

/**
 * One poster of a grid. Until the image arrives (and when it fails or there is none) a tile with the title stands in
 * for it, so a card is never blank. The grid reuses cards: {@link PosterCard.show} rebinds one, and a late image of
 * the previous item is ignored.
 */
export class PosterCard
  extends Lightning.Component<PosterCardSpec>
  implements Lightning.Component.ImplementTemplateSpec<PosterCardSpec>
{
  static override _template(): Lightning.Component.Template<PosterCardSpec> {
    return {
      w: CARD.w,
      h: CARD.h,
      Frame: {
        x: -FRAME,
        y: -FRAME,
        visible: false,
        texture: Lightning.Tools.getRoundRect(
          CARD.w + 2 * FRAME,
          CARD.h + 2 * FRAME,
          RADIUS + 4,
          0,
          0,
          true,
          0xffffffff,
        ),
        color: COLORS.focus,
      },
      Placeholder: {
        texture: Lightning.Tools.getRoundRect(CARD.w, CARD.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surfaceRaised,
        Title: {
          x: CARD.w / 2,
          y: CARD.h / 2,
          mount: 0.5,
          text: textStyle('', FONT.small, COLORS.textMuted, {
            wordWrapWidth: CARD.w - 24,
            textAlign: 'center',
            maxLines: 4,
            lineHeight: 36,
          }),
        },
      },
      Poster: { w: CARD.w, h: CARD.h },
      Badge: { x: 12, y: 12, visible: false, text: textStyle('', FONT.small, COLORS.warning) },
    };
  }

  readonly Frame = this.getByRef('Frame')!;
  readonly Placeholder = this.getByRef('Placeholder')!;
  readonly Title = this.Placeholder.getByRef('Title')!;
  readonly Poster = this.getByRef('Poster')!;
  readonly Badge = this.getByRef('Badge')!;
  private item: PosterItem | undefined;
  /** The item whose title the card's text shows (the bound item may not be drawn yet: see {@link bindQuietly}). */
  private titled: PosterItem | undefined;
  private size: { w: number; h: number } = CARD;
  /** The poster address asked for, so a late answer for an earlier item is ignored. */
  private requested: string | undefined;

  /** The title (what the test hook reports for the focused card). */
  get label(): string {
    return this.item ? this.item.title : '';
  }

  /** Gives a single card (a details page's poster) another size than the grid's; call before `show`. */
  setSize(w: number, h: number): void {
    this.size = { w, h };
    this.patch({ w, h });
    this.Frame.texture = Lightning.Tools.getRoundRect(w + 2 * FRAME, h + 2 * FRAME, RADIUS + 4, 0, 0, true, 0xffffffff);
    this.Placeholder.texture = Lightning.Tools.getRoundRect(w, h, RADIUS, 0, 0, true, 0xffffffff);
    this.Title.patch({ x: w / 2, y: h / 2, text: { wordWrapWidth: w - 24 } });
    this.Poster.patch({ w, h });
  }

  override _init(): void {
    this.Poster.on('txLoaded', () => {
      if (this.requested !== undefined) this.Placeholder.visible = false;
    });
    this.Poster.on('txError', () => {
      this.Placeholder.visible = true;
      this.Poster.visible = false;
    });
  }

  /**
   * Binds the card to an item. `loadImage` is false for cards in the margin rows: they get their poster when they
   * scroll into view (the grid calls again with true), so only visible cards cost an image.
   */
  show(item: PosterItem, loadImage: boolean): void {
    this.bindItem(item);
    if (this.titled !== item) {
      this.titled = item;
      this.Title.text = item.title;
      this.Title.visible = true;
    }
    const url = item.locked ? undefined : item.posterUrl;
    if (url === this.requested) return;
    if (!url || !loadImage) {
      // Another item's poster must not linger on this card while its own is not asked for.
      if (this.requested !== undefined) this.clearImage();
      return;
    }
    this.requested = url;
    this.Placeholder.visible = true;
    this.Poster.visible = true;
    this.Poster.texture = {
      type: Lightning.textures.ImageTexture,
      src: url,
      resizeMode: { type: 'cover', w: this.size.w, h: this.size.h },
    };
  }

  /**
   * Binds the card to an item but draws neither its title nor its poster: while a held key scrolls the grid, each
   * title would be a text texture rendered for a card that is gone a few frames later. The grid calls
   * {@link show} once the focus rests. The item is known at once (the focused card reports its title).
   */
  bindQuietly(item: PosterItem): void {
    this.bindItem(item);
    if (this.titled !== item) {
      this.titled = undefined;
      this.Title.visible = false;
    }
    if (this.requested !== undefined) this.clearImage();
  }

  private bindItem(item: PosterItem): void {
    if (this.item === item) return;
    this.item = item;
    this.Badge.visible = item.locked === true;
    if (item.locked) this.Badge.text = t('library.locked');
  }

  private clearImage(): void {
    this.requested = undefined;
    this.Placeholder.visible = true;
    this.Poster.visible = false;
    this.Poster.texture = null;
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
