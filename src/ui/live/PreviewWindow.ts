import { Lightning } from '@lightningjs/sdk';
import { Spinner } from '../components/Spinner';
import { formatClock } from '../progressText';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';
import { initialsOf } from '../components/ChannelRow';
import { t, tn } from '../i18n';
import { DETAILS, PREVIEW } from './layout';
import { minutesLeft, type ShownNowNext } from './nowNext';

export interface PreviewWindowSpec extends Lightning.Component.TemplateSpec {
  Frame: object;
  Cover: { Initials: object; Message: object };
  Spinner: typeof Spinner;
  Details: {
    Channel: object;
    Times: object;
    Title: object;
    Track: { Fill: object };
    Left: object;
    Description: object;
    Next: object;
  };
}

/** What the preview picture is doing, as the page sees it. */
export type PreviewLook = 'empty' | 'loading' | 'playing' | 'message';

const W = PREVIEW.w;
const H = PREVIEW.h;
const TEXT_W = DETAILS.w;

/**
 * The preview window and the focused channel's programme under it. While a stream plays, the window is a hole in
 * the page (only a frame around it is drawn) and the video under the canvas shows through; otherwise a cover
 * with the channel's initials or a message fills it.
 */
export class PreviewWindow
  extends Lightning.Component<PreviewWindowSpec>
  implements Lightning.Component.ImplementTemplateSpec<PreviewWindowSpec>
{
  static override _template(): Lightning.Component.Template<PreviewWindowSpec> {
    return {
      x: PREVIEW.x,
      y: PREVIEW.y,
      Frame: {
        x: -4,
        y: -4,
        texture: Lightning.Tools.getRoundRect(W + 8, H + 8, RADIUS, 4, 0xffffffff, false, 0),
        color: COLORS.surfaceRaised,
      },
      Cover: {
        w: W,
        h: H,
        rect: true,
        color: COLORS.surface,
        Initials: { x: W / 2, y: H / 2 - 20, mount: 0.5, text: textStyle('', 96, COLORS.textMuted) },
        Message: {
          x: W / 2,
          y: H - 70,
          mountX: 0.5,
          text: textStyle('', FONT.small, COLORS.text, { wordWrapWidth: W - 60, textAlign: 'center', maxLines: 2 }),
        },
      },
      Spinner: { type: Spinner, x: W / 2, y: H / 2, visible: false },
      Details: {
        y: DETAILS.y - PREVIEW.y,
        Channel: { text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
        Times: { y: 70, text: textStyle('', FONT.small, COLORS.textMuted) },
        Title: {
          y: 108,
          text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 2, lineHeight: 44 }),
        },
        Track: {
          y: 206,
          w: TEXT_W,
          h: 6,
          rect: true,
          color: COLORS.surfaceRaised,
          Fill: { h: 6, w: 0, rect: true, color: COLORS.warning },
        },
        Left: { y: 222, text: textStyle('', 26, COLORS.textMuted) },
        Description: {
          y: 262,
          text: textStyle('', 26, COLORS.textMuted, { wordWrapWidth: TEXT_W, maxLines: 3, lineHeight: 36 }),
        },
        Next: { y: 384, text: textStyle('', FONT.small, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
      },
    };
  }

  readonly Cover = this.getByRef('Cover')!;
  readonly Initials = this.Cover.getByRef('Initials')!;
  readonly Message = this.Cover.getByRef('Message')!;
  readonly Spinner = this.getByRef('Spinner')!;
  readonly Details = this.getByRef('Details')!;
  readonly Channel = this.Details.getByRef('Channel')!;
  readonly Times = this.Details.getByRef('Times')!;
  readonly Title = this.Details.getByRef('Title')!;
  readonly Track = this.Details.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  readonly Left = this.Details.getByRef('Left')!;
  readonly Description = this.Details.getByRef('Description')!;
  readonly Next = this.Details.getByRef('Next')!;

  /** The focused channel ("12  News 24", the number when it has one) and what is on it at `time`; undefined clears. */
  showChannel(channel: { name: string; number: string } | undefined, shown?: ShownNowNext, time = Date.now()): void {
    this.Channel.text = channel ? (channel.number ? `${channel.number}  ${channel.name}` : channel.name) : '';
    this.Initials.text = channel ? initialsOf(channel.name) : '';
    const now = channel && shown ? shown.now : undefined;
    const left = shown ? minutesLeft(shown, time) : undefined;
    this.Times.text = now ? `${formatClock(now.start)} – ${formatClock(now.stop)}` : '';
    this.Title.text = now ? now.title : channel ? t('live.noInfo') : '';
    this.Track.visible = now !== undefined;
    this.Fill.w = now && shown ? Math.round(TEXT_W * shown.progress) : 0;
    this.Left.text = now && left !== undefined ? tn('live.minutesLeft', left) : '';
    this.Description.text = now && now.description ? now.description : '';
    this.Next.text =
      channel && shown && shown.next
        ? t('live.next', { time: formatClock(shown.next.start), title: shown.next.title })
        : '';
  }

  /**
   * How the window looks: `playing` leaves it transparent; `loading` too, with a spinner over the (black) video;
   * `empty` and `message` cover it, the latter with a line such as "Locked" or why the stream failed.
   */
  showLook(look: PreviewLook): void {
    this.Cover.visible = look === 'empty' || look === 'message';
    this.Message.text = look === 'message' ? t('live.preview.failed') : '';
    this.Spinner.visible = look === 'loading';
  }
}
