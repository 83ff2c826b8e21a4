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
import { inputPending, KeyHold, REST_MS } from './posterHold';

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
  Clip: { Cards: object };
}

/** Space between cards. */
export const GRID_GAP = { x: 24, y: 32 } as const;

/**
 * How far the drawn area reaches beyond the grid's left, top and right edges: the focused card grows by 6 % and
 * wears a frame, which the grid's own edges would cut. Less than the gap between rows, so rows scrolled out stay out.
 */
const FOCUS_MARGIN = 20;

/** How a render treats cards that come into view (see {@link PosterGrid.render}). */
type RenderMode = 'quiet' | 'titles' | 'full';

/**
 * A 2-D virtualised poster grid: a fixed pool of cards (the visible rows plus one row of margin above and below)
 * rebound as the focus scrolls, with all index arithmetic O(1) ({@link gridMath}). Items are read through
 * {@link PosterSource.itemAt} only for positions that get a card, so 150,000 movies cost what 30 cost. Cards sit at
 * their row's place and the grid moves them all with one position change, so a move touches only the cards of the
 * row it brings in. No scroll animation: on a TV's CPU moving one row of static cards is what stays smooth.
 *
 * What a move draws is kept to what the viewer can take in: a separate press draws the titles of the row it brings
 * in; a held key (repeats, or moves closer than {@link REST_MS}) draws nothing but plain tiles and the focus frame.
 * Posters are asked for, and a hold's `focusChange` signalled, once the focus rests: an image answered or a title
 * drawn for a card that scrolls away a few frames later is what made a held key drop frames.
 */
