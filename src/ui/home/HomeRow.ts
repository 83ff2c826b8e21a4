import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { RowCard, type CardShape } from './RowCard';
import type { RowItem } from './rowItems';

export interface HomeRowSpec extends Lightning.Component.TemplateSpec {
  Heading: object;
  Hint: object;
  Cards: object;
  Detail: object;
}

const CARDS_Y = 52;
const CARD_GAP = 24;
const DETAIL_GAP = 18;
/** The height of a row's detail line. */
const DETAIL_H = 40;

/**
 * One row of the home page: a heading, as many cards as fit across (no more are ever created: scrolling rebinds
 * them), and under the cards a line about the focused one. Left/Right move along the row; Left from the first card
 * and every other key go to the page. The colour-key hint shows while the row has the focus.
 */
export class HomeRow
  extends Lightning.Component<HomeRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomeRowSpec>
{
  static override _template(): Lightning.Component.Template<HomeRowSpec> {
    return {
      Heading: { text: textStyle('', FONT.body, COLORS.text) },
      Hint: { mountX: 1, y: 4, visible: false, text: textStyle('', FONT.small, COLORS.textMuted) },
      Cards: { y: CARDS_Y },
      Detail: { text: textStyle('', FONT.small, COLORS.textMuted, { maxLines: 1 }) },
    };
  }

  readonly Heading = this.getByRef('Heading')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Cards = this.getByRef('Cards')!;
  readonly Detail = this.getByRef('Detail')!;
  private items: RowItem[] = [];
  private index = 0;
  /** The item shown on the first card. */
  private first = 0;
  private shape: CardShape = { w: 140, h: 210, fit: 'cover' };
  private imageOf: (item: RowItem) => string | undefined = () => undefined;

  /** Sizes the row: cards of `shape` across `width` pixels (call once). */
  configure(shape: CardShape, width: number, imageOf: (item: RowItem) => string | undefined): void {
    this.shape = shape;
    this.imageOf = imageOf;
    const count = Math.max(1, Math.floor((width + CARD_GAP) / (shape.w + CARD_GAP)));
    this.Hint.x = width;
    this.Detail.patch({ y: CARDS_Y + shape.h + DETAIL_GAP, text: { wordWrapWidth: width } });
    this.Cards.children = Array.from({ length: count }, (_unused, i) => ({
      type: RowCard,
      ref: `Card${i}`,
      x: i * (shape.w + CARD_GAP),
    }));
    this.Cards.children.forEach((card) => (card as RowCard).setShape(shape));
  }

  /** The row's height on the page. */
  get rowHeight(): number {
    return CARDS_Y + this.shape.h + DETAIL_GAP + DETAIL_H;
  }

  /** The focused item. */
  get current(): RowItem | undefined {
    return this.items[this.index];
  }

  /** The focused item's position in the row. */
  get currentIndex(): number {
    return this.index;
  }

  get length(): number {
    return this.items.length;
  }

  /**
   * Shows `items` under `heading`. With `keepPlace` the focus stays on the same item when it is still there;
   * without, the row starts again from its first (newest) item.
   */
  setItems(heading: string, hint: string, items: RowItem[], keepPlace: boolean): void {
    const focusedItem = keepPlace ? this.current : undefined;
    this.items = items;
    this.Heading.text = heading;
    this.Hint.text = hint;
    const kept = focusedItem ? items.findIndex((i) => i.kind === focusedItem.kind && i.id === focusedItem.id) : -1;
    if (!keepPlace) this.index = 0;
    else this.index = kept >= 0 ? kept : Math.max(0, Math.min(this.index, items.length - 1));
    if (!keepPlace) this.first = 0;
    this.first = Math.max(0, Math.min(this.first, items.length - this.cards().length));
    if (this.index < this.first) this.first = this.index;
    this.bind();
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.cards()[this.index - this.first];
  }

  override _focus(): void {
    this.Hint.visible = true;
    this.Detail.patch({ text: { textColor: COLORS.text } });
  }

  override _unfocus(): void {
    this.Hint.visible = false;
    this.Detail.patch({ text: { textColor: COLORS.textMuted } });
  }

  override _handleLeft(): boolean {
    if (this.index === 0) return false;
    this.moveTo(this.index - 1);
    return true;
  }

  override _handleRight(): void {
    if (this.index < this.items.length - 1) this.moveTo(this.index + 1);
  }

  private cards(): RowCard[] {
    return this.Cards.children as unknown as RowCard[];
  }

  private moveTo(index: number): void {
    this.index = index;
    const visible = this.cards().length;
    if (index < this.first) this.first = index;
    else if (index >= this.first + visible) this.first = index - visible + 1;
    this.bind();
    this._refocus();
  }

  /** Binds the cards to the items from {@link first}; cards past the end hide. */
  private bind(): void {
    this.cards().forEach((card, slot) => {
      const item = this.items[this.first + slot];
      card.visible = item !== undefined;
      if (item) card.show(item, this.imageOf(item));
    });
    const current = this.current;
    this.Detail.text = current ? current.detail : '';
  }
}
