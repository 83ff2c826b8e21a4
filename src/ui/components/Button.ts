import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface ButtonSpec extends Lightning.Component.TemplateSpec {
  label: string;
  Bg: object;
  Label: object;
}

/** A focusable button: a rounded box with a centred label that lights up when focused. */
export class Button
  extends Lightning.Component<ButtonSpec>
  implements Lightning.Component.ImplementTemplateSpec<ButtonSpec>
{
  private labelText = '';

  static override _template(): Lightning.Component.Template<ButtonSpec> {
    return {
      w: 420,
      h: 80,
      Bg: { color: COLORS.surfaceRaised },
      Label: { mount: 0.5, text: textStyle('', FONT.body, COLORS.text) },
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

  override _init(): void {
    this.Bg.texture = Lightning.Tools.getRoundRect(this.w, this.h, RADIUS, 0, 0, true, 0xffffffff);
    this.Label.patch({ x: this.w / 2, y: this.h / 2 + 2 });
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
    this.Bg.scale = 1.04;
  }

  override _unfocus(): void {
    this.Bg.color = COLORS.surfaceRaised;
    this.Bg.scale = 1;
  }
}
