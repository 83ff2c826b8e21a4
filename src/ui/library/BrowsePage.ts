import { Lightning, Router } from '@lightningjs/sdk';
import { ALL_CATEGORIES, type Catalog, type ItemList } from '../../library';
import { StatusView } from '../components/StatusView';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { onLanguageChange, t, tn } from '../i18n';
import { askToOpen, lockedCategoriesOf } from '../parental/lockedCategory';
import { applyStoredCategoryRules } from '../parental/parentalState';
import { PinDialog } from '../parental/PinDialog';
import { registerProbe } from '../testHook';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { browseState, type BrowseState } from './browseState';
import { CategoryRow, type CategoryRowItem } from './CategoryRow';
import type { GridMove } from './gridMath';
import { categoryRows, posterSource, type Title } from './browseSource';
import { loadCatalog, type LibraryKind } from './libraryData';
import { PosterGrid } from './PosterGrid';
import { nextSort, sortName } from './sortCycle';
import { metaLine } from './detailsText';

export interface BrowsePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Count: object;
  Focused: object;
  Meta: object;
  Sort: object;
  SortHint: object;
  Rail: typeof VirtualList;
  Grid: typeof PosterGrid;
  Status: typeof StatusView;
  Pin: typeof PinDialog;
}

const TOP = 240;
const RAIL = { x: SAFE.x, w: 380 } as const;
const GRID = { x: SAFE.x + RAIL.w + 48, w: STAGE_W - SAFE.x - (SAFE.x + RAIL.w + 48) } as const;
/** How long the rail's focus rests on a category before the grid follows it. */
const FOLLOW_MS = 300;

/**
 * The poster grid of one kind (movies or series) with its category rail on the left: All, then the provider's
 * categories in the viewer's order (hidden ones left out, locked ones marked: OK asks for the PIN). Yellow cycles the
 * sort order. Left from the first column goes to the rail, Right or OK from the rail back to the grid; OK on a poster
 * opens its details (a title of a locked category asks for the PIN first).
 */
