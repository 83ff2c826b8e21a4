import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

/** What a cell shows: a programme's title (or "No information" for a gap), its place in the row and its state. */
export interface CellItem {
  x: number;
  w: number;
  title: string;
  /** A gap in the guide data, not a programme. */
  gap: boolean;
  /** Over (before now). */
  past: boolean;
  /** On air now. */
  onAir: boolean;
  /** Over and in the channel's archive: watchable as catch-up. */
  catchup: boolean;
}

export interface GuideCellSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Mark: object;
  Title: object;
}

/** Space between neighbouring cells. */
const GAP = 4;
const PAD = 14;
/** Narrower cells show only their colour: no text would fit. */
const MIN_TEXT_W = 44;
const MARK_W = 30;

export const CELL_COLORS = {
  gap: 0xff141925,
  past: 0xff171c28,
  future: COLORS.surface,
  onAir: COLORS.surfaceRaised,
} as const;

/**
 * One programme of the guide grid. Cells are pooled by their row and handed a new programme whenever the window or the
 * channel changes, so none is created while the viewer moves around.
 */
export class GuideCell
  extends Lightning.Component<GuideCellSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuideCellSpec>
{
  static override _template(): Lightning.Component.Template<GuideCellSpec> {
    return {
      Bg: { rect: true, color: CELL_COLORS.future },
      Mark: { x: PAD, visible: false, color: COLORS.ok, text: textStyle('↺', FONT.small, 0xffffffff) },
      // White text tinted by `color`, so focus and state change the colour without drawing the text again.
      Title: {
        x: PAD,
        text: textStyle('', FONT.small, 0xffffffff, { maxLines: 1, wordWrap: false, textOverflow: 'ellipsis' }),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Mark = this.getByRef('Mark')!;
  readonly Title = this.getByRef('Title')!;
  private item: CellItem | undefined;
  /** What the title texture shows now (drawing text is the expensive part of a cell). */
  private drawn: Pick<CellItem, 'title' | 'w' | 'catchup'> | undefined;
  private height = 0;
  private focused = false;

  /** The title (what the test hook reports for the focused cell). */
  get label(): string {
    return this.item ? this.item.title : '';
  }

  /**
   * Shows `item` in a row `height` pixels high: its place and colour at once, its title now or, with `later`, when
   * {@link drawTitle} is called (while the viewer holds a key, titles of rows that scroll in wait for a rest).
   */
  showItem(item: CellItem, height: number, later = false): void {
    this.item = item;
    const w = Math.max(1, item.w - GAP);
    this.patch({ x: item.x, w, h: height, visible: true });
    this.Bg.patch({ w, h: height });
    this.height = height;
    if (later && !this.sameTitle(item)) {
      this.Title.visible = false;
      this.Mark.visible = false;
    } else this.drawTitle();
    this.paint();
  }

  /** Draws the title of the item shown, unless it is the one already drawn. */
  drawTitle(): void {
    const item = this.item;
    if (!item) return;
    const w = Math.max(1, item.w - GAP);
    const textWidth = w - 2 * PAD - (item.catchup ? MARK_W : 0);
    const textY = Math.round((this.height - FONT.small * 1.2) / 2);
    this.Mark.patch({ y: textY, visible: item.catchup && textWidth >= MIN_TEXT_W });
    if (!this.sameTitle(item)) {
      this.drawn = { title: item.title, w: item.w, catchup: item.catchup };
      this.Title.patch({
        x: PAD + (item.catchup ? MARK_W : 0),
        y: textY,
        text: { text: item.title, wordWrapWidth: Math.max(1, textWidth) },
      });
    }
    this.Title.visible = textWidth >= MIN_TEXT_W;
  }

  private sameTitle(item: CellItem): boolean {
    const drawn = this.drawn;
    return drawn !== undefined && drawn.title === item.title && drawn.w === item.w && drawn.catchup === item.catchup;
  }

  override _focus(): void {
    this.focused = true;
    this.paint();
  }

  override _unfocus(): void {
    this.focused = false;
    this.paint();
  }

  private paint(): void {
    const item = this.item;
    if (!item) return;
    let color: number = CELL_COLORS.future;
    if (this.focused) color = COLORS.focus;
    else if (item.gap) color = CELL_COLORS.gap;
    else if (item.onAir) color = CELL_COLORS.onAir;
    else if (item.past) color = CELL_COLORS.past;
    this.Bg.color = color;
    const muted = !this.focused && (item.gap || item.past);
    this.Title.color = muted ? COLORS.textMuted : COLORS.text;
    this.Mark.color = this.focused ? COLORS.focusText : COLORS.ok;
  }
}
