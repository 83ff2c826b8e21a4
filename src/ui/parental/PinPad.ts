import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, RADIUS } from '../theme';
import { PIN_LENGTH, type PinEntry } from './pinEntry';

export interface PinPadSpec extends Lightning.Component.TemplateSpec {
  Places: object;
}

const PLACE = { w: 120, h: 150, gap: 32 } as const;

/** Width of the pad: its places side by side. */
export const PIN_PAD_W = PIN_LENGTH * PLACE.w + (PIN_LENGTH - 1) * PLACE.gap;
export const PIN_PAD_H = PLACE.h;

function placeTexture(): Lightning.textures.StaticTexture {
  return Lightning.Tools.getRoundRect(PLACE.w, PLACE.h, RADIUS, 0, 0, true, 0xffffffff) as never;
}

/**
 * The places of a PIN: a dot for every typed digit, the digit itself only in the place being typed (so Up/Down
 * show what they choose), and that place highlighted.
 */
export class PinPad
  extends Lightning.Component<PinPadSpec>
  implements Lightning.Component.ImplementTemplateSpec<PinPadSpec>
{
  static override _template(): Lightning.Component.Template<PinPadSpec> {
    return {
      w: PIN_PAD_W,
      h: PIN_PAD_H,
      Places: {
        children: Array.from({ length: PIN_LENGTH }, (_unused, i) => ({
          x: i * (PLACE.w + PLACE.gap),
          w: PLACE.w,
          h: PLACE.h,
          color: COLORS.surfaceRaised,
          Digit: {
            x: PLACE.w / 2,
            y: PLACE.h / 2 + 4,
            mount: 0.5,
            text: textStyle('', 72, COLORS.text),
          },
        })),
      },
    };
  }

  readonly Places = this.getByRef('Places')!;
  private shown = '';

  override _init(): void {
    this.Places.children.forEach((place) => {
      place.texture = placeTexture();
    });
  }

  /** What the places show (read by browser tests through the focused dialog's label). */
  get label(): string {
    return this.shown;
  }

  /** Draws an entry. */
  show(entry: PinEntry): void {
    const marks: string[] = [];
    this.Places.children.forEach((place, i) => {
      const digit = entry.digits[i];
      const current = i === entry.cursor;
      const mark = digit === undefined ? '' : current ? String(digit) : '•';
      marks.push(digit === undefined ? '_' : '•');
      place.color = current ? COLORS.focus : COLORS.surfaceRaised;
      (place.getByRef('Digit' as never) as unknown as Lightning.Element).text = mark;
    });
    this.shown = marks.join('');
  }
}
