import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface TextFieldSpec extends Lightning.Component.TemplateSpec {
  label: string;
  placeholder: string;
  masked: boolean;
  Label: object;
  Box: object;
  Clip: { Value: object; Caret: object };
}

const BOX_Y = 44;
const BOX_H = 76;
const PAD = 24;

/**
 * A labelled one-line text field. It does not edit itself: the page sends it the new value (from the on-screen or
 * physical keyboard). A masked field shows dots; the end of a long value stays in view.
 */
export class TextField
  extends Lightning.Component<TextFieldSpec>
  implements Lightning.Component.ImplementTemplateSpec<TextFieldSpec>
{
  static override _template(): Lightning.Component.Template<TextFieldSpec> {
    return {
      w: 760,
      h: BOX_Y + BOX_H,
      Label: { text: textStyle('', FONT.small, COLORS.textMuted) },
      Box: { y: BOX_Y, color: COLORS.surface },
      Clip: {
        x: PAD,
        y: BOX_Y,
        h: BOX_H,
        clipping: true,
        Value: { y: BOX_H / 2 + 2, mountY: 0.5, text: textStyle('', FONT.body, COLORS.text) },
        Caret: { y: 16, w: 3, h: BOX_H - 32, rect: true, color: COLORS.text, visible: false },
      },
    };
  }

  readonly Label = this.getByRef('Label')!;
  readonly Box = this.getByRef('Box')!;
  readonly Clip = this.getByRef('Clip')!;
  readonly Value = this.Clip.getByRef('Value')!;
  readonly Caret = this.Clip.getByRef('Caret')!;
  private currentValue = '';
  private hint = '';
  private isMasked = false;
  private isTypingTarget = false;

  override _init(): void {
    this.Box.texture = Lightning.Tools.getRoundRect(this.w, BOX_H, RADIUS, 3, 0xffffffff, true, 0xffffffff);
    this.Clip.w = this.w - 2 * PAD;
    this.Value.on('txLoaded', () => this.scrollToEnd());
  }

  get label(): string {
    return this.Label.text ? this.Label.text.text : '';
  }

  set label(value: string) {
    this.Label.text = value;
  }

  get placeholder(): string {
    return this.hint;
  }

  set placeholder(value: string) {
    this.hint = value;
    this.render();
  }

  get masked(): boolean {
    return this.isMasked;
  }

  set masked(value: boolean) {
    this.isMasked = value;
    this.render();
  }

  /** The text in the field. */
  get value(): string {
    return this.currentValue;
  }

  set value(value: string) {
    this.currentValue = value;
    this.render();
  }

  /** Whether typing goes into this field (it shows the caret). */
  get typingTarget(): boolean {
    return this.isTypingTarget;
  }

  set typingTarget(value: boolean) {
    this.isTypingTarget = value;
    this.Caret.visible = value;
  }

  override _focus(): void {
    this.Box.color = COLORS.focus;
  }

  override _unfocus(): void {
    this.Box.color = COLORS.surface;
  }

  private render(): void {
    const empty = this.currentValue === '';
    const shown = empty ? this.hint : this.isMasked ? '\u2022'.repeat(this.currentValue.length) : this.currentValue;
    this.Value.text = shown;
    this.Value.color = empty ? COLORS.textMuted : 0xffffffff;
    if (empty) this.Value.x = 0;
  }

  /** Keeps the end of a long value (where typing happens) visible. */
  private scrollToEnd(): void {
    const empty = this.currentValue === '';
    const width = empty ? 0 : this.Value.renderWidth;
    const room = this.Clip.w - 8;
    this.Value.x = Math.min(0, room - width);
    this.Caret.x = Math.min(width, room) + 4;
  }
}
