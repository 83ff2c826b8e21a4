import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { rowBackground, ROW_COLORS } from './rowBackground';
import type { ListRow } from './VirtualList';

/** One line of a text list: a title and, on the right, a detail such as a count. */
export interface TextRowItem {
  title: string;
  detail?: string;
}

export interface TextRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Title: object;
  Detail: object;
}

/** A list row showing a {@link TextRowItem}. */
export class TextRow
  extends Lightning.Component<TextRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<TextRowSpec>, ListRow<TextRowItem>
{
  static override _template(): Lightning.Component.Template<TextRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Title: {
        x: 32,
        y: (h: number) => h / 2,
        mountY: 0.5,
        text: textStyle('', FONT.body, COLORS.text, { maxLines: 1 }),
      },
      Detail: { mountX: 1, mountY: 0.5, color: COLORS.textMuted, text: textStyle('', FONT.small, 0xffffffff) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Title = this.getByRef('Title')!;
  readonly Detail = this.getByRef('Detail')!;
  private title = '';

  /** The row's title (what the test hook reports for the focused row). */
  get label(): string {
    return this.title;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Title.patch({ y: this.h / 2 + 2, text: { wordWrapWidth: this.w - 260 } });
    this.Detail.patch({ x: this.w - 32, y: this.h / 2 + 2 });
  }

  showItem(item: TextRowItem): void {
    this.title = item.title;
    this.Title.text = item.title;
    this.Detail.text = item.detail ?? '';
  }

  override _focus(): void {
    this.Bg.color = ROW_COLORS.focused;
    this.Detail.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = ROW_COLORS.idle;
    this.Detail.color = COLORS.textMuted;
  }
}
