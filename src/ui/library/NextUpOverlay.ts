import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE, STAGE_W } from '../theme';

export interface NextUpOverlaySpec extends Lightning.Component.TemplateSpec {
  Heading: object;
  Next: object;
  Help: object;
}

const BOX = { w: 900, h: 250 } as const;

/**
 * The box in the top right corner at the end of an episode: "Next episode in 7 s", the next episode's title and the
 * keys (OK plays now, Back cancels). After a cancel it says the episode finished and how to leave.
 */
export class NextUpOverlay
  extends Lightning.Component<NextUpOverlaySpec>
  implements Lightning.Component.ImplementTemplateSpec<NextUpOverlaySpec>
{
  static override _template(): Lightning.Component.Template<NextUpOverlaySpec> {
    return {
      x: STAGE_W - SAFE.x - BOX.w,
      y: SAFE.y,
      w: BOX.w,
      h: BOX.h,
      visible: false,
      texture: Lightning.Tools.getRoundRect(BOX.w, BOX.h, RADIUS, 0, 0, true, 0xffffffff),
      color: COLORS.surface,
      Heading: { x: 40, y: 32, text: textStyle('', FONT.heading, COLORS.text) },
      Next: {
        x: 40,
        y: 100,
        text: textStyle('', FONT.body, COLORS.textMuted, { wordWrapWidth: BOX.w - 80, maxLines: 1 }),
      },
      Help: { x: 40, y: 170, text: textStyle('', FONT.small, COLORS.warning) },
    };
  }

  readonly Heading = this.getByRef('Heading')!;
  readonly Next = this.getByRef('Next')!;
  readonly Help = this.getByRef('Help')!;

  /** Shows the countdown to `nextTitle`. */
  countdown(seconds: number, nextTitle: string): void {
    this.visible = true;
    this.Heading.text = t('library.nextEpisodeIn', { seconds });
    this.Next.text = nextTitle;
    this.Help.text = t('library.nextEpisodeHelp');
  }

  /** Shows that playback finished with nothing queued (or the countdown was cancelled). */
  finished(): void {
    this.visible = true;
    this.Heading.text = t('library.ended');
    this.Next.text = '';
    this.Help.text = t('library.endedHelp');
  }

  hide(): void {
    this.visible = false;
  }
}
