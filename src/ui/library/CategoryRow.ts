import { Lightning } from '@lightningjs/sdk';
import { rowBackground, ROW_COLORS } from '../components/rowBackground';
import type { ListRow } from '../components/VirtualList';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

/** One entry of the category rail: a name and a short detail (the count, or "Locked"). */
export interface CategoryRowItem {
  id: string;
  name: string;
  detail: string;
}

export interface CategoryRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Name: object;
  Detail: object;
}

/** A row of the narrow category rail: the name gets most of the width, the detail sits right-aligned after it. */
export class CategoryRow
  extends Lightning.Component<CategoryRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<CategoryRowSpec>, ListRow<CategoryRowItem>
{
  static override _template(): Lightning.Component.Template<CategoryRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Name: { x: 24, mountY: 0.5, text: textStyle('', FONT.small, COLORS.text, { maxLines: 1 }) },
      Detail: { mountX: 1, mountY: 0.5, color: COLORS.textMuted, text: textStyle('', 24, 0xffffffff) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Name = this.getByRef('Name')!;
  readonly Detail = this.getByRef('Detail')!;
  private name = '';

  get label(): string {
    return this.name;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Name.patch({ y: this.h / 2 + 2, text: { wordWrapWidth: this.w - 130 } });
    this.Detail.patch({ x: this.w - 20, y: this.h / 2 + 2 });
  }

  showItem(item: CategoryRowItem): void {
    this.name = item.name;
    this.Name.text = item.name;
    this.Detail.text = item.detail;
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
