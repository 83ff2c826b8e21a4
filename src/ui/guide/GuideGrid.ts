import { Lightning } from '@lightningjs/sdk';
import type { GuideProgramme } from '../../epg';
import type { LiveStream } from '../../xtream';
import { COLORS, SAFE, STAGE_W } from '../theme';
import { cellItem } from './focusText';
import type { GuideData } from './guideData';
import { GuideRow, ROW } from './GuideRow';
import { timeToX, WINDOW_MS } from './layout';
import type { GuidePosition } from './navigation';
import { TimeHeader } from './TimeHeader';
import { buildTimeline, segmentIndexAt, type Segment } from './timeline';
import { localOffsetMs } from './timeText';

export interface GuideGridSpec extends Lightning.Component.TemplateSpec {
  Header: typeof TimeHeader;
  Rows: object;
  NowLine: object;
}

/** Rows on screen (static height, so the row pool is exactly this). */
export const GRID_ROWS = 7;
/** How long the grid must rest before rows that scrolled in draw their programme titles. */
export const TITLES_REST_MS = 120;
const PITCH = ROW.h + ROW.gap;
const WIDTH = STAGE_W - 2 * SAFE.x;
const HEADER_H = 54;
/** Where the programme cells start, and how wide the two hours are. */
const CELLS_X = ROW.channelW + ROW.channelGap;
export const CELLS_W = WIDTH - CELLS_X;
/** Height of the grid from the time header to the last row. */
export const GRID_H = HEADER_H + GRID_ROWS * (ROW.h + ROW.gap) - ROW.gap;

/** What the grid draws: the channels, the guide data and where the viewer is. */
export interface GridView {
  channels: readonly LiveStream[];
  data: GuideData;
  position: GuidePosition;
  now: number;
  rewriteUrl?: (url: string) => string;
  /** The key that moved the grid continues a held key: rows that scroll in wait for a rest to draw their titles. */
  held?: boolean;
}

/**
 * The grid of the guide: the time header, a pool of {@link GRID_ROWS} rows and the "now" line. Channel `i` always
 * sits in row component `i % GRID_ROWS`, so scrolling one channel moves the components and draws one new row, not
 * seven. Only rows whose channel, window or data changed are drawn again, each from one guide-index query for the
 * window; moving the focus inside the window only moves the focus. Text is what costs most on a TV: rows drawn while
 * the viewer holds a key show their cells at once and their titles once the grid rests ({@link TITLES_REST_MS}).
 */
