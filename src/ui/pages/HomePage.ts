import { Lightning, Router } from '@lightningjs/sdk';
import { MEDIA_KINDS, type Catalog } from '../../library';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { appContext, leaveAccount } from '../context';
import { AccountPanel, PANEL_W } from '../home/AccountPanel';
import { accountShown, revealAccount } from '../home/accountReveal';
import { HOME_MENU, NAVIGATION_ENTRIES, type MenuItem } from '../home/menu';
import { MENU_ENTRY, MenuEntry } from '../home/MenuEntry';
import type { RowItem } from '../home/rowItems';
import type { RowsPanel } from '../home/RowsPanel';

type RowsModule = typeof import('../home/rowsModule');
import { t } from '../i18n';
import { catalogNow, imageUrl } from '../library/libraryData';
import type { ActivitySnapshot } from '../loadActivity';
import { formatClock } from '../preferences';
import { accountsRoutes } from '../routing/accounts';
import { forgetAccount } from '../session';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface HomePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Sidebar: object;
  Brand: object;
  Menu: object;
  Clock: object;
  Account: typeof AccountPanel;
  Rows: object;
  Confirm: typeof ConfirmDialog;
}

const SIDEBAR_W = 600;
const MENU_Y = 190;
const MENU_STEP = MENU_ENTRY.h + 12;
/** Space between the places to go and the account's actions. */
const MENU_GAP = 36;
const PANEL_X = SIDEBAR_W + 84;
/** Where the rows start (below the account's name and its warning). */
const ROWS_Y = 224;
/** How often the clock in the corner is redrawn. */
const CLOCK_MS = 15000;

function menuY(index: number): number {
  return MENU_Y + index * MENU_STEP + (index >= NAVIGATION_ENTRIES ? MENU_GAP : 0);
}

/** Which kinds a catalogue holds so far, as a short key. */
function loadedKinds(catalog: Catalog | undefined): string {
  return catalog ? MEDIA_KINDS.filter((kind) => catalog.isLoaded(kind)).join() : '';
}

/**
 * The home page (the root after sign-in): a menu of large entries on the left (Live TV, Guide, Movies, Series,
 * Search, Favourites, Settings, then Switch account and Sign out); on the right the account ({@link AccountPanel})
 * and, once the viewer has watched something, the rows "Continue watching" and "Recently watched channels"
 * ({@link RowsPanel}), drawn from the user data in memory. Right enters the rows, Left from a row's first card and
 * Up from the top row return to the menu; OK plays the focused card, Red removes it after asking. On a warm start
 * everything shows at once from the saved data.
 */
