import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { SAFE, STAGE_H, STAGE_W } from '../theme';

export interface SubtitlesSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Line: object;
}

const MAX_W = 1500;
const FONT_SIZE = 44;
const PAD = { x: 28, y: 12 } as const;
/** Subtitles sit on a dark box: over a bright picture, bare white text is unreadable from a sofa. */
const BOX_COLOR = 0xb3000000;

/**
 * The current subtitle, drawn by the canvas: a TV's hardware video plane and a WebGL UI leave no place for the
 * browser's own caption rendering. Centred above the bottom safe margin; empty hides it.
 */
export class Subtitles
  extends Lightning.Component<SubtitlesSpec>
  implements Lightning.Component.ImplementTemplateSpec<SubtitlesSpec>
{
  static override _template(): Lightning.Component.Template<SubtitlesSpec> {
    return {
      x: STAGE_W / 2,
      y: STAGE_H - SAFE.y - 40,
      mountX: 0.5,
      mountY: 1,
      visible: false,
      Bg: { rect: true, color: BOX_COLOR },
      Line: {
        x: PAD.x,
        y: PAD.y,
        text: textStyle('', FONT_SIZE, 0xffffffff, {
          wordWrapWidth: MAX_W - 2 * PAD.x,
          textAlign: 'center',
          maxLines: 3,
        }),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Line = this.getByRef('Line')!;

  /** Shows `text` (lines separated by `\n`), or hides the subtitle with null or ''. */
  show(text: string | null): void {
    if (!text) {
      this.visible = false;
      return;
    }
    this.Line.text = text;
    this.Line.once('txLoaded', () => this.fit());
    this.Line.loadTexture();
    this.fit();
    this.visible = true;
  }

  private fit(): void {
    const w = Math.min(MAX_W, this.Line.renderWidth + 2 * PAD.x);
    const h = this.Line.renderHeight + 2 * PAD.y;
    this.patch({ w, h });
    this.Bg.patch({ w, h });
  }
}
