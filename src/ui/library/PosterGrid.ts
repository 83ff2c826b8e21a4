import { Lightning } from '@lightningjs/sdk';
import {
  columnOf,
  moveFocus,
  poolSize,
  rowCount,
  rowOf,
  rowWindow,
  scrollTop,
  slotOf,
  type GridMove,
  type GridShape,
} from './gridMath';
import { CARD, PosterCard, type PosterItem } from './PosterCard';

/** What a grid reads its items from: a length and O(1) access by position (a catalogue listing fits). */
export interface PosterSource {
  readonly length: number;
  /** The card of the item at a position; called only for positions that get a card. */
  itemAt(index: number): PosterItem;
}

/** What a {@link PosterGrid} tells its parent. */
export interface PosterGridSignals {
  select(index: number): void;
  focusChange(index: number): void;
  /** A move left the grid (Left from the first column, Up from the first row). */
  leave(move: GridMove): void;
}

interface PosterGridTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: PosterGridSignals;
}

export interface PosterGridSpec extends Lightning.Component.TemplateSpec {
  Cards: object;
}

/** Space between cards. */
export const GRID_GAP = { x: 24, y: 32 } as const;

/**
 * Moves closer together than this are a held key (the remote repeats about every 33 ms; a viewer's separate presses
 * come 150 ms or more apart). Moves within a hold bind cards without drawing them, and the parent hears of the focus
 * once it rests this long.
 */
export const REST_MS = 140;

/**
 * A 2-D virtualised poster grid: a fixed pool of cards (the visible rows plus one row of margin above and below)
 * rebound as the focus scrolls, with all index arithmetic O(1) ({@link gridMath}). Items are read through
 * {@link PosterSource.itemAt} only for positions that get a card, so 150,000 movies cost what 30 cost. No scroll
 * animation: on a TV's CPU moving one row of static cards is what stays smooth. While a key is held, cards that come
 * into view show their tile only; titles and posters are drawn, and `focusChange` is signalled, once the focus rests
 * ({@link REST_MS}): rendering text and decoding images for cards that scroll away a few frames later is what made
 * a held key drop frames.
 */
