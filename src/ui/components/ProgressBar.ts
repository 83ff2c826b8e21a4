import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

export interface ProgressBarSpec extends Lightning.Component.TemplateSpec {
  Phase: object;
  Track: { Fill: object };
}

const WIDTH = 1140;
const HEIGHT = 8;
/** The sliding segment's width when the total is unknown. */
const SEGMENT = 140;

/**
 * A thin progress bar with the phase in words above it ("TV guide: downloading 4.2 MB · 52,000 programmes"). With
 * a fraction the bar fills; without one (a download of unknown size) a segment slides to show work goes on.
 */
export class ProgressBar
  extends Lightning.Component<ProgressBarSpec>
  implements Lightning.Component.ImplementTemplateSpec<ProgressBarSpec>
{
  static override _template(): Lightning.Component.Template<ProgressBarSpec> {
    return {
      w: WIDTH,
      Phase: {
        text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: WIDTH, maxLines: 1 }),
      },
      Track: {
        y: 52,
        w: WIDTH,
        h: HEIGHT,
        rect: true,
        color: COLORS.surfaceRaised,
        clipping: true,
        Fill: { h: HEIGHT, w: 0, rect: true, color: COLORS.focus },
      },
    };
  }

  readonly Phase = this.getByRef('Phase')!;
  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  private slide: Lightning.types.Animation | undefined;
  private sliding = false;

  override _init(): void {
    this.slide = this.Fill.animation({
      duration: 1.4,
      repeat: -1,
      stopMethod: 'immediate',
      actions: [{ p: 'x', v: { 0: -SEGMENT, 1: WIDTH } }],
    });
  }

  /** Shows `phase` with the bar filled to `fraction` (0..1), or sliding when the fraction is unknown. */
  show(phase: string, fraction: number | undefined): void {
    this.visible = true;
    this.Phase.text = phase;
    if (fraction === undefined) {
      this.Fill.w = SEGMENT;
      if (!this.sliding && this.slide) this.slide.start();
      this.sliding = true;
      return;
    }
    if (this.sliding && this.slide) this.slide.stop();
    this.sliding = false;
    this.Fill.patch({ x: 0, w: Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH) });
  }

  hide(): void {
    this.visible = false;
    if (this.sliding && this.slide) this.slide.stop();
    this.sliding = false;
  }

  override _inactive(): void {
    if (this.slide) this.slide.stop();
    this.sliding = false;
  }
}
