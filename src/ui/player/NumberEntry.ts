import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_W } from '../theme';

export interface NumberEntrySpec extends Lightning.Component.TemplateSpec {
  Box: { Digits: object };
  Message: { Text: object };
}

const BOX = { w: 300, h: 170 } as const;
const DIGITS_SIZE = 110;
const MESSAGE_MS = 2500;

/**
 * The channel number being typed, large in the top-right corner (where TVs put it), and the short "No channel 123"
 * when a typed number matches nothing.
 */
export class NumberEntry
  extends Lightning.Component<NumberEntrySpec>
  implements Lightning.Component.ImplementTemplateSpec<NumberEntrySpec>
{
  static override _template(): Lightning.Component.Template<NumberEntrySpec> {
    return {
      Box: {
        x: STAGE_W - SAFE.x,
        y: SAFE.y,
        mountX: 1,
        w: BOX.w,
        h: BOX.h,
        rect: true,
        color: COLORS.banner,
        visible: false,
        Digits: {
          x: BOX.w / 2,
          y: BOX.h / 2 + 6,
          mount: 0.5,
          text: textStyle('', DIGITS_SIZE, COLORS.text, { fontStyle: 'bold' }),
        },
      },
      Message: {
        x: STAGE_W - SAFE.x,
        y: SAFE.y,
        mountX: 1,
        h: 100,
        rect: true,
        color: COLORS.banner,
        visible: false,
        Text: { x: 40, y: 50, mountY: 0.5, text: textStyle('', FONT.heading, COLORS.warning) },
      },
    };
  }

  readonly Box = this.getByRef('Box')!;
  readonly Digits = this.Box.getByRef('Digits')!;
  readonly Message = this.getByRef('Message')!;
  readonly Text = this.Message.getByRef('Text')!;
  private messageTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the typed digits; `''` hides them. */
  showDigits(digits: string): void {
    this.Digits.text = digits;
    this.Box.visible = digits !== '';
    if (digits !== '') this.hideMessage();
  }

  /** Shows a short message (an unknown number) for a moment. */
  showMessage(text: string): void {
    this.Box.visible = false;
    this.Text.text = text;
    this.Message.visible = true;
    // The box follows the text's width once the text is measured.
    const fit = () => {
      this.Message.w = this.Text.renderWidth + 80;
    };
    this.Text.once('txLoaded', fit);
    this.Text.loadTexture();
    fit();
    if (this.messageTimer) clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.hideMessage(), MESSAGE_MS);
  }

  /** Hides both, e.g. when the page closes. */
  clear(): void {
    this.showDigits('');
    this.hideMessage();
  }

  private hideMessage(): void {
    if (this.messageTimer) clearTimeout(this.messageTimer);
    this.messageTimer = undefined;
    this.Message.visible = false;
  }
}