export abstract class BrowsePage
  extends Lightning.Component<BrowsePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<BrowsePageSpec>
{
  static override _template(): Lightning.Component.Template<BrowsePageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title, COLORS.text) },
      Count: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      Focused: {
        x: GRID.x,
        y: SAFE.y + 8,
        text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: GRID.w - 420, maxLines: 1 }),
      },
      Meta: {
        x: GRID.x,
        y: SAFE.y + 84,
        text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: GRID.w - 420, maxLines: 1 }),
      },
      Sort: { x: STAGE_W - SAFE.x, y: SAFE.y + 8, mountX: 1, text: textStyle('', FONT.small, COLORS.text) },
      SortHint: { x: STAGE_W - SAFE.x, y: SAFE.y + 84, mountX: 1, text: textStyle('', FONT.small, COLORS.warning) },
      Rail: {
        type: VirtualList,
        x: RAIL.x,
        y: TOP,
        w: RAIL.w,
        signals: { select: '_railSelect', focusChange: '_railFocus' },
      },
      Grid: {
        type: PosterGrid,
        x: GRID.x,
        y: TOP,
        signals: { select: '_openTitle', focusChange: '_gridFocus', leave: '_leaveGrid' },
      },
      Status: { type: StatusView, x: GRID.x + (GRID.w - 1200) / 2, y: 380, signals: { retry: '_reload' } },
      Pin: { type: PinDialog },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Count = this.getByRef('Count')!;
  readonly Focused = this.getByRef('Focused')!;
  readonly Meta = this.getByRef('Meta')!;
  readonly Sort = this.getByRef('Sort')!;
  readonly SortHint = this.getByRef('SortHint')!;
  readonly Rail = this.getByRef('Rail')! as VirtualList<CategoryRowItem>;
  readonly Grid = this.getByRef('Grid')! as PosterGrid;
  readonly Status = this.getByRef('Status')!;
  readonly Pin = this.getByRef('Pin')! as PinDialog;
  /** The kind of titles the page shows. */
  protected abstract readonly kind: LibraryKind;
  private catalog: Catalog | undefined;
  private categories: CategoryRowItem[] = [];
  private listing: ItemList<Title> | undefined;
  private inRail = false;
  /** A message stands where the grid was (and the focus went to the rail). */
  private messageShown = false;
  private generation = 0;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private stops: (() => void)[] = [];

  override _init(): void {
    this.Rail.configure({ rowType: CategoryRow, rowHeight: 72, gap: 8, height: STAGE_H - TOP - SAFE.y });
    this.Grid.configure(GRID.w, STAGE_H - TOP);
  }

  /** Called by the route on every visit: shows the remembered category, sort and title. */
  open(): void {
    this.listen();
    this.drawHeader();
    void this.load();
  }

  override _inactive(): void {
    this.generation++;
    this.Pin.close();
    if (this.followTimer) clearTimeout(this.followTimer);
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  _reload(): void {
    void this.load();
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.Pin.isOpen) return this.Pin;
    if (this.Status.canRetry) return this.Status;
    return this.inRail || this.Grid.length === 0 ? this.Rail : this.Grid;
  }

  _handleYellow(): void {
    const state = this.browsing();
    state.sort = nextSort(state.sort);
    this.showListing(true);
  }

  override _handleRight(): boolean | void {
    if (!this.inRail) return false;
    this._railSelect(this.Rail.focusedIndex);
  }

  _railFocus(index: number): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => this.followRail(index), FOLLOW_MS);
  }

  _railSelect(index: number): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followRail(index);
    const row = this.categories[index];
    const category = row && this.catalog ? this.catalog.category(this.kind, row.id) : undefined;
    if (category && category.locked) {
      this.askPin([category.id], category.name, () => this._railSelect(index));
      return;
    }
    if (this.Grid.length > 0) {
      this.inRail = false;
      this._refocus();
    }
  }

  _leaveGrid(move: GridMove): void {
    if (move !== 'left') return;
    this.inRail = true;
    this._refocus();
  }

  _gridFocus(index: number): void {
    const state = this.browsing();
    const item = this.listing ? this.listing.at(index) : undefined;
    state.focusedIndex = index;
    state.focusedId = item ? item.id : undefined;
    this.drawFocused();
  }

  _openTitle(index: number): void {
    const listing = this.listing;
    const item = listing ? listing.at(index) : undefined;
    if (!listing || !item) return;
    this._gridFocus(index);
    if (listing.isLocked(index)) {
      const ids = this.catalog ? lockedCategoriesOf(this.catalog, this.kind, item.categoryIds) : [];
      // An adult title outside every category has no category the PIN could open.
      if (ids.length === 0) appContext().toast(t('library.lockedCategory'));
      else this.askPin(ids, item.name, () => this._openTitle(index));
      return;
    }
    Router.navigate(`${this.kind === 'movie' ? 'movie' : 'series'}/${encodeURIComponent(item.id)}`);
  }

  private browsing(): BrowseState {
    return browseState(this.kind);
  }

  private listen(): void {
    if (this.stops.length > 0) return;
    const context = appContext();
    this.stops.push(
      onLanguageChange(() => {
        this.drawHeader();
        this.drawRail();
        this.Grid.refresh();
      }),
      registerProbe('library.grid', () => ({
        focusedIndex: this.Grid.focusedIndex,
        length: this.Grid.length,
        cards: this.Grid.cardCount,
      })),
    );
    const signedIn = context.signedIn;
    if (signedIn) {
      this.stops.push(
        signedIn.source.onCatalogChange(({ catalog }) => {
          applyStoredCategoryRules(context, catalog);
          this.catalog = catalog;
          this.drawRail();
          this.showListing(false);
        }),
      );
    }
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const context = appContext();
    const shown = context.signedIn ? context.signedIn.source.catalog : undefined;
    if (!shown || !shown.isLoaded(this.kind)) {
      this.Grid.visible = false;
      this.Status.showLoading(t(this.kind === 'movie' ? 'library.loadingMovies' : 'library.loadingSeries'));
    }
    try {
      const catalog = await loadCatalog(context, this.kind);
      if (generation !== this.generation) return;
      applyStoredCategoryRules(context, catalog);
      this.catalog = catalog;
      this.drawRail();
      this.showListing(false);
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Grid.visible = false;
      this.Status.showError(text.message, text.hint);
      this._refocus();
    }
  }

  private drawHeader(): void {
    this.Title.text = t(this.kind === 'movie' ? 'library.movies' : 'library.series');
    this.Sort.text = t('library.sort', { order: sortName(this.browsing().sort) });
    this.SortHint.text = t('library.sortHint');
  }

  private drawRail(): void {
    if (!this.catalog) return;
    this.categories = categoryRows(this.catalog, this.kind);
    const current = this.categories.findIndex((c) => c.id === this.browsing().categoryId);
    this.Rail.setItems(this.categories, Math.max(0, current));
  }

  private followRail(index: number): void {
    const category = this.categories[index];
    const state = this.browsing();
    if (!category || category.id === state.categoryId) return;
    state.categoryId = category.id;
    state.focusedId = undefined;
    state.focusedIndex = 0;
    this.showListing(false);
  }

  /** Shows the current category in the current order; `keepTitle` refocuses the same title after a re-sort. */
  private showListing(keepTitle: boolean): void {
    const catalog = this.catalog;
    this.drawHeader();
    if (!catalog) return;
    const state = this.browsing();
    const category = state.categoryId === ALL_CATEGORIES ? undefined : catalog.category(this.kind, state.categoryId);
    if (state.categoryId !== ALL_CATEGORIES && (!category || category.hidden)) state.categoryId = ALL_CATEGORIES;
    if (category && category.locked) {
      this.listing = undefined;
      this.Grid.setSource({ length: 0, itemAt: () => ({ title: '' }) });
      this.showMessage(t('library.lockedCategory'), t('parental.lockedHint'));
      return;
    }
    const listing = catalog.items(this.kind, state.categoryId, state.sort) as ItemList<Title>;
    this.listing = listing;
    const count = listing.length;
    this.Count.text = this.kind === 'movie' ? tn('library.movieCount', count) : tn('library.seriesCount', count);
    let focus = state.focusedIndex ?? 0;
    const atFocus = listing.at(focus);
    if (state.focusedId && (!atFocus || atFocus.id !== state.focusedId || keepTitle)) {
      focus = Math.max(0, listing.positionOf(state.focusedId));
    }
    this.Grid.setSource(posterSource(appContext(), this.kind, listing), focus);
    if (count === 0) {
      this.showMessage(t('library.emptyCategory'), t('library.emptyHint'));
      return;
    }
    this.Status.hide();
    this.Grid.visible = true;
    // A message (locked, empty) sent the focus to the rail; titles to show bring it back to the grid.
    if (this.messageShown) {
      this.messageShown = false;
      this.inRail = false;
    }
    this._gridFocus(this.Grid.focusedIndex);
    this._refocus();
  }

  /** The PIN prompt for locked categories (of a rail entry or of a title); with the PIN, `then` goes on. */
  private askPin(ids: string[], name: string, then: () => void): void {
    const opened = (): void => {
      this.drawRail();
      this.showListing(false);
      if (!this.catalog || !ids.some((id) => this.catalog?.category(this.kind, id)?.locked)) then();
    };
    askToOpen(appContext(), this.Pin, { kind: this.kind, ids, name }, opened, () => this._refocus());
    this._refocus();
  }

  private showMessage(message: string, hint: string): void {
    this.Grid.visible = false;
    this.Focused.text = '';
    this.Meta.text = '';
    this.Status.showMessage(message, hint);
    this.messageShown = true;
    this.inRail = true;
    this._refocus();
  }

  private drawFocused(): void {
    const item = this.listing ? this.listing.at(this.Grid.focusedIndex) : undefined;
    this.Focused.text = item ? item.name : '';
    this.Meta.text = item
      ? metaLine({ year: item.year, rating: item.rating, rating5: item.rating5, genre: item.genre })
      : '';
  }
}
