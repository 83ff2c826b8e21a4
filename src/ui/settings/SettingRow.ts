import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface SettingRowSpec extends Lightning.Component.TemplateSpec {
  label: string;
  Bg: object;
  Label: object;
  Value: object;
  Before: object;
  After: object;
}

/** Size of a row of the settings page. */
export const SETTING_ROW = { w: 1100, h: 80 } as const;
/** Where the value ends: room for the arrow after it. */
const VALUE_RIGHT = SETTING_ROW.w - 90;
const LABEL_W = 440;
const VALUE_W = VALUE_RIGHT - 40 - LABEL_W - 60;

function arrow(text: string) {
  return textStyle(text, FONT.heading, COLORS.focusText);
}

/**
 * One setting: its name on the left, its current value on the right, with arrows around it while focused to say
 * that Left/Right change it (a single arrow after it when OK opens something instead). `label` is a plain field so
 * that browser tests see which row has the focus.
 */
export class SettingRow
  extends Lightning.Component<SettingRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<SettingRowSpec>
{
  private labelText = '';
  private valueText = '';
  private rowFocused = false;
  /** Whether the value is a choice (arrows) or opens something (a chevron). */
  choice = true;
  private isDisabled = false;

  static override _template(): Lightning.Component.Template<SettingRowSpec> {
    return {
      w: SETTING_ROW.w,
      h: SETTING_ROW.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(SETTING_ROW.w, SETTING_ROW.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Label: {
        x: 40,
        y: SETTING_ROW.h / 2 + 2,
        mountY: 0.5,
        text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: LABEL_W, maxLines: 1 }),
      },
      Value: {
        x: VALUE_RIGHT,
        y: SETTING_ROW.h / 2 + 2,
        mountX: 1,
        mountY: 0.5,
        // Long values (a User-Agent, an address) end in an ellipsis before the label's room.
        text: textStyle('', FONT.body, COLORS.textMuted, { wordWrapWidth: VALUE_W, maxLines: 1 }),
      },
      Before: { y: SETTING_ROW.h / 2 + 2, mountX: 1, mountY: 0.5, visible: false, text: arrow('‹') },
      After: {
        x: SETTING_ROW.w - 40,
        y: SETTING_ROW.h / 2 + 2,
        mountX: 1,
        mountY: 0.5,
        visible: false,
        text: arrow('›'),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Label = this.getByRef('Label')!;
  readonly Value = this.getByRef('Value')!;
  readonly Before = this.getByRef('Before')!;
  readonly After = this.getByRef('After')!;

  override _init(): void {
    // The arrow before the value follows the value's width, known once its text is drawn.
    this.Value.on('txLoaded', () => {
      this.Before.x = VALUE_RIGHT - this.Value.renderWidth - 28;
    });
  }

  get label(): string {
    return this.labelText;
  }

  set label(value: string) {
    this.labelText = value;
    this.Label.text = value;
  }

  /** The current value, as shown. */
  get value(): string {
    return this.valueText;
  }

  set value(value: string) {
    this.valueText = value;
    this.drawValue();
  }

  /** A row that cannot be used now (an account setting while nobody is signed in): dimmed, without arrows. */
  get disabled(): boolean {
    return this.isDisabled;
  }

  set disabled(value: boolean) {
    this.isDisabled = value;
    this.alpha = value ? 0.55 : 1;
    this.drawValue();
  }

  override _focus(): void {
    this.rowFocused = true;
    this.Bg.color = COLORS.focus;
    this.Value.patch({ text: { textColor: COLORS.focusText } });
    this.drawValue();
  }

  override _unfocus(): void {
    this.rowFocused = false;
    this.Bg.color = COLORS.surface;
    this.Value.patch({ text: { textColor: COLORS.textMuted } });
    this.drawValue();
  }

  private drawValue(): void {
    this.Value.text = this.valueText;
    this.Before.visible = this.rowFocused && this.choice && !this.isDisabled;
    this.After.visible = this.rowFocused && !this.isDisabled;
  }
}
