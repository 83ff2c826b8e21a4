import { Lightning } from '@lightningjs/sdk';
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

/** A colour as Lightning stores it (0xAARRGGBB) in CSS form. */
function cssColor(argb: number): string {
  const alpha = ((argb >>> 24) & 255) / 255;
  return `rgba(${(argb >>> 16) & 255},${(argb >>> 8) & 255},${argb & 255},${alpha.toFixed(3)})`;
}

type DigitContent = NonNullable<Lightning.textures.StaticCanvasTexture.Settings['content']>;

/**
 * What a texture of one digit draws: drawn once into a canvas of its own, placed as Lightning places a one-line text
 * (1.5 font sizes high, the baseline one font size down), and shared through its lookup id. Lightning frees a text
 * texture as soon as no element shows it, so digits drawn as text were drawn again whenever they came back into view:
 * under a held key, each digit about nine times a second. A canvas texture stays until texture memory runs short.
 */
export function digitContent(digit: number, fontSize: number, textColor: number): DigitContent {
  const factory: DigitContent['factory'] = (done) => {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) {
      done(new Error('no 2D canvas for a digit'));
      return;
    }
    const font = `normal ${fontSize}px ${FONT.face}`;
    context.font = font;
    canvas.width = Math.max(1, Math.ceil(context.measureText(String(digit)).width));
    canvas.height = Math.ceil(fontSize * 1.5);
    // Sizing the canvas reset its context.
    context.font = font;
    context.textBaseline = 'alphabetic';
    context.fillStyle = cssColor(textColor);
    context.fillText(String(digit), 0, fontSize);
    done(null, canvas);
  };
  return { factory, lookupId: `digit:${fontSize}:${textColor.toString(16)}:${digit}` };
}

export interface RowNumberSpec extends Lightning.Component.TemplateSpec {
  Digits: object;
}

/**
 * A channel number drawn from one texture per digit, right-aligned at its x. A list held down shows a new number
 * in every row on every key; as text each would be a canvas of its own, laid out and drawn, while these ten digit
 * textures ({@link digitContent}) are drawn once and then only placed.
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
  /** The ten digits' textures in the current style (Lightning lets elements share a texture). */
  private digitTextures: Lightning.Texture[] = [];

  /** Sets the size and colour of the digits; call before the first {@link show}. */
  style(fontSize: number, textColor: number): void {
    this.fontSize = fontSize;
    this.textColor = textColor;
    this.Digits.children = Array.from({ length: MAX_DIGITS }, () => ({ visible: false }));
    this.digitTextures = Array.from({ length: 10 }, (_, d) => {
      const texture = new Lightning.textures.StaticCanvasTexture(this.stage);
      texture.content = digitContent(d, fontSize, textColor);
      return texture;
    });
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
      slot.texture = this.digitTextures[digit];
      // Each digit centred in the widest digit's width, so numbers line up like tabular figures.
      slot.x = Math.round(-shownCount * advance + (advance - widths[digit]) / 2);
      if (!slot.visible) slot.visible = true;
    }
    for (let i = shownCount; i < MAX_DIGITS; i++) if (slots[i].visible) slots[i].visible = false;
  }
}