export class PosterGrid
  extends Lightning.Component<PosterGridSpec, PosterGridTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<PosterGridSpec>
{
  static override _template(): Lightning.Component.Template<PosterGridSpec> {
    return { clipping: true, Cards: {} };
  }

  readonly Cards = this.getByRef('Cards')!;
  private shape: GridShape = { columns: 1, visibleRows: 1, marginRows: 1 };
  private source: PosterSource = { length: 0, itemAt: () => ({ title: '' }) };
  private focusIndex = 0;
  private top = 0;
  /** Which position each card shows, by slot (-1: none). */
  private bound: Int32Array = new Int32Array(0);
  /** Items handed to cards, by slot, so a rebind to the same position keeps the card's image. */
  private shown: (PosterItem | undefined)[] = [];
  /** When the focus last moved (ms, `Date.now()`). */
  private movedAt = -Infinity;
  /** Set while a held key's moves wait for the focus to rest. */
  private restTimer: ReturnType<typeof setTimeout> | undefined;

  /** Sets the number of columns from the width and creates the card pool. Call once, with `w` and `h` set. */
  configure(width: number, height: number): void {
    const stepX = CARD.w + GRID_GAP.x;
    const stepY = CARD.h + GRID_GAP.y;
    const columns = Math.max(1, Math.floor((width + GRID_GAP.x) / stepX));
    const visibleRows = Math.max(1, Math.floor((height + GRID_GAP.y) / stepY));
    this.shape = { columns, visibleRows, marginRows: 1 };
    this.patch({ w: width, h: height });
    const pool = poolSize(this.shape);
    this.bound = new Int32Array(pool).fill(-1);
    this.shown = new Array(pool);
    this.Cards.children = Array.from({ length: pool }, (_unused, slot) => ({
      ref: `Card${slot}`,
      type: PosterCard as unknown as Lightning.Component.Constructor,
      visible: false,
    }));
  }

  get gridShape(): GridShape {
    return this.shape;
  }

  /** Number of card components that exist (constant after `configure`). */
  get cardCount(): number {
    return this.Cards.children.length;
  }

  get length(): number {
    return this.source.length;
  }

  get focusedIndex(): number {
    return this.focusIndex;
  }

  /** Replaces the items and focuses `focusIndex` (clamped). */
  setSource(source: PosterSource, focusIndex = 0): void {
    this.cancelRest();
    this.source = source;
    this.bound.fill(-1);
    this.shown = new Array(this.bound.length);
    this.top = 0;
    this.focusIndex = Math.max(0, Math.min(source.length - 1, focusIndex));
    this.top = scrollTop(0, rowOf(this.focusIndex, this.shape.columns), this.shape, this.rows());
    this.render();
  }

  /** Redraws the cards of the window (after an item changed, e.g. the language or a lock). */
  refresh(): void {
    this.cancelRest();
    this.bound.fill(-1);
    this.shown = new Array(this.bound.length);
    this.render();
  }

  focusOn(index: number): void {
    if (this.source.length === 0) return;
    const next = Math.max(0, Math.min(this.source.length - 1, index));
    if (next === this.focusIndex) return;
    const now = Date.now();
    const held = now - this.movedAt < REST_MS;
    this.movedAt = now;
    this.focusIndex = next;
    this.top = scrollTop(this.top, rowOf(next, this.shape.columns), this.shape, this.rows());
    if (!held) {
      this.cancelRest();
      this.render();
      this.signal('focusChange', next);
      return;
    }
    this.render(true);
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.rest(), REST_MS);
  }

  /** Leaving the grid (the rail, another page) settles a hold at once, so the parent knows the last title. */
  override _unfocus(): void {
    if (this.restTimer) this.rest();
  }

  override _inactive(): void {
    this.cancelRest();
  }

  /** Any other key settles a hold first: the parent acts on the focused title (Yellow re-sorts around it). */
  override _captureKey(): boolean {
    if (this.restTimer) this.rest();
    return false;
  }

  // The grid's own keys (and OK, whose signal names the title) let a hold go on resting in its own time.
  override _captureUp(): boolean {
    return false;
  }

  override _captureDown(): boolean {
    return false;
  }

  override _captureLeft(): boolean {
    return false;
  }

  override _captureRight(): boolean {
    return false;
  }

  override _captureEnter(): boolean {
    return false;
  }

  _captureChannelUp(): boolean {
    return false;
  }

  _captureChannelDown(): boolean {
    return false;
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.source.length === 0) return undefined;
    return this.Cards.children[slotOf(this.focusIndex, this.shape)] as Lightning.Component;
  }

  override _handleLeft(): void {
    this.move('left');
  }

  override _handleRight(): void {
    this.move('right');
  }

  override _handleUp(): void {
    this.move('up');
  }

  override _handleDown(): void {
    this.move('down');
  }

  _handleChannelUp(): void {
    this.move('pageUp');
  }

  _handleChannelDown(): void {
    this.move('pageDown');
  }

  override _handleEnter(): boolean | void {
    if (this.source.length === 0) return false;
    this.signal('select', this.focusIndex);
  }

  private move(move: GridMove): void {
    const next = moveFocus(this.focusIndex, move, this.source.length, this.shape);
    if (next < 0) this.signal('leave', move);
    else this.focusOn(next);
  }

  private rows(): number {
    return rowCount(this.source.length, this.shape.columns);
  }

  /** The focus rested after a hold: draw the cards of the window and tell the parent where it is. */
  private rest(): void {
    this.cancelRest();
    this.render();
    this.signal('focusChange', this.focusIndex);
  }

  private cancelRest(): void {
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = undefined;
  }

  /** Binds the window's cards; `quiet` (a held key) leaves newly bound cards undrawn until the focus rests. */
  private render(quiet = false): void {
    const cards = this.Cards.children as unknown as PosterCard[];
    if (cards.length === 0) return;
    const { columns, visibleRows } = this.shape;
    const { first, last } = rowWindow(this.top, this.shape, this.rows());
    const stepX = CARD.w + GRID_GAP.x;
    const stepY = CARD.h + GRID_GAP.y;
    for (let slot = 0; slot < cards.length; slot++) {
      const index = this.bound[slot];
      if (index >= 0 && (rowOf(index, columns) < first || rowOf(index, columns) > last)) {
        cards[slot].visible = false;
        this.bound[slot] = -1;
      }
    }
    const end = Math.min(this.source.length, (last + 1) * columns);
    for (let index = first * columns; index < end; index++) {
      const slot = slotOf(index, this.shape);
      const card = cards[slot];
      const row = rowOf(index, columns);
      // Only rows on screen (the full ones and the partly visible one below) load their posters.
      const onScreen = row >= this.top && row <= this.top + visibleRows;
      if (this.bound[slot] !== index) {
        this.bound[slot] = index;
        this.shown[slot] = this.source.itemAt(index);
        if (quiet) card.bindQuietly(this.shown[slot] as PosterItem);
      }
      if (!quiet) card.show(this.shown[slot] as PosterItem, onScreen);
      // Plain assignments: a patch object per card per key would be garbage on every move.
      card.x = columnOf(index, columns) * stepX;
      card.y = (row - this.top) * stepY;
      card.visible = true;
    }
    this._refocus();
  }
}
