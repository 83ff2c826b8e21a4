import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

export interface SeekBarSpec extends Lightning.Component.TemplateSpec {
  Track: { Fill: object; Head: object };
  Position: object;
  Duration: object;
}

const HEIGHT = 10;
const HEAD = 26;

/** "1:02:03" or "2:03" for a number of seconds. */
export function formatPlayTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The playback position of a recording: a filled track with a head, the position on the left, the length on the right. */
export class SeekBar
  extends Lightning.Component<SeekBarSpec>
  implements Lightning.Component.ImplementTemplateSpec<SeekBarSpec>
{
  static override _template(): Lightning.Component.Template<SeekBarSpec> {
    return {
      h: 80,
      Track: {
        y: 60,
        h: HEIGHT,
        rect: true,
        color: COLORS.surfaceRaised,
        Fill: { h: HEIGHT, w: 0, rect: true, color: COLORS.focus },
        Head: { y: HEIGHT / 2, mount: 0.5, w: HEAD, h: HEAD, rect: true, color: COLORS.focusText },
      },
      Position: { text: textStyle('0:00', FONT.small, COLORS.text) },
      Duration: { mountX: 1, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  readonly Head = this.Track.getByRef('Head')!;
  readonly Position = this.getByRef('Position')!;
  readonly Duration = this.getByRef('Duration')!;

  override _init(): void {
    this.Track.w = this.w;
    this.Duration.x = this.w;
  }

  /** Shows `position` of `duration` seconds (an unknown duration leaves the track empty). */
  show(position: number, duration: number): void {
    const fraction = duration > 0 ? Math.max(0, Math.min(1, position / duration)) : 0;
    const x = Math.round(fraction * this.w);
    this.Fill.w = x;
    this.Head.x = x;
    this.Position.text = formatPlayTime(position);
    this.Duration.text = duration > 0 ? formatPlayTime(duration) : '';
  }
}
