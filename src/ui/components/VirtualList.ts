import { Lightning } from '@lightningjs/sdk';
import { KeyRepeatAccelerator, type RepeatKey } from '../live/keyRepeat';

/** A row a {@link VirtualList} can show: the list hands it an item whenever the row is (re)used. */
export interface ListRow<T> extends Lightning.Component {
  /**
   * Shows `item`. `fast` is set while a key is held (the key repeats faster than anyone reads the rows it brings
   * in): a row may then draw only its cheapest part, and the rest once the list rests.
   */
  showItem(item: T, index: number, fast?: boolean): void;
}

/** What a {@link VirtualList} tells its parent. */
export interface VirtualListSignals {
  /** OK was pressed on the row at `index`. */
  select(index: number): void;
  /** Focus moved to the row at `index`. */
  focusChange(index: number): void;
}

interface VirtualListTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: VirtualListSignals;
}

export interface VirtualListSpec extends Lightning.Component.TemplateSpec {
  Rows: object;
}

/** How a list lays out its rows. */
export interface ListLayout<T> {
  rowType: new (...args: never[]) => ListRow<T>;
  rowHeight: number;
  /** Space between rows. */
  gap: number;
  /** Height of the visible area; rows outside it are clipped. */
  height: number;
  /** Called once for each pooled row after it is made (e.g. to hand it what every row shares). */
  setupRow?: (row: ListRow<T>) => void;
}

/** The part of a key event the list reads (Lightning hands handlers the browser's `KeyboardEvent`). */
interface KeyInfo {
  repeat?: boolean;
}

/**
 * Rows kept beyond the visible ones, above and below. None: rows move without animation, so no gap can show, and
 * every extra row is one more to draw again when a held key jumps a page.
 */
const MARGIN_ROWS = 0;

/**
 * A vertical list that creates only the rows on screen and reuses them while scrolling, so a 50,000-channel list
 * costs what a 12-row list costs; a key redraws only the rows whose item changed. Up/Down move one row (more while held: see
 * {@link KeyRepeatAccelerator}), ChannelUp/ChannelDown one page. Rows have one static size and no animations.
 */
