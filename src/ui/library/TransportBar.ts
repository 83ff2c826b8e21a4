import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { formatClock, positionText } from './timeText';

export interface TransportBarSpec extends Lightning.Component.TemplateSpec {
  Title: object;
  State: object;
  Time: object;
  Track: { Fill: object; Target: object };
  Help: object;
}

const BAR = { w: STAGE_W - 2 * SAFE.x, h: 230 } as const;
const TRACK = { x: 48, y: 120, w: BAR.w - 96, h: 10 } as const;

/**
 * The VOD player's transport bar: title, state (paused, a seek target), position / duration, a progress track with
 * the seek target marked, and the keys. It only draws; the page decides when it shows.
 */
export class TransportBar
  extends Lightning.Component<TransportBarSpec>
  implements Lightning.Component.ImplementTemplateSpec<TransportBarSpec>
{
  static override _template(): Lightning.Component.Template<TransportBarSpec> {
    return {
      x: SAFE.x,
      y: STAGE_H - SAFE.y - BAR.h,
      w: BAR.w,
      h: BAR.h,
      rect: true,
      color: COLORS.banner,
      Title: {
        x: 48,
        y: 28,
        text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: BAR.w - 560, maxLines: 1 }),
      },
      State: { x: BAR.w - 48, y: 34, mountX: 1, text: textStyle('', FONT.body, COLORS.warning) },
      Track: {
        x: TRACK.x,
        y: TRACK.y,
        w: TRACK.w,
        h: TRACK.h,
        rect: true,
        color: COLORS.surfaceRaised,
        Fill: { h: TRACK.h, w: 0, rect: true, color: COLORS.focus },
        Target: { y: -8, w: 6, h: TRACK.h + 16, rect: true, color: COLORS.text, visible: false },
      },
      Time: { x: 48, y: 150, text: textStyle('', FONT.small, COLORS.text) },
      Help: { x: BAR.w - 48, y: 150, mountX: 1, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly State = this.getByRef('State')!;
  readonly Time = this.getByRef('Time')!;
  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  readonly Target = this.Track.getByRef('Target')!;
  readonly Help = this.getByRef('Help')!;

  setTitle(title: string): void {
    this.Title.text = title;
    this.Help.text = t('library.playerHelp');
  }

  /** Draws the position; `target` is a pending seek (drawn as a mark and in words). */
  setPosition(position: number, duration: number, paused: boolean, target?: number): void {
    this.Time.text = positionText(target !== undefined ? target : position, duration);
    const fraction = duration > 0 ? Math.max(0, Math.min(1, position / duration)) : 0;
    this.Fill.w = Math.round(fraction * TRACK.w);
    if (target !== undefined && duration > 0) {
      this.Target.visible = true;
      this.Target.x = Math.round(Math.max(0, Math.min(1, target / duration)) * TRACK.w) - 3;
      this.State.text = t('library.seekTo', { time: formatClock(target) });
    } else {
      this.Target.visible = false;
      this.State.text = paused ? t('library.paused') : '';
    }
  }
}
