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
 * How bright a label without focus is. Labels are drawn white once and dimmed by alpha: on the sidebar's colour this
 * gives the muted text colour, and moving the focus changes two alphas instead of drawing two texts again.
 */
export const MENU_LABEL_MUTED_ALPHA = 0.66;

/**
 * One entry of the home page's menu: a large left-aligned label that lights up with the focus colour, readable
 * from the sofa. Focus changes alphas only, so it draws no text. `label` is a plain field so that browser tests see
 * which entry has the focus.
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
      Label: {
        x: 32,
        y: MENU_ENTRY.h / 2 + 2,
        mountY: 0.5,
        alpha: MENU_LABEL_MUTED_ALPHA,
        text: textStyle('', FONT.body, COLORS.focusText),
      },
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
    this.Label.alpha = 1;
  }

  override _unfocus(): void {
    this.Bg.alpha = 0;
    this.Label.alpha = MENU_LABEL_MUTED_ALPHA;
  }
}
