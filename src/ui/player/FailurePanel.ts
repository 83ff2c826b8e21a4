import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, STAGE_W } from '../theme';
import type { FailureText } from './playerText';

export interface FailurePanelSpec extends Lightning.Component.TemplateSpec {
  Message: object;
  Hint: object;
  Help: object;
}

const PANEL_W = 1300;
const TEXT_W = PANEL_W - 120;

/**
 * Why the channel stopped playing, over the (black) picture: what happened, what to do, and the keys (OK tries
 * again, Back returns to the channel list, Up/Down tries another channel). The page handles the keys.
 */
export class FailurePanel
  extends Lightning.Component<FailurePanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<FailurePanelSpec>
{
  static override _template(): Lightning.Component.Template<FailurePanelSpec> {
    return {
      x: (STAGE_W - PANEL_W) / 2,
      y: 280,
      w: PANEL_W,
      h: 420,
      rect: true,
      color: COLORS.surface,
      visible: false,
      Message: {
        x: 60,
        y: 60,
        text: textStyle('', FONT.heading, COLORS.error, { wordWrapWidth: TEXT_W, maxLines: 2, lineHeight: 54 }),
      },
      Hint: {
        x: 60,
        y: 190,
        text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 3, lineHeight: 46 }),
      },
      Help: { x: 60, y: 340, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Message = this.getByRef('Message')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Help = this.getByRef('Help')!;

  /** Shows `failure`, or hides the panel with undefined. */
  show(failure: FailureText | undefined): void {
    this.visible = failure !== undefined;
    if (!failure) return;
    this.Message.text = failure.message;
    this.Hint.text = failure.hint;
    this.Help.text = t('player.failure.help');
  }
}