export class VirtualList<T>
  extends Lightning.Component<VirtualListSpec, VirtualListTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<VirtualListSpec>
{
  static override _template(): Lightning.Component.Template<VirtualListSpec> {
    return { clipping: true, Rows: {} };
  }

  readonly Rows = this.getByRef('Rows')!;
  private items: readonly T[] = [];
  private layout: ListLayout<T> | undefined;
  private focusIndex = 0;
  /** Index of the first row at the top of the visible area. */
  private top = 0;
  /** Which item each pooled row shows (by pool position), so unchanged rows are not redrawn. */
  private bound: number[] = [];
  private readonly accelerator = new KeyRepeatAccelerator();
  /** The key being handled, reused so a held key allocates nothing. */
  private readonly key: RepeatKey = { direction: 1, at: 0, repeat: false };
  private handled = 0;

  /** Sets how rows look and how much room the list has. Call once, before `setItems`. */
  configure(layout: ListLayout<T>): void {
    this.layout = layout;
    this.h = layout.height;
    const pool = Math.ceil(layout.height / this.step()) + 2 * MARGIN_ROWS;
    this.Rows.children = Array.from({ length: pool }, (_unused, slot) => ({
      ref: `Row${slot}`,
      type: layout.rowType as unknown as Lightning.Component.Constructor,
      w: this.w,
      h: layout.rowHeight,
      visible: false,
    }));
    const setup = layout.setupRow;
    if (setup) this.rows().forEach((row) => setup(row));
  }

  /** Replaces the items and focuses `focusIndex` (clamped). */
  setItems(items: readonly T[], focusIndex = 0): void {
    this.items = items;
    this.bound = [];
    this.top = 0;
    this.focusIndex = -1;
    this.accelerator.reset();
    this.focusOn(focusIndex);
    this.render();
  }

  /** Draws the visible rows again from their items (e.g. after the guide loaded or a favourite changed). */
  refresh(): void {
    this.bound = [];
    this.render();
  }

  /** Up/Down keys the list has handled since it was made (for the scrolling benchmark). */
  get keysHandled(): number {
    return this.handled;
  }

  /** Rows that fit in the visible area: what a page is. */
  get pageRows(): number {
    return this.visibleRows();
  }

  /** Index of the focused item (0 when the list is empty). */
  get focusedIndex(): number {
    return Math.max(0, this.focusIndex);
  }

  /** How many items the list holds. */
  get length(): number {
    return this.items.length;
  }

  /**
   * Moves the focus to `index` (clamped to the list) and scrolls it into view; `fast` tells the rows that a key is
   * held.
   */
  focusOn(index: number, fast = false): void {
    if (this.items.length === 0) return;
    const next = Math.max(0, Math.min(this.items.length - 1, index));
    if (next === this.focusIndex) return;
    this.focusIndex = next;
    const visible = this.visibleRows();
    if (next < this.top) this.top = next;
    else if (next >= this.top + visible) this.top = next - visible + 1;
    this.render(fast);
    this.signal('focusChange', next);
  }

  /** The row showing the focused item, so Lightning focuses it. */
  override _getFocused(): Lightning.Component | undefined {
    return this.rowFor(this.focusIndex);
  }

  override _handleUp(event?: KeyInfo): boolean | void {
    if (this.focusIndex <= 0) return false;
    this.move(-1, event);
  }

  override _handleDown(event?: KeyInfo): boolean | void {
    if (this.focusIndex >= this.items.length - 1) return false;
    this.move(1, event);
  }

  _handleChannelUp(): void {
    this.focusOn(this.focusIndex - this.visibleRows());
  }

  _handleChannelDown(): void {
    this.focusOn(this.focusIndex + this.visibleRows());
  }

  override _handleEnter(): boolean | void {
    if (this.items.length === 0) return false;
    this.signal('select', this.focusIndex);
  }

  /** One Up/Down key: one row, or more while the key is held. */
  private move(direction: -1 | 1, event: KeyInfo | undefined): void {
    this.handled++;
    const key = this.key;
    key.direction = direction;
    key.at = Date.now();
    key.repeat = Boolean(event && event.repeat);
    const rows = this.accelerator.rowsFor(key, this.visibleRows());
    this.focusOn(this.focusIndex + direction * rows, this.accelerator.holding);
  }

  private step(): number {
    return this.layout ? this.layout.rowHeight + this.layout.gap : 1;
  }

  private visibleRows(): number {
    return this.layout ? Math.max(1, Math.floor((this.layout.height + this.layout.gap) / this.step())) : 1;
  }

  private rows(): ListRow<T>[] {
    return this.Rows.children as unknown as ListRow<T>[];
  }

  /** Rows are bound to items by index modulo the pool size, so a row keeps its item while it stays in view. */
  private rowFor(index: number): ListRow<T> | undefined {
    const rows = this.rows();
    if (index < 0 || index >= this.items.length || rows.length === 0) return undefined;
    return rows[index % rows.length];
  }

  private render(fast = false): void {
    const rows = this.rows();
    if (rows.length === 0) return;
    const first = Math.max(0, this.top - MARGIN_ROWS);
    const last = Math.min(this.items.length - 1, first + rows.length - 1);
    const step = this.step();
    for (let slot = 0; slot < rows.length; slot++) {
      // The item this slot shows: the one in [first, last] whose index is the slot modulo the pool size.
      const index = first + ((slot - (first % rows.length) + rows.length) % rows.length);
      const row = rows[slot];
      if (index > last) {
        // Never toggled off and on in one pass: hiding a row lets Lightning drop its text textures.
        if (row.visible) row.visible = false;
        continue;
      }
      if (this.bound[slot] !== index) {
        row.showItem(this.items[index], index, fast);
        this.bound[slot] = index;
      }
      row.y = (index - this.top) * step;
      if (!row.visible) row.visible = true;
    }
    this._refocus();
  }
}
