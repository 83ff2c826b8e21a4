import { Lightning } from '@lightningjs/sdk';
import { rowBackground, ROW_COLORS } from '../components/rowBackground';
import type { ListRow } from '../components/VirtualList';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import type { LiveCategory } from './categories';

/** What every category row reads besides its category. */
export interface CategoryRowContext {
  /** Whether the channel list shows this category (marked while the focus is in the channel list). */
  isOpen(category: LiveCategory): boolean;
}

export interface CategoryRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Mark: object;
  Name: object;
  Count: object;
  Lock: { Shackle: object; Body: object };
}

/** Height of a category row. */
export const CATEGORY_ROW_H = 72;
const LOCK_W = 22;

/**
 * A row of the category column: the name, the channel count on the right, and a padlock (drawn, so it needs no icon
 * font) on a locked category.
 */
export class CategoryRow
  extends Lightning.Component<CategoryRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<CategoryRowSpec>, ListRow<LiveCategory>
{
  static override _template(): Lightning.Component.Template<CategoryRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Mark: { x: 0, y: 14, w: 6, h: CATEGORY_ROW_H - 28, rect: true, color: COLORS.focus, visible: false },
      Name: { x: 24, y: 18, text: textStyle('', FONT.small, COLORS.text, { maxLines: 1 }) },
      Count: { y: 20, mountX: 1, color: COLORS.textMuted, text: textStyle('', 26, 0xffffffff) },
      Lock: {
        y: 22,
        visible: false,
        Shackle: {
          x: 4,
          texture: Lightning.Tools.getRoundRect(LOCK_W - 8, 20, 7, 3, 0xffffffff, false, 0),
          color: COLORS.warning,
        },
        Body: { y: 10, w: LOCK_W, h: 18, rect: true, color: COLORS.warning },
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Mark = this.getByRef('Mark')!;
  readonly Name = this.getByRef('Name')!;
  readonly Count = this.getByRef('Count')!;
  readonly Lock = this.getByRef('Lock')!;
  private title = '';
  private locked = false;
  private context: CategoryRowContext | undefined;

  /** Hands the row what every row of its list shares; call before the first item. */
  useContext(context: CategoryRowContext): void {
    this.context = context;
  }

  /** The category's name (what the test hook reports for the focused row). */
  get label(): string {
    return this.title;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Count.x = this.w - 20;
    this.Lock.x = this.w - 120;
    this.fitName();
  }

  showItem(category: LiveCategory): void {
    this.title = category.name;
    this.Name.text = category.name;
    this.Count.text = String(category.count);
    this.Lock.visible = category.locked;
    this.Mark.visible = this.context ? this.context.isOpen(category) : false;
    if (category.locked !== this.locked) {
      this.locked = category.locked;
      this.fitName();
    }
  }

  /** Leaves room for the count, and for the padlock when there is one. */
  private fitName(): void {
    this.Name.patch({ text: { wordWrapWidth: this.w - (this.locked ? 160 : 110) } });
  }

  override _focus(): void {
    this.Bg.color = ROW_COLORS.focused;
    this.Count.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = ROW_COLORS.idle;
    this.Count.color = COLORS.textMuted;
  }
}