export class PosterGrid
  extends Lightning.Component<PosterGridSpec, PosterGridTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<PosterGridSpec>
{
  static override _template(): Lightning.Component.Template<PosterGridSpec> {
    return {
      Clip: { x: -FOCUS_MARGIN, y: -FOCUS_MARGIN, clipping: true, Cards: { x: FOCUS_MARGIN, y: FOCUS_MARGIN } },
    };
  }

  readonly Clip = this.getByRef('Clip')!;
  readonly Cards = this.Clip.getByRef('Cards')!;
  private shape: GridShape = { columns: 1, visibleRows: 1, marginRows: 1 };
  private source: PosterSource = { length: 0, itemAt: () => ({ title: '' }) };
  private focusIndex = 0;
  private top = 0;
  /** Which position each card shows, by slot (-1: none). */
  private bound: Int32Array = new Int32Array(0);
  /** Items handed to cards, by slot, so a rebind to the same position keeps the card's image. */
  private shown: (PosterItem | undefined)[] = [];
  private readonly hold = new KeyHold();
  /** The position `focusChange` last reported (-1: none since the last source). */
  private told = -1;
  /** Set while the focus waits to rest after a move. */
  private restTimer: ReturnType<typeof setTimeout> | undefined;

  /** Sets the number of columns from the width and creates the card pool. Call once, with `w` and `h` set. */
  configure(width: number, height: number): void {
    const stepX = CARD.w + GRID_GAP.x;
    const stepY = CARD.h + GRID_GAP.y;
    const columns = Math.max(1, Math.floor((width + GRID_GAP.x) / stepX));
    const visibleRows = Math.max(1, Math.floor((height + GRID_GAP.y) / stepY));
    this.shape = { columns, visibleRows, marginRows: 1 };
    this.patch({ w: width, h: height });
    this.Clip.patch({ w: width + 2 * FOCUS_MARGIN, h: height + FOCUS_MARGIN });
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
    this.told = -1;
    this.bound.fill(-1);
    this.shown = new Array(this.bound.length);
    this.top = 0;
    this.focusIndex = Math.max(0, Math.min(source.length - 1, focusIndex));
    this.top = scrollTop(0, rowOf(this.focusIndex, this.shape.columns), this.shape, this.rows());
    this.render('full');
  }

  /** Redraws the cards of the window (after an item changed, e.g. the language or a lock). */
  refresh(): void {
    this.cancelRest();
    this.bound.fill(-1);
    this.shown = new Array(this.bound.length);
    this.render('full');
  }

  /** Moves the focus to `index` (clamped); `event` is the key that moved it, if any. */
  focusOn(index: number, event?: KeyboardEvent): void {
    if (this.source.length === 0) return;
    const next = Math.max(0, Math.min(this.source.length - 1, index));
    if (next === this.focusIndex) return;
    const held = this.hold.move(event);
    this.focusIndex = next;
    this.top = scrollTop(this.top, rowOf(next, this.shape.columns), this.shape, this.rows());
    this.render(held ? 'quiet' : 'titles');
    if (!held) this.tell();
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.rest(), REST_MS);
  }

  /** Leaving the grid (the rail, another page) settles a hold at once, so the parent knows the last title. */
  override _unfocus(): void {
    if (this.restTimer) this.rest(true);
  }

  override _inactive(): void {
    this.cancelRest();
  }

  /** Any other key settles a hold first: the parent acts on the focused title (Yellow re-sorts around it). */
  override _captureKey(): boolean {
    if (this.restTimer) this.rest(true);
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

  override _handleLeft(event?: KeyboardEvent): void {
    this.move('left', event);
  }

  override _handleRight(event?: KeyboardEvent): void {
    this.move('right', event);
  }

  override _handleUp(event?: KeyboardEvent): void {
    this.move('up', event);
  }

  override _handleDown(event?: KeyboardEvent): void {
    this.move('down', event);
  }

  _handleChannelUp(event?: KeyboardEvent): void {
    this.move('pageUp', event);
  }

  _handleChannelDown(event?: KeyboardEvent): void {
    this.move('pageDown', event);
  }

  override _handleEnter(): boolean | void {
    if (this.source.length === 0) return false;
    this.signal('select', this.focusIndex);
  }

  private move(move: GridMove, event: KeyboardEvent | undefined): void {
    const next = moveFocus(this.focusIndex, move, this.source.length, this.shape);
    if (next < 0) this.signal('leave', move);
    else this.focusOn(next, event);
  }

  private rows(): number {
    return rowCount(this.source.length, this.shape.columns);
  }

  /**
   * The focus rested (or `now`: something else needs it settled): draw the cards of the window with their posters
   * and tell the parent where it is.
   */
  private rest(now = false): void {
    if (!now && inputPending()) {
      // Keys queued behind a slow frame are the hold going on: they come first.
      if (this.restTimer) clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.rest(), REST_MS / 4);
      return;
    }
    this.cancelRest();
    this.render('full');
    this.tell();
  }

  /** Signals `focusChange` unless the parent already knows the focused position. */
  private tell(): void {
    if (this.told === this.focusIndex) return;
    this.told = this.focusIndex;
    this.signal('focusChange', this.focusIndex);
  }

  private cancelRest(): void {
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = undefined;
  }

  /**
   * Binds the window's cards. Cards that come into view are drawn by `mode`: `quiet` binds them only (plain tiles),
   * `titles` draws the title tiles of those on screen, `full` draws those on screen with their posters. Cards in the
   * margin rows are bound only: they are drawn when they scroll into view.
   */
  private render(mode: RenderMode): void {
    const cards = this.Cards.children as unknown as PosterCard[];
    if (cards.length === 0) return;
    const { columns, visibleRows } = this.shape;
    const { first, last } = rowWindow(this.top, this.shape, this.rows());
    const stepX = CARD.w + GRID_GAP.x;
    const stepY = CARD.h + GRID_GAP.y;
    for (let slot = 0; slot < cards.length; slot++) {
      const index = this.bound[slot];
      // Unbound cards too: a shorter list than the last one leaves cards without a position.
      if (index < 0 || rowOf(index, columns) < first || rowOf(index, columns) > last) {
        cards[slot].visible = false;
        cards[slot].pauseImage();
        this.bound[slot] = -1;
      }
    }
    const end = Math.min(this.source.length, (last + 1) * columns);
    for (let index = first * columns; index < end; index++) {
      const slot = slotOf(index, this.shape);
      const card = cards[slot];
      const row = rowOf(index, columns);
      // The full rows and the partly visible one below are on screen.
      const onScreen = row >= this.top && row <= this.top + visibleRows;
      if (this.bound[slot] !== index) {
        this.bound[slot] = index;
        this.shown[slot] = this.source.itemAt(index);
        // Plain assignments: a patch object per card per key would be garbage on every move.
        card.x = columnOf(index, columns) * stepX;
        card.y = row * stepY;
        card.visible = true;
        if (mode === 'quiet' || !onScreen) card.bindQuietly(this.shown[slot] as PosterItem);
      }
      if (mode !== 'quiet' && onScreen) card.show(this.shown[slot] as PosterItem, mode === 'full');
      // A poster arriving during a move costs a frame: those still coming wait for the rest (off screen ones too).
      else if (mode !== 'full') card.pauseImage();
    }
    // One position for all cards: a move scrolls the grid without touching the cards that stay.
    this.Cards.y = FOCUS_MARGIN - this.top * stepY;
    this._refocus();
  }
}
