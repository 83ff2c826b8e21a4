import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';
import type { AboutFact } from './about';

export interface AboutPanelSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Title: object;
  Facts: object;
  Hint: object;
}

/** Size of the About panel. */
export const ABOUT_PANEL = { w: 1200, h: 840 } as const;
const LABEL_W = 340;
const ROW_H = 58;

/** The About panel of the settings page: version, platform, device and playback engines, one fact a line. */
export class AboutPanel
  extends Lightning.Component<AboutPanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<AboutPanelSpec>
{
  static override _template(): Lightning.Component.Template<AboutPanelSpec> {
    return {
      w: ABOUT_PANEL.w,
      h: ABOUT_PANEL.h,
      visible: false,
      Bg: {
        texture: Lightning.Tools.getRoundRect(ABOUT_PANEL.w, ABOUT_PANEL.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Title: { x: 48, y: 40, text: textStyle('', FONT.heading, COLORS.text) },
      Facts: { x: 48, y: 130 },
      Hint: { x: 48, y: ABOUT_PANEL.h - 72, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Facts = this.getByRef('Facts')!;
  readonly Hint = this.getByRef('Hint')!;

  /** Shows `facts` under `title`, with `hint` (how to close) at the bottom. */
  show(title: string, facts: AboutFact[], hint: string): void {
    this.Title.text = title;
    this.Hint.text = hint;
    this.Facts.children = facts.map((fact, i) => ({
      y: i * ROW_H,
      Label: { text: textStyle(fact.label, FONT.small, COLORS.textMuted) },
      Value: {
        x: LABEL_W,
        text: textStyle(fact.value, FONT.small, COLORS.text, {
          wordWrapWidth: ABOUT_PANEL.w - 96 - LABEL_W,
          // The user agent is long: two lines, then an ellipsis.
          maxLines: i === facts.length - 1 ? 2 : 1,
        }),
      },
    }));
    this.visible = true;
  }

  close(): void {
    this.visible = false;
  }
}
