import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_W } from '../theme';

export interface GuideDetailsSpec extends Lightning.Component.TemplateSpec {
  Title: object;
  Meta: object;
  Status: object;
  Description: object;
}

/** What the details area says about the focused cell. */
export interface DetailsText {
  title: string;
  /** Time range and channel. */
  meta: string;
  /** What OK does here (catch-up, on air), empty when nothing special. */
  status: string;
  /** The status is good news (catch-up available, on air). */
  statusOk: boolean;
  description: string;
}

const WIDTH = STAGE_W - 2 * SAFE.x;
/** Room for the status on the right of the time and channel line. */
const STATUS_W = 760;

/** How long keys must pause before the details follow the focus. */
export const DETAILS_REST_MS = 120;

/** The focused programme above the grid: title, time range and channel, what OK does, and the description. */
export class GuideDetails
  extends Lightning.Component<GuideDetailsSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuideDetailsSpec>
{
  static override _template(): Lightning.Component.Template<GuideDetailsSpec> {
    return {
      w: WIDTH,
      Title: {
        text: textStyle('', FONT.heading, COLORS.text, {
          maxLines: 1,
          wordWrap: false,
          textOverflow: 'ellipsis',
          wordWrapWidth: WIDTH,
        }),
      },
      Meta: {
        y: 60,
        text: textStyle('', FONT.small, COLORS.textMuted, {
          maxLines: 1,
          wordWrap: false,
          textOverflow: 'ellipsis',
          wordWrapWidth: WIDTH - STATUS_W - 40,
        }),
      },
      Status: {
        y: 60,
        x: WIDTH,
        mountX: 1,
        color: COLORS.ok,
        text: textStyle('', FONT.small, 0xffffffff, { maxLines: 1, wordWrapWidth: STATUS_W, textAlign: 'right' }),
      },
      Description: {
        y: 104,
        text: textStyle('', FONT.small, COLORS.text, {
          maxLines: 2,
          lineHeight: 40,
          wordWrapWidth: WIDTH,
          maxLinesSuffix: '…',
        }),
      },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Meta = this.getByRef('Meta')!;
  readonly Status = this.getByRef('Status')!;
  readonly Description = this.getByRef('Description')!;

  private lastShow = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Shows the focused programme's details. Keys in quick succession (a held key: `held`, or calls closer than
   * {@link DETAILS_REST_MS}) only keep the latest: its four texts are drawn once the viewer rests, not on every step.
   */
  show(details: DetailsText, held = false): void {
    const now = Date.now();
    const rapid = held || now - this.lastShow < DETAILS_REST_MS;
    this.lastShow = now;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!rapid) {
      this.draw(details);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.draw(details);
    }, DETAILS_REST_MS);
  }

  override _detach(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private draw(details: DetailsText): void {
    this.Title.text = details.title;
    this.Meta.text = details.meta;
    this.Status.text = details.status;
    this.Status.color = details.statusOk ? COLORS.ok : COLORS.textMuted;
    this.Description.text = details.description;
  }
}
