import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { LogoBox } from './LogoBox';
import { clockTime, minutesLeft, progressAt, timeRange } from './times';

/** The channel as the on-screen display shows it. */
export interface OsdChannel {
  number: number;
  name: string;
  /** Already rewritten for the emulator's proxy. */
  logoUrl?: string;
}

/** A programme as the display needs it (epoch milliseconds). */
export interface OsdProgramme {
  title: string;
  start: number;
  stop: number;
}

export interface OsdSpec extends Lightning.Component.TemplateSpec {
  Shade: object;
  Logo: typeof LogoBox;
  Number: object;
  Name: object;
  Clock: object;
  NowLabel: object;
  NowTime: object;
  NowTitle: object;
  Track: { Fill: object };
  Left: object;
  NextLabel: object;
  NextTime: object;
  NextTitle: object;
  Help: object;
}

const LEFT = SAFE.x;
const RIGHT = STAGE_W - SAFE.x;
const LOGO = { w: 224, h: 126 } as const;
/** Where the text column starts, right of the logo. */
const COLUMN = LEFT + LOGO.w + 48;
const LABEL_W = 150;
const TIME_W = 250;
const TITLE_X = COLUMN + LABEL_W + TIME_W;
const BAR_W = 760;
const BAND_H = 500;
/** The rows of the band, from the top of the screen. */
const ROW = { name: 756, now: 842, bar: 898, next: 924, help: 986 } as const;

/**
 * The on-screen display of the live player: a band along the bottom of the picture with the channel number, logo
 * and name, the programme on air (times and a progress bar) and the next one, and a clock. The band darkens the
 * picture from transparent to nearly black, so white text stays readable over any scene; everything sits inside
 * the TV safe area. The page decides when it shows.
 */
export class Osd extends Lightning.Component<OsdSpec> implements Lightning.Component.ImplementTemplateSpec<OsdSpec> {
  static override _template(): Lightning.Component.Template<OsdSpec> {
    const line = (x: number, y: number, size: number, color: number, width?: number) => ({
      x,
      y,
      text: textStyle('', size, color, width ? { wordWrapWidth: width, maxLines: 1, textOverflow: 'ellipsis' } : {}),
    });
    return {
      w: STAGE_W,
      h: STAGE_H,
      Shade: {
        y: STAGE_H - BAND_H,
        w: STAGE_W,
        h: BAND_H,
        rect: true,
        colorTop: 0x00000000,
        colorBottom: 0xf0000000,
      },
      Logo: { type: LogoBox, x: LEFT, y: ROW.name + 12, w: LOGO.w, h: LOGO.h },
      Number: line(COLUMN, ROW.name + 10, FONT.heading, COLORS.textMuted),
      Name: line(COLUMN + 140, ROW.name, FONT.title, COLORS.text, RIGHT - COLUMN - 140 - 220),
      Clock: { ...line(RIGHT, ROW.name + 6, FONT.title, COLORS.text), mountX: 1 },
      NowLabel: line(COLUMN, ROW.now + 4, FONT.small, COLORS.warning),
      NowTime: line(COLUMN + LABEL_W, ROW.now, FONT.body, COLORS.textMuted),
      NowTitle: line(TITLE_X, ROW.now, FONT.body, COLORS.text, RIGHT - TITLE_X),
      Track: {
        x: COLUMN,
        y: ROW.bar,
        w: BAR_W,
        h: 8,
        rect: true,
        color: 0x66ffffff,
        Fill: { h: 8, w: 0, rect: true, color: COLORS.focus },
      },
      Left: line(COLUMN + BAR_W + 24, ROW.bar - 16, FONT.small, COLORS.textMuted),
      NextLabel: line(COLUMN, ROW.next + 4, FONT.small, COLORS.textMuted),
      NextTime: line(COLUMN + LABEL_W, ROW.next, FONT.body, COLORS.textMuted),
      NextTitle: line(TITLE_X, ROW.next, FONT.body, COLORS.textMuted, RIGHT - TITLE_X),
      Help: line(LEFT, ROW.help, FONT.small, COLORS.textMuted),
    };
  }

  readonly Logo = this.getByRef('Logo')!;
  readonly Number = this.getByRef('Number')!;
  readonly Name = this.getByRef('Name')!;
  readonly Clock = this.getByRef('Clock')!;
  readonly NowLabel = this.getByRef('NowLabel')!;
  readonly NowTime = this.getByRef('NowTime')!;
  readonly NowTitle = this.getByRef('NowTitle')!;
  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  readonly Left = this.getByRef('Left')!;
  readonly NextLabel = this.getByRef('NextLabel')!;
  readonly NextTime = this.getByRef('NextTime')!;
  readonly NextTitle = this.getByRef('NextTitle')!;
  readonly Help = this.getByRef('Help')!;
  private now: OsdProgramme | undefined;

  /** Shows a channel; its programmes are unknown until {@link showProgrammes}. */
  showChannel(channel: OsdChannel): void {
    this.Number.text = String(channel.number);
    this.Name.text = channel.name;
    this.Logo.show(channel.name, channel.logoUrl);
    this.showProgrammes(undefined, undefined, Date.now());
    this.Help.text = t('player.osdHelp');
  }

  /** Shows the programme on air and the next one; neither means the guide has nothing for the channel. */
  showProgrammes(now: OsdProgramme | undefined, next: OsdProgramme | undefined, time: number): void {
    this.now = now;
    this.NowLabel.text = t('player.now');
    this.NowTime.text = now ? timeRange(now.start, now.stop) : '';
    this.NowTitle.text = now ? now.title : t('player.noGuide');
    this.Track.visible = now !== undefined;
    this.NextLabel.text = next ? t('player.next') : '';
    this.NextTime.text = next ? timeRange(next.start, next.stop) : '';
    this.NextTitle.text = next ? next.title : '';
    this.tick(time);
  }

  /** Moves the clock and the progress of the programme on air to `time`. */
  tick(time: number): void {
    this.Clock.text = clockTime(time);
    const now = this.now;
    this.Fill.w = now ? Math.round(BAR_W * progressAt(now.start, now.stop, time)) : 0;
    this.Left.text = now ? t('player.minutesLeft', { minutes: minutesLeft(now.stop, time) }) : '';
  }
}
