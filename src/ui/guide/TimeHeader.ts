import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { slotStarts, timeToX } from './layout';
import { ROW } from './GuideRow';
import { formatClock, formatDay } from './timeText';

export interface TimeHeaderSpec extends Lightning.Component.TemplateSpec {
  Day: object;
  Marks: object;
}

/** At most this many half-hour marks fit a two-hour window. */
const MARKS = 5;

/** The line above the grid: the day of the window in the channel column, then a time at every half hour. */
export class TimeHeader
  extends Lightning.Component<TimeHeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<TimeHeaderSpec>
{
  static override _template(): Lightning.Component.Template<TimeHeaderSpec> {
    return {
      Day: { x: 16, text: textStyle('', FONT.small, COLORS.text, { maxLines: 1, wordWrapWidth: ROW.channelW - 32 }) },
      Marks: {
        x: ROW.channelW + ROW.channelGap,
        children: Array.from({ length: MARKS }, (_unused, i) => ({
          ref: `Mark${i}`,
          Tick: { rect: true, w: 2, h: 44, color: COLORS.surfaceRaised },
          Time: { x: 12, text: textStyle('', FONT.small, COLORS.textMuted) },
        })),
      },
    };
  }

  readonly Day = this.getByRef('Day')!;
  readonly Marks = this.getByRef('Marks')!;

  /** Shows the window starting at `windowStart`, `width` pixels wide, as seen at `now`. */
  show(windowStart: number, width: number, now: number, utcOffsetMs: number): void {
    this.Day.text = formatDay(windowStart, now);
    const starts = slotStarts(windowStart, utcOffsetMs);
    this.Marks.children.forEach((mark, i) => {
      const start = starts[i];
      const x = start === undefined ? undefined : timeToX(start, windowStart, width);
      // The last mark would sit on the right edge with no room for its time.
      mark.visible = x !== undefined && x < width - 60;
      if (x === undefined || start === undefined) return;
      mark.x = x;
      mark.tag('Time').text = formatClock(start);
    });
  }
}
