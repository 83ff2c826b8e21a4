import { Lightning } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import { initialsOf } from '../components/ChannelRow';
import { logoTexture } from '../live/rowLogo';
import { RowNumber } from '../live/rowNumber';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { GuideCell, type CellItem } from './GuideCell';

export interface GuideRowSpec extends Lightning.Component.TemplateSpec {
  Channel: { Number: typeof RowNumber; Placeholder: { Initials: object }; Logo: object; Name: object };
  Cells: object;
}

/** Sizes of a guide row. */
export const ROW = {
  /** Height of a row (static: the grid never measures anything). */
  h: 80,
  /** Space between rows. */
  gap: 8,
  /** Width of the fixed channel column. */
  channelW: 440,
  /** Space between the channel column and the programmes. */
  channelGap: 8,
} as const;

const LOGO = { x: 84, w: 96, h: 54 } as const;
const NAME_X = LOGO.x + LOGO.w + 20;

/**
 * One channel of the guide grid: number, logo and name in a fixed column, then the programme cells of the window.
 * Rows are pooled by the page; a row keeps the cells it once made and hides those it does not need, so moving around
 * creates no components once each row has held its busiest window.
 */
export class GuideRow
  extends Lightning.Component<GuideRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuideRowSpec>
{
  static override _template(): Lightning.Component.Template<GuideRowSpec> {
    return {
      h: ROW.h,
      Channel: {
        w: ROW.channelW,
        h: ROW.h,
        rect: true,
        color: COLORS.surface,
        // Right-aligned at x, centred as a one-line text of this size (1.5 font sizes high); see RowNumber.
        Number: { type: RowNumber, x: 64, y: ROW.h / 2 + 2 - FONT.small * 0.75 },
        Placeholder: {
          x: LOGO.x,
          y: (ROW.h - LOGO.h) / 2,
          w: LOGO.w,
          h: LOGO.h,
          rect: true,
          color: COLORS.surfaceRaised,
          Initials: { x: LOGO.w / 2, y: LOGO.h / 2 + 2, mount: 0.5, text: textStyle('', FONT.small, COLORS.textMuted) },
        },
        Logo: { x: LOGO.x + LOGO.w / 2, y: ROW.h / 2, mount: 0.5 },
        Name: {
          x: NAME_X,
          y: ROW.h / 2 + 2,
          mountY: 0.5,
          text: textStyle('', FONT.small, COLORS.text, {
            maxLines: 1,
            wordWrap: false,
            textOverflow: 'ellipsis',
            wordWrapWidth: ROW.channelW - NAME_X - 16,
          }),
        },
      },
      Cells: { x: ROW.channelW + ROW.channelGap },
    };
  }

  readonly Channel = this.getByRef('Channel')!;
  readonly Number = this.Channel.getByRef('Number')!;
  readonly Placeholder = this.Channel.getByRef('Placeholder')!;
  readonly Initials = this.Placeholder.getByRef('Initials')!;
  readonly Logo = this.Channel.getByRef('Logo')!;
  readonly Name = this.Channel.getByRef('Name')!;
  readonly Cells = this.getByRef('Cells')!;
  private channelId: string | undefined;
  private shown = 0;
  /** The logo a held key left for {@link drawTitles} (undefined: none waiting). */
  private logoLater: { url: string | undefined; name: string } | undefined;

  override _init(): void {
    this.Number.style(FONT.small, COLORS.textMuted);
    this.Logo.on('txLoaded', () => {
      this.Placeholder.visible = false;
    });
    this.Logo.on('txError', () => {
      this.Placeholder.visible = true;
    });
  }

  /**
   * Shows a channel in the fixed column (nothing is redrawn when it is the one already shown). With `later` (a held
   * key) the logo and the initials wait for {@link drawTitles}: a held key brings a new row 30 times a second, and
   * loading a logo for each (an SVG document parsed on the main thread for most providers) held back the frames for
   * seconds after the rows had moved on.
   */
  showChannel(channel: LiveStream, number: number, logoUrl: string | undefined, later = false): void {
    if (this.channelId === channel.id) {
      // Drawn again in full (the page came back): a logo still waiting shows now.
      if (!later && this.logoLater) this.showLogo(this.logoLater.url, this.logoLater.name);
      return;
    }
    this.channelId = channel.id;
    this.Number.show(String(number));
    this.Name.text = channel.name;
    this.Placeholder.visible = true;
    if (later) {
      this.Initials.text = '';
      this.Logo.texture = null;
      this.logoLater = { url: logoUrl, name: channel.name };
    } else this.showLogo(logoUrl, channel.name);
  }

  private showLogo(url: string | undefined, name: string): void {
    this.logoLater = undefined;
    this.Initials.text = initialsOf(name);
    // Drawn once at the row's size, as in the channel list (see logoTexture): not an image scaled in every frame.
    this.Logo.texture = url ? logoTexture(url, LOGO.w, LOGO.h) : null;
  }

  /**
   * Shows `items` in the pooled cells, making cells only when the row never had this many; with `later`, the titles
   * wait for {@link drawTitles}.
   */
  showCells(items: readonly CellItem[], later = false): void {
    const pool = this.Cells.children as GuideCell[];
    for (let i = pool.length; i < items.length; i++) {
      this.Cells.childList.a({ type: GuideCell, ref: `Cell${i}` });
    }
    const cells = this.Cells.children as GuideCell[];
    items.forEach((item, i) => cells[i].showItem(item, ROW.h, later));
    for (let i = items.length; i < this.shown; i++) cells[i].visible = false;
    this.shown = items.length;
  }

  /** Draws the titles {@link showCells} and the logo {@link showChannel} left for later. */
  drawTitles(): void {
    if (this.logoLater) this.showLogo(this.logoLater.url, this.logoLater.name);
    const cells = this.Cells.children as GuideCell[];
    for (let i = 0; i < this.shown; i++) cells[i].drawTitle();
  }

  /** The cell showing item `index` of the last {@link showCells}. */
  cell(index: number): GuideCell | undefined {
    return index >= 0 && index < this.shown ? (this.Cells.children[index] as GuideCell) : undefined;
  }

  /** How many cell components this row has made. */
  get cellComponents(): number {
    return this.Cells.children.length;
  }
}
