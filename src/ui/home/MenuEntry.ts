import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface MenuEntrySpec extends Lightning.Component.TemplateSpec {
  label: string;
  Bg: object;
  Label: object;
}

/** Size of an entry of the home page's menu. */
export const MENU_ENTRY = { w: 456, h: 72 } as const;

/**
 * One entry of the home page's menu: a large left-aligned label that lights up with the focus colour, readable
 * from the sofa. `label` is a plain field so that browser tests see which entry has the focus.
 */
export class MenuEntry
  extends Lightning.Component<MenuEntrySpec>
  implements Lightning.Component.ImplementTemplateSpec<MenuEntrySpec>
{
  private labelText = '';

  static override _template(): Lightning.Component.Template<MenuEntrySpec> {
    return {
      w: MENU_ENTRY.w,
      h: MENU_ENTRY.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(MENU_ENTRY.w, MENU_ENTRY.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.focus,
        alpha: 0,
      },
      Label: { x: 32, y: MENU_ENTRY.h / 2 + 2, mountY: 0.5, text: textStyle('', FONT.body, COLORS.textMuted) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Label = this.getByRef('Label')!;

  get label(): string {
    return this.labelText;
  }

  set label(value: string) {
    this.labelText = value;
    this.Label.text = value;
  }

  override _focus(): void {
    this.Bg.alpha = 1;
    this.Label.patch({ text: { textColor: COLORS.focusText } });
  }

  override _unfocus(): void {
    this.Bg.alpha = 0;
    this.Label.patch({ text: { textColor: COLORS.textMuted } });
  }
}
