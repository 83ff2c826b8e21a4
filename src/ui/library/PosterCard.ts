import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';
import { PosterArt, type TileLook } from './PosterArt';

/** What a card shows: a title and the poster address the browser may load (already rewritten for the emulator). */
export interface PosterItem {
  title: string;
  posterUrl?: string;
  /** In a locked category: the poster stays hidden and the card says so. */
  locked?: boolean;
}

export interface PosterCardSpec extends Lightning.Component.TemplateSpec {
  Frame: object;
  Tile: object;
  Art: object;
  Badge: object;
}

/** The fixed size of every card: posters are 2:3. */
export const CARD = { w: 196, h: 294 } as const;
const FRAME = 6;

/** The title tile: the theme's raised surface with the title in muted text, up to four lines. */
const LOOK: TileLook = {
  radius: RADIUS,
  tileColor: COLORS.surfaceRaised,
  textColor: COLORS.textMuted,
  fontSize: FONT.small,
  lineHeight: 36,
  maxLines: 4,
  padding: 12,
};

/** A filled rounded rectangle in its own colour: drawn untinted, the 2D canvas skips a tint pass at every frame. */
function roundRect(
  w: number,
  h: number,
  radius: number,
  color: number,
): ReturnType<typeof Lightning.Tools.getRoundRect> {
  return Lightning.Tools.getRoundRect(w, h, radius, 0, 0, true, color);
}

/**
 * One poster of a grid. Its picture ({@link PosterArt}: the title tile, then the poster once the image arrives) is
 * drawn once into a canvas of the card's size, so a frame draws one bitmap per card. Until a card is drawn (while a
 * held key scrolls the grid) a plain tile shared by all cards stands in. The grid reuses cards:
 * {@link PosterCard.show} rebinds one, and a late image of the previous item is ignored.
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
        texture: roundRect(CARD.w + 2 * FRAME, CARD.h + 2 * FRAME, RADIUS + 4, COLORS.focus),
      },
      Tile: { texture: roundRect(CARD.w, CARD.h, RADIUS, COLORS.surfaceRaised) },
      Art: { visible: false },
      Badge: { x: 12, y: 12, visible: false, text: textStyle('', FONT.small, COLORS.warning) },
    };
  }

  readonly Frame = this.getByRef('Frame')!;
  readonly Tile = this.getByRef('Tile')!;
  readonly Art = this.getByRef('Art')!;
  readonly Badge = this.getByRef('Badge')!;
  private item: PosterItem | undefined;
  /** The item the picture shows (the bound item may not be drawn yet: see {@link bindQuietly}). */
  private drawn: PosterItem | undefined;
  private size: { w: number; h: number } = CARD;
  /** Created on the first draw: a card that is never drawn costs no canvas. */
  private art: PosterArt | undefined;

  /** The title (what the test hook reports for the focused card). */
  get label(): string {
    return this.item ? this.item.title : '';
  }

  /** The poster address asked for (or shown), undefined when none. */
  get requested(): string | undefined {
    return this.art ? this.art.requested : undefined;
  }

  /** Gives a single card (a details page's poster) another size than the grid's; call before `show`. */
  setSize(w: number, h: number): void {
    this.size = { w, h };
    this.patch({ w, h });
    this.Frame.texture = roundRect(w + 2 * FRAME, h + 2 * FRAME, RADIUS + 4, COLORS.focus);
    this.Tile.texture = roundRect(w, h, RADIUS, COLORS.surfaceRaised);
    if (this.art) this.art.cancel();
    this.art = undefined;
    this.drawn = undefined;
  }

  /**
   * Binds the card to an item and draws it: the title tile at once, the poster when it arrives. `loadImage` false
   * leaves the poster out (the grid's cards in the margin rows get theirs when they scroll into view).
   */
  show(item: PosterItem, loadImage: boolean): void {
    this.bindItem(item);
    const art = this.art || (this.art = new PosterArt(this.size.w, this.size.h, LOOK));
    if (this.drawn !== item) {
      this.drawn = item;
      art.drawTile(item.title);
      this.showArt(art);
    }
    const url = item.locked ? undefined : item.posterUrl;
    if (!url || !loadImage || url === art.requested) return;
    art.load(
      url,
      () => {
        if (this.drawn === item) this.showArt(art);
      },
      () => undefined,
    );
  }

  /**
   * Binds the card to an item but draws neither its title nor its poster: while a held key scrolls the grid, each
   * would be drawn for a card that is gone a few frames later. The plain tile stands in until the grid calls
   * {@link show} once the focus rests. The item is known at once (the focused card reports its title).
   */
  bindQuietly(item: PosterItem): void {
    this.bindItem(item);
    if (this.drawn === item) return;
    this.drawn = undefined;
    if (this.art) this.art.cancel();
    this.Art.visible = false;
    this.Tile.visible = true;
  }

  /** Stops loading the poster if it has not arrived yet; the grid's next {@link show} asks for it again. */
  pauseImage(): void {
    if (this.art) this.art.pause();
  }

  private showArt(art: PosterArt): void {
    this.Art.texture = art.texture() as unknown as Lightning.Element['texture'];
    this.Art.visible = true;
    this.Tile.visible = false;
  }

  private bindItem(item: PosterItem): void {
    if (this.item === item) return;
    this.item = item;
    this.Badge.visible = item.locked === true;
    if (item.locked) this.Badge.text = t('library.locked');
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