export class GuideGrid
  extends Lightning.Component<GuideGridSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuideGridSpec>
{
  static override _template(): Lightning.Component.Template<GuideGridSpec> {
    return {
      w: WIDTH,
      h: GRID_H,
      Header: { type: TimeHeader },
      Rows: {
        y: HEADER_H,
        children: Array.from({ length: GRID_ROWS }, (_unused, slot) => ({
          type: GuideRow,
          ref: `Row${slot}`,
          y: slot * PITCH,
          w: WIDTH,
          visible: false,
        })),
      },
      NowLine: { rect: true, w: 3, h: GRID_H, color: COLORS.error, visible: false },
    };
  }

  readonly Header = this.getByRef('Header')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly NowLine = this.getByRef('NowLine')!;
  /** Index of the channel in the top row. */
  private topRow = 0;
  /** What each pooled row shows (channel, window, data version, minute), so unchanged rows are not redrawn. */
  private bound: string[] = [];
  private segments: Segment<GuideProgramme>[][] = [];
  private headerKey = '';
  private focusedCell: Lightning.Component | undefined;
  private focusedSegmentValue: Segment<GuideProgramme> | undefined;
  /** When {@link show} last ran, and the rows whose titles wait for a rest. */
  private lastShow = -Infinity;
  private readonly untitled = new Set<GuideRow>();
  private restTimer: ReturnType<typeof setTimeout> | undefined;

  /** Index of the channel in the top row. */
  get top(): number {
    return this.topRow;
  }

  /** The segment of the focused row the focus stands on. */
  get focusedSegment(): Segment<GuideProgramme> | undefined {
    return this.focusedSegmentValue;
  }

  /** How many cell components the rows have made (they are reused, never dropped). */
  get cellComponents(): number {
    return (this.Rows.children as GuideRow[]).reduce((sum, row) => sum + row.cellComponents, 0);
  }

  /** Scrolls a page of rows (the channel keys), the focus moving with it. */
  scrollPage(direction: 1 | -1, channelCount: number): void {
    const last = Math.max(0, channelCount - GRID_ROWS);
    this.topRow = Math.max(0, Math.min(last, this.topRow + direction * GRID_ROWS));
  }

  /** Puts the focused row in the middle of the screen (a fresh start). */
  centre(row: number): void {
    this.topRow = Math.max(0, row - Math.floor(GRID_ROWS / 2));
  }

  /** Forgets what the rows show, so the next {@link show} draws them all (language, data or list changed). */
  invalidate(): void {
    this.bound = [];
    this.headerKey = '';
  }

  /** Draws `view`, redrawing only what changed, and focuses the cell at the position's time. */
  show(view: GridView): void {
    const { channels, data, position, now } = view;
    const { row, windowStart } = position;
    if (row < this.topRow) this.topRow = row;
    else if (row >= this.topRow + GRID_ROWS) this.topRow = row - GRID_ROWS + 1;
    const windowEnd = windowStart + WINDOW_MS;
    const version = `${windowStart}/${data.version}/${Math.floor(now / 60000)}`;
    const rows = this.Rows.children as GuideRow[];
    // A held key, or a quick succession of calls: new rows wait for a rest to draw their titles.
    const clock = Date.now();
    const later = view.held === true || clock - this.lastShow < TITLES_REST_MS;
    this.lastShow = clock;
    for (let offset = 0; offset < GRID_ROWS; offset++) {
      const index = this.topRow + offset;
      const slot = index % GRID_ROWS;
      const component = rows[slot];
      const channel = channels[index];
      component.patch({ visible: channel !== undefined, y: offset * PITCH });
      if (!channel) continue;
      const key = `${channel.id}/${version}`;
      if (this.bound[slot] === key) continue;
      this.bound[slot] = key;
      const logo = channel.logo && view.rewriteUrl ? view.rewriteUrl(channel.logo) : channel.logo;
      component.showChannel(channel, channel.num ?? index + 1, logo, later);
      const segments = buildTimeline(data.programmes(channel, windowStart, windowEnd), windowStart, windowEnd);
      this.segments[slot] = segments;
      component.showCells(
        segments.map((segment) => cellItem(data, channel, segment, windowStart, CELLS_W, now)),
        later,
      );
      if (later) this.untitled.add(component);
      else this.untitled.delete(component);
    }
    if (this.untitled.size > 0) this.drawTitlesAtRest();
    const slot = row % GRID_ROWS;
    const segments = this.segments[slot] ?? [];
    const focused = segmentIndexAt(segments, position.time);
    this.focusedSegmentValue = segments[focused];
    this.focusedCell = rows[slot]?.cell(focused);
    this.showTime(windowStart, now);
    this._refocus();
  }

  override _detach(): void {
    if (this.restTimer !== undefined) clearTimeout(this.restTimer);
    this.restTimer = undefined;
    // Rows left without titles draw in full when the page shows again.
    if (this.untitled.size > 0) this.invalidate();
    this.untitled.clear();
  }

  private drawTitlesAtRest(): void {
    if (this.restTimer !== undefined) clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => {
      this.restTimer = undefined;
      this.untitled.forEach((row) => row.drawTitles());
      this.untitled.clear();
    }, TITLES_REST_MS);
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.focusedCell;
  }

  private showTime(windowStart: number, now: number): void {
    const headerKey = `${windowStart}/${Math.floor(now / 60000)}`;
    if (headerKey !== this.headerKey) {
      this.headerKey = headerKey;
      this.Header.show(windowStart, CELLS_W, now, localOffsetMs(now));
    }
    const x = timeToX(now, windowStart, CELLS_W);
    this.NowLine.patch({ visible: x !== undefined, x: CELLS_X + (x ?? 0) - 1 });
  }
}
