import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { FONT } from '../theme';

/** Digits a channel number shows; longer numbers keep their last digits. */
const MAX_DIGITS = 6;

/** Widths of the digits 0–9 at a font size, measured once per size. */
const digitWidths: Record<number, number[]> = {};

function widthsAt(fontSize: number): number[] {
  const known = digitWidths[fontSize];
  if (known) return known;
  const context = document.createElement('canvas').getContext('2d');
  const widths: number[] = [];
  if (context) context.font = `normal ${fontSize}px ${FONT.face}`;
  for (let d = 0; d < 10; d++) widths.push(context ? context.measureText(String(d)).width : fontSize * 0.56);
  digitWidths[fontSize] = widths;
  return widths;
}

export interface RowNumberSpec extends Lightning.Component.TemplateSpec {
  Digits: object;
}

/**
 * A channel number drawn from one texture per digit, right-aligned at its x. A list held down shows a new number
 * in every row on every key; as text each would be a canvas of its own, laid out and drawn, while these ten digit
 * textures are drawn once (they share Lightning's lookup id) and then only placed.
 */
export class RowNumber
  extends Lightning.Component<RowNumberSpec>
  implements Lightning.Component.ImplementTemplateSpec<RowNumberSpec>
{
  static override _template(): Lightning.Component.Template<RowNumberSpec> {
    return { Digits: {} };
  }

  readonly Digits = this.getByRef('Digits')!;
  private shown = '';
  private fontSize: number = FONT.small;
  private textColor = 0xffffffff;

  /** Sets the size and colour of the digits; call before the first {@link show}. */
  style(fontSize: number, textColor: number): void {
    this.fontSize = fontSize;
    this.textColor = textColor;
    this.Digits.children = Array.from({ length: MAX_DIGITS }, () => ({
      visible: false,
      text: textStyle('0', fontSize, textColor),
    }));
    this.shown = '';
  }

  /** The number shown (digits only; anything else is left out). */
  get value(): string {
    return this.shown;
  }

  /** Shows `digits` (a channel number), right-aligned. */
  show(digits: string): void {
    if (digits === this.shown) return;
    if (this.Digits.children.length === 0) this.style(this.fontSize, this.textColor);
    this.shown = digits;
    const widths = widthsAt(this.fontSize);
    let advance = 0;
    for (let d = 0; d < 10; d++) advance = Math.max(advance, widths[d]);
    const slots = this.Digits.children;
    let shownCount = 0;
    for (let i = digits.length - 1; i >= 0 && shownCount < MAX_DIGITS; i--) {
      const digit = digits.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) continue;
      const slot = slots[shownCount];
      shownCount++;
      slot.text = digits.charAt(i);
      // Each digit centred in the widest digit's width, so numbers line up like tabular figures.
      slot.x = Math.round(-shownCount * advance + (advance - widths[digit]) / 2);
      if (!slot.visible) slot.visible = true;
    }
    for (let i = shownCount; i < MAX_DIGITS; i++) if (slots[i].visible) slots[i].visible = false;
  }
}
