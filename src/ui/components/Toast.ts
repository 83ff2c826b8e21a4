import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, STAGE_H, STAGE_W } from '../theme';

export interface ToastSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Message: object;
}

const SHOW_MS = 6000;
const MAX_W = 1400;

/** A short message at the bottom of the screen that disappears by itself. */
export class Toast
  extends Lightning.Component<ToastSpec>
  implements Lightning.Component.ImplementTemplateSpec<ToastSpec>
{
  static override _template(): Lightning.Component.Template<ToastSpec> {
    return {
      x: STAGE_W / 2,
      y: STAGE_H - 72,
      mountX: 0.5,
      mountY: 1,
      alpha: 0,
      Bg: { color: COLORS.surfaceRaised },
      Message: { x: 40, y: 24, text: textStyle('', FONT.small, COLORS.text, { wordWrapWidth: MAX_W - 80 }) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Message = this.getByRef('Message')!;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows `message` for a few seconds, replacing any message still showing. */
  show(message: string): void {
    this.Message.text = message;
    this.Message.once('txLoaded', () => this.fit());
    this.Message.loadTexture();
    this.fit();
    this.setSmooth('alpha', 1, { duration: 0.2 });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setSmooth('alpha', 0, { duration: 0.4 }), SHOW_MS);
  }

  private fit(): void {
    const w = Math.min(MAX_W, Math.max(400, this.Message.renderWidth + 80));
    const h = Math.max(80, this.Message.renderHeight + 48);
    this.patch({ w, h });
    this.Bg.texture = Lightning.Tools.getRoundRect(w, h, RADIUS, 0, 0, true, 0xffffffff);
  }
}
