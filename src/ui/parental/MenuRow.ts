import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface MenuRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Label: object;
  Value: object;
  Chevron: object;
}

/** Size of a row of the parental page. */
export const MENU_ROW = { w: 1200, h: 96 } as const;

/**
 * One entry of the parental page: what it does on the left, a state on the right (the PIN's), and a chevron while
 * focused. `label` is a plain field so that browser tests see which row has the focus.
 */
export class MenuRow
  extends Lightning.Component<MenuRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<MenuRowSpec>
{
  static override _template(): Lightning.Component.Template<MenuRowSpec> {
    return {
      w: MENU_ROW.w,
      h: MENU_ROW.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(MENU_ROW.w, MENU_ROW.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Label: { x: 40, y: MENU_ROW.h / 2 + 2, mountY: 0.5, text: textStyle('', FONT.body, COLORS.text) },
      Value: {
        x: MENU_ROW.w - 90,
        y: MENU_ROW.h / 2 + 2,
        mountX: 1,
        mountY: 0.5,
        color: COLORS.textMuted,
        text: textStyle('', FONT.body, 0xffffffff),
      },
      Chevron: {
        x: MENU_ROW.w - 40,
        y: MENU_ROW.h / 2 + 2,
        mountX: 1,
        mountY: 0.5,
        visible: false,
        text: textStyle('›', FONT.heading, COLORS.focusText),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Label = this.getByRef('Label')!;
  readonly Value = this.getByRef('Value')!;
  readonly Chevron = this.getByRef('Chevron')!;
  private labelText = '';

  get label(): string {
    return this.labelText;
  }

  /** Draws the row's texts. */
  draw(label: string, value: string): void {
    this.labelText = label;
    this.Label.text = label;
    this.Value.text = value;
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
    this.Value.color = COLORS.focusText;
    this.Chevron.visible = true;
  }

  override _unfocus(): void {
    this.Bg.color = COLORS.surface;
    this.Value.color = COLORS.textMuted;
    this.Chevron.visible = false;
  }
}