export class HomePage
  extends Lightning.Component<HomePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomePageSpec>
{
  static override _template(): Lightning.Component.Template<HomePageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Sidebar: { rect: true, w: SIDEBAR_W, h: STAGE_H, color: COLORS.surface },
      Brand: { x: SAFE.x, y: SAFE.y + 8, text: textStyle('TV Player', FONT.heading, COLORS.text) },
      Menu: {
        x: SAFE.x - 32,
        children: HOME_MENU.map((item, i) => ({ ref: item.ref, type: MenuEntry, y: menuY(i) })),
      },
      Clock: { x: STAGE_W - SAFE.x, y: SAFE.y + 8, mountX: 1, text: textStyle('', FONT.heading, COLORS.textMuted) },
      Account: { type: AccountPanel, x: PANEL_X },
      // The rows panel goes in here once its chunk is loaded (see loadRows).
      Rows: { x: PANEL_X, y: ROWS_Y, visible: false },
      Confirm: {
        type: ConfirmDialog,
        zIndex: 200,
        signals: { confirm: '_removeConfirmed', cancel: '_removeCancelled' },
      },
    };
  }

  readonly Menu = this.getByRef('Menu')!;
  readonly Clock = this.getByRef('Clock')!;
  readonly Account = this.getByRef('Account')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly Confirm = this.getByRef('Confirm')!;
  private menuIndex = 0;
  /** Where the focus is: the menu, the rows, or the question before removing an item. */
  private area: 'menu' | 'rows' | 'confirm' = 'menu';
  private removing: RowItem | undefined;
  /** The catalogue the rows were drawn from (a refreshed one draws them again). */
  private rowsCatalog: unknown;
  /** The kinds the catalogue held when the rows were drawn (movies and series arrive behind the channels). */
  private rowsKinds = '';
  private rowsGeneration = 0;
  /** The rows' code, once loaded, and their panel. */
  private rowsCode: RowsModule | undefined;
  private rowsRequested = false;
  private panel: RowsPanel | undefined;
  private stopListening: (() => void) | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;

  /**
   * Loads the rows' chunk, then draws them. Rows are drawn from the catalogue, which a warm start reads only after
   * the first key: their code loads once it is in, so the first screen takes its first key without it.
   */
  private loadRows(): void {
    if (this.rowsRequested || !catalogNow(appContext())) return;
    this.rowsRequested = true;
    void import(/* webpackChunkName: "home-rows" */ '../home/rowsModule').then(
      (code) => {
        if (this.rowsCode) return;
        this.rowsCode = code;
        this.Rows.childList.a({ type: code.RowsPanel });
        this.panel = this.Rows.childList.getAt(0) as unknown as RowsPanel;
        this.panel.configure(PANEL_W, (item) => imageUrl(appContext(), item.imageUrl));
        if (this.active) {
          this.showRows();
          this.refreshRows();
        }
      },
      (error: unknown) => {
        this.rowsRequested = false;
        console.warn('The home rows could not be loaded', error);
      },
    );
  }

  /** Called by the route on every visit (and after a language change): draws every text anew. */
  open(): void {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    HOME_MENU.forEach((item, i) => {
      this.entry(i).label = t(item.label);
    });
    if (this.stopListening) this.stopListening();
    this.stopListening = signedIn.activity.onChange((snapshot) => this.showActivity(snapshot));
    this.openAccount();
    this.showRows();
    this.refreshRows();
    this.loadRows();
    this.startClock();
    if (context.pendingToast) {
      context.toast(context.pendingToast);
      context.pendingToast = undefined;
    }
  }

  /** Draws the account's side, at once or, on the app's first screen, just after the menu (see revealAccount). */
  private openAccount(): void {
    const shown = accountShown();
    this.Account.visible = shown;
    if (shown) return (this.Account as AccountPanel).open(appContext().signedIn!.activity.snapshot);
    void revealAccount().then(() => {
      const signedIn = appContext().signedIn;
      if (this.active && signedIn) this.openAccount();
    });
  }

  override _inactive(): void {
    if (this.stopListening) this.stopListening();
    this.stopListening = undefined;
    if (this.clockTimer !== undefined) clearInterval(this.clockTimer);
    this.clockTimer = undefined;
  }

  override _getFocused(): Lightning.Component {
    if (this.area === 'confirm') return this.Confirm;
    if (this.area === 'rows' && this.panel) return this.panel;
    return this.entry(this.menuIndex);
  }

  private entry(index: number): MenuEntry {
    return this.Menu.childList.getAt(index) as unknown as MenuEntry;
  }

  private focusArea(area: 'menu' | 'rows' | 'confirm'): void {
    this.area = area;
    this._refocus();
  }

  // In the rows, Up reaches the page only from the top row, and Left only from a row's first card.
  override _handleUp(): void {
    if (this.area === 'rows') return this.focusArea('menu');
    this.menuIndex = Math.max(0, this.menuIndex - 1);
    this._refocus();
  }

  override _handleDown(): void {
    if (this.area !== 'menu') return;
    this.menuIndex = Math.min(HOME_MENU.length - 1, this.menuIndex + 1);
    this._refocus();
  }

  override _handleRight(): void {
    if (this.area !== 'menu' || !this.panel || !this.panel.hasRows) return;
    this.panel.enterFromMenu();
    this.focusArea('rows');
  }

  override _handleLeft(): void {
    if (this.area === 'rows') this.focusArea('menu');
  }

  override _handleBack(): boolean {
    if (this.area !== 'rows') return false;
    this.focusArea('menu');
    return true;
  }

  override _handleEnter(): void {
    if (this.area === 'menu') return this.choose(HOME_MENU[this.menuIndex]);
    const rows = this.panel;
    const item = rows ? rows.current : undefined;
    if (rows && item && this.rowsCode) void this.rowsCode.playRowItem(appContext(), item, rows.rowOf(item));
  }

  /** Red on a card: asks before removing it from its row. */
  _handleRed(): void {
    const item = this.area === 'rows' && this.panel ? this.panel.current : undefined;
    if (!item || !this.rowsCode) return;
    this.removing = item;
    const question = this.rowsCode.removalQuestion(item);
    (this.Confirm as ConfirmDialog).ask(question, t('home.remove.confirm'), t('home.remove.cancel'));
    this.focusArea('confirm');
  }

  _removeConfirmed(): void {
    const item = this.removing;
    this.closeConfirm();
    if (item && this.rowsCode) void this.rowsCode.removeRowItem(appContext(), item).then(() => this.showRows());
  }

  _removeCancelled(): void {
    this.closeConfirm();
  }

  private closeConfirm(): void {
    this.removing = undefined;
    (this.Confirm as ConfirmDialog).close();
    this.focusArea('rows');
  }

  private choose(item: MenuItem): void {
    const action = item.action;
    if ('route' in action) Router.navigate(action.route);
    else if (action.account === 'switch') this.switchAccount();
    else void this.signOut();
  }

  private startClock(): void {
    const draw = () => {
      this.Clock.text = formatClock(new Date());
    };
    draw();
    if (this.clockTimer === undefined) this.clockTimer = setInterval(draw, CLOCK_MS);
  }

  private showActivity(snapshot: ActivitySnapshot): void {
    if (this.Account.visible) (this.Account as AccountPanel).showActivity(snapshot);
    // The rows need the catalogue: drawn once it is loaded, and again when a refresh replaced it.
    const catalog = catalogNow(appContext());
    this.loadRows();
    if (catalog !== this.rowsCatalog || loadedKinds(catalog) !== this.rowsKinds) this.showRows();
  }

  /** Draws the rows from the user data in memory; with rows the account's card and tiles give way to them. */
  private showRows(): void {
    const rows = this.panel;
    const code = this.rowsCode;
    if (!rows || !code) return;
    const context = appContext();
    this.rowsCatalog = catalogNow(context);
    this.rowsKinds = loadedKinds(catalogNow(context));
    rows.show(code.readRows(context), this.area !== 'menu');
    const compact = rows.hasRows;
    if (!compact && this.area === 'rows') this.area = 'menu';
    this.Rows.visible = compact;
    (this.Account as AccountPanel).setCompact(compact);
    this._refocus();
  }

  /**
   * After playback the last position is still being stored, and episodes may wait for their series to be found:
   * the rows are drawn again once either is done.
   */
  private refreshRows(): void {
    const code = this.rowsCode;
    if (!code) return;
    const generation = ++this.rowsGeneration;
    const context = appContext();
    const redraw = () => {
      if (generation === this.rowsGeneration && this.active) this.showRows();
    };
    void code.progressSettled().then(redraw);
    void code
      .placeEpisodes(context)
      .then((found) => found && redraw())
      .catch(() => undefined);
  }

  /** To the saved accounts (where the account page exists), else back to the sign-in page keeping this account. */
  private switchAccount(): void {
    if (accountsRoutes.some((entry) => entry.path === 'accounts')) {
      Router.navigate('accounts');
      return;
    }
    leaveAccount(appContext());
    this.leave();
  }

  /** Forgets this account on this TV, then back to the sign-in page. */
  private async signOut(): Promise<void> {
    await forgetAccount(appContext());
    this.leave();
  }

  private leave(): void {
    this.menuIndex = 0;
    this.area = 'menu';
    Router.setHistory([]);
    Router.navigate('login', false);
  }
}
