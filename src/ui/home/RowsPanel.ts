import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { HomeRow } from './HomeRow';
import type { RowItem } from './rowItems';
import type { HomeRowsContent } from './rowData';

export interface RowsPanelSpec extends Lightning.Component.TemplateSpec {
  Continue: typeof HomeRow;
  Channels: typeof HomeRow;
}

/** Poster cards of "Continue watching" (2:3) and logo tiles of "Recently watched channels". */
const POSTER = { w: 140, h: 210, fit: 'cover' } as const;
const LOGO_TILE = { w: 200, h: 130, fit: 'contain' } as const;
/** Space between the two rows. */
const ROW_GAP = 28;

/**
 * The home page's rows, stacked: "Continue watching" above "Recently watched channels"; a row without items is
 * hidden and the other moves up. Up/Down move between the rows; Up from the top row and Left from a row's first
 * card go to the page (the menu).
 */
export class RowsPanel
  extends Lightning.Component<RowsPanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<RowsPanelSpec>
{
  static override _template(): Lightning.Component.Template<RowsPanelSpec> {
    return {
      Continue: { type: HomeRow, visible: false },
      Channels: { type: HomeRow, visible: false },
    };
  }

  readonly Continue = this.getByRef('Continue')!;
  readonly Channels = this.getByRef('Channels')!;
  /** 0: the upper visible row, 1: the lower. */
  private rowIndex = 0;
  private continueItems: RowItem[] = [];
  private channelItems: RowItem[] = [];

  /** Sizes both rows across `width`; `imageOf` gives the address to load for an item. */
  configure(width: number, imageOf: (item: RowItem) => string | undefined): void {
    (this.Continue as HomeRow).configure(POSTER, width, imageOf);
    (this.Channels as HomeRow).configure(LOGO_TILE, width, imageOf);
  }

  /** Whether any row has items. */
  get hasRows(): boolean {
    return this.shownRows().length > 0;
  }

  /** The focused row's focused item. */
  get current(): RowItem | undefined {
    const row = this.shownRows()[this.rowIndex];
    return row ? row.current : undefined;
  }

  /** The items of the row holding `item`. */
  rowOf(item: RowItem): RowItem[] {
    return item.kind === 'channel' ? this.channelItems : this.continueItems;
  }

  /**
   * Draws the rows (headings in the current language). With `keepPlace` (the rows have the focus) the focus stays
   * on the same item when it can; without, each row starts again from its newest item.
   */
  show(content: HomeRowsContent, keepPlace: boolean): void {
    this.continueItems = content.continueWatching;
    this.channelItems = content.channels;
    const hint = t('home.rows.removeHint');
    (this.Continue as HomeRow).setItems(t('home.rows.continue'), hint, content.continueWatching, keepPlace);
    (this.Channels as HomeRow).setItems(t('home.rows.channels'), hint, content.channels, keepPlace);
    this.Continue.visible = content.continueWatching.length > 0;
    this.Channels.visible = content.channels.length > 0;
    this.Channels.y = this.Continue.visible ? (this.Continue as HomeRow).rowHeight + ROW_GAP : 0;
    this.rowIndex = Math.max(0, Math.min(this.rowIndex, this.shownRows().length - 1));
    this._refocus();
  }

  /** Puts the focus on the upper row (when the page hands the focus over). */
  enterFromMenu(): void {
    this.rowIndex = 0;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.shownRows()[this.rowIndex];
  }

  override _handleUp(): boolean {
    if (this.rowIndex === 0) return false;
    this.rowIndex--;
    this._refocus();
    return true;
  }

  override _handleDown(): void {
    if (this.rowIndex < this.shownRows().length - 1) {
      this.rowIndex++;
      this._refocus();
    }
  }

  private shownRows(): HomeRow[] {
    const rows: HomeRow[] = [];
    if (this.continueItems.length > 0) rows.push(this.Continue as HomeRow);
    if (this.channelItems.length > 0) rows.push(this.Channels as HomeRow);
    return rows;
  }
}
