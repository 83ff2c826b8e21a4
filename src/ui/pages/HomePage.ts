import { Lightning, Router } from '@lightningjs/sdk';
import type { CatalogChanges } from '../../library';
import type { Account } from '../../xtream';
import { summarizeAccount } from '../accountSummary';
import { ProgressBar } from '../components/ProgressBar';
import { appContext, leaveAccount } from '../context';
import { describeError } from '../describeError';
import { COUNT_TILE, CountTile } from '../home/CountTile';
import { HOME_MENU, NAVIGATION_ENTRIES, type MenuItem } from '../home/menu';
import { MENU_ENTRY, MenuEntry } from '../home/MenuEntry';
import { t, tn } from '../i18n';
import type { ActivitySnapshot } from '../loadActivity';
import { formatClock } from '../preferences';
import { currentProgress, describeGuide, describeProgress, describeSavedData, formatCount } from '../progressText';
import { forgetAccount } from '../session';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface HomePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Sidebar: object;
  Brand: object;
  Menu: object;
  Clock: object;
  Title: object;
  SavedData: object;
  Warning: object;
  Card: object;
  Summary: object;
  Tiles: { Channels: typeof CountTile; Movies: typeof CountTile; Series: typeof CountTile };
  CatalogLine: object;
  GuideLine: object;
  Progress: typeof ProgressBar;
}

const SIDEBAR_W = 600;
const MENU_Y = 190;
const MENU_STEP = MENU_ENTRY.h + 12;
/** Space between the places to go and the account's actions. */
const MENU_GAP = 36;
const PANEL_X = SIDEBAR_W + 84;
const PANEL_W = STAGE_W - SAFE.x - PANEL_X;
const LABEL_W = 380;
const ROW_H = 54;
const CARD = { y: 256, h: 430, pad: 40 } as const;
const TILES_Y = 722;
const TILE_GAP = (PANEL_W - 3 * COUNT_TILE.w) / 2;
/** How often the clock in the corner is redrawn. */
const CLOCK_MS = 15000;

/** "3 new channels, 1 removed" for the toast after a background refresh. */
function describeChanges(changes: CatalogChanges): string {
  const live = changes.sections.live.items;
  const parts: string[] = [];
  if (live.added) parts.push(tn('home.changes.added', live.added));
  if (live.removed) parts.push(t('home.changes.removed', { count: live.removed }));
  if (live.updated) parts.push(t('home.changes.updated', { count: live.updated }));
  return parts.length ? t('home.changes.summary', { parts: parts.join(', ') }) : t('home.changes.none');
}

function menuY(index: number): number {
  return MENU_Y + index * MENU_STEP + (index >= NAVIGATION_ENTRIES ? MENU_GAP : 0);
}

/**
 * The home page (the root after sign-in): a menu of large entries on the left (Live TV, Guide, Movies, Series,
 * Search, Favourites, Settings, then Switch account and Sign out); on the right the account's status with a warning
 * when the subscription ends within a week, what the catalogue holds, and a progress bar while the catalogue or the
 * guide loads. On a warm start everything shows at once from the saved data.
 */
export class HomePage
  extends Lightning.Component<HomePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomePageSpec>
{
  static override _template(): Lightning.Component.Template<HomePageSpec> {
    const line = (y: number) => ({
      x: PANEL_X,
      y,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: PANEL_W, maxLines: 1 }),
    });
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Sidebar: { rect: true, w: SIDEBAR_W, h: STAGE_H, color: COLORS.surface },
      Brand: { x: SAFE.x, y: SAFE.y + 8, text: textStyle('TV Player', FONT.heading, COLORS.text) },
      Menu: {
        x: SAFE.x - 32,
        children: HOME_MENU.map((item, i) => ({ ref: item.ref, type: MenuEntry, y: menuY(i) })),
      },
      Clock: { x: STAGE_W - SAFE.x, y: SAFE.y + 8, mountX: 1, text: textStyle('', FONT.heading, COLORS.textMuted) },
      Title: {
        x: PANEL_X,
        y: SAFE.y,
        text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: PANEL_W - 240, maxLines: 1 }),
      },
      SavedData: { x: PANEL_X, y: SAFE.y + 82, text: textStyle('', FONT.small, COLORS.textMuted) },
      Warning: {
        x: PANEL_X,
        y: SAFE.y + 124,
        visible: false,
        text: textStyle('', FONT.body, COLORS.warning, { wordWrapWidth: PANEL_W, maxLines: 1 }),
      },
      Card: {
        x: PANEL_X,
        y: CARD.y,
        texture: Lightning.Tools.getRoundRect(PANEL_W, CARD.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Summary: { x: PANEL_X + CARD.pad, y: CARD.y + CARD.pad - 6 },
      Tiles: {
        x: PANEL_X,
        y: TILES_Y,
        Channels: { type: CountTile },
        Movies: { type: CountTile, x: COUNT_TILE.w + TILE_GAP },
        Series: { type: CountTile, x: 2 * (COUNT_TILE.w + TILE_GAP) },
      },
      CatalogLine: line(TILES_Y + COUNT_TILE.h + 24),
      GuideLine: line(TILES_Y + COUNT_TILE.h + 24),
      Progress: { type: ProgressBar, x: PANEL_X, y: TILES_Y + COUNT_TILE.h + 80, visible: false },
    };
  }

  readonly Menu = this.getByRef('Menu')!;
  readonly Clock = this.getByRef('Clock')!;
  readonly Title = this.getByRef('Title')!;
  readonly SavedData = this.getByRef('SavedData')!;
  readonly Warning = this.getByRef('Warning')!;
  readonly Summary = this.getByRef('Summary')!;
  readonly Tiles = this.getByRef('Tiles')!;
  readonly Progress = this.getByRef('Progress')!;
  readonly CatalogLine = this.getByRef('CatalogLine')!;
  readonly GuideLine = this.getByRef('GuideLine')!;
  private menuIndex = 0;
  private stopListening: (() => void) | undefined;
  private shownChanges: CatalogChanges | undefined;
  private shownAccount: Account | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;

  /** Called by the route on every visit (and after a language change): draws every text anew. */
  open(): void {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    HOME_MENU.forEach((item, i) => {
      this.entry(i).label = t(item.label);
    });
    if (this.stopListening) this.stopListening();
    this.shownChanges = signedIn.activity.snapshot.lastChanges;
    this.stopListening = signedIn.activity.onChange((snapshot) => this.showActivity(snapshot));
    this.showAccount();
    this.showActivity(signedIn.activity.snapshot);
    this.startClock();
    if (context.pendingToast) {
      context.toast(context.pendingToast);
      context.pendingToast = undefined;
    }
  }

  override _inactive(): void {
    if (this.stopListening) this.stopListening();
    this.stopListening = undefined;
    if (this.clockTimer !== undefined) clearInterval(this.clockTimer);
    this.clockTimer = undefined;
  }

  override _getFocused(): Lightning.Component {
    return this.entry(this.menuIndex);
  }

  private entry(index: number): MenuEntry {
    return this.Menu.childList.getAt(index) as unknown as MenuEntry;
  }

  override _handleUp(): void {
    this.menuIndex = Math.max(0, this.menuIndex - 1);
    this._refocus();
  }

  override _handleDown(): void {
    this.menuIndex = Math.min(HOME_MENU.length - 1, this.menuIndex + 1);
    this._refocus();
  }

  override _handleEnter(): void {
    this.choose(HOME_MENU[this.menuIndex]);
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

  private showAccount(): void {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const account = signedIn.account;
    this.shownAccount = account;
    const summary = summarizeAccount(account, account.server.serverTime ?? Date.now());
    this.Title.text = t('home.title', { name: account.username });
    this.Summary.children = summary.rows.map((row, i) => ({
      y: i * ROW_H,
      Label: { text: textStyle(row.label, FONT.body, COLORS.textMuted) },
      Value: {
        x: LABEL_W,
        text: textStyle(row.value, FONT.body, COLORS.text, {
          wordWrapWidth: PANEL_W - 2 * CARD.pad - LABEL_W,
          maxLines: 1,
        }),
      },
    }));
    if (account.message) {
      this.Summary.childList.a({
        y: summary.rows.length * ROW_H + 16,
        text: textStyle(account.message, FONT.small, COLORS.textMuted, {
          wordWrapWidth: PANEL_W - 2 * CARD.pad,
          maxLines: 1,
        }),
      });
    }
  }

  private showActivity(snapshot: ActivitySnapshot): void {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const { account } = snapshot;
    const saved = account.fromCache ? describeSavedData(account.fetchedAt, account.offline) : undefined;
    this.SavedData.patch({
      text: { text: saved ?? '', textColor: account.offline ? COLORS.warning : COLORS.textMuted },
    });
    const warning = account.problem
      ? describeError(account.problem).message
      : summarizeAccount(signedIn.account, signedIn.account.server.serverTime ?? Date.now()).warning;
    this.Warning.patch({ visible: Boolean(warning), text: { text: warning ?? '' } });

    const progress = currentProgress(snapshot);
    if (progress) this.Progress.show(describeProgress(progress), progress.fraction);
    else this.Progress.hide();

    this.showCounts(snapshot);
    this.GuideLine.text = describeGuide(snapshot.guide);

    if (snapshot.lastChanges && snapshot.lastChanges !== this.shownChanges) {
      this.shownChanges = snapshot.lastChanges;
      if (snapshot.lastChanges.changed) appContext().toast(describeChanges(snapshot.lastChanges));
    }
    // Fresh facts arrived from the background check.
    if (signedIn.account !== this.shownAccount) this.showAccount();
  }

  /** The tiles' counts once the catalogue is there; until then "…", and a line saying why when it failed. */
  private showCounts(snapshot: ActivitySnapshot): void {
    const catalog = snapshot.catalog;
    const current = appContext().signedIn?.source.catalog;
    const ready = current !== undefined && catalog.state === 'ready';
    const count = (kind: 'live' | 'movie' | 'series') => (current && ready ? formatCount(current.count(kind)) : '…');
    (this.Tiles.tag('Channels') as CountTile).show(count('live'), t('home.tile.channels'));
    (this.Tiles.tag('Movies') as CountTile).show(count('movie'), t('home.tile.movies'));
    (this.Tiles.tag('Series') as CountTile).show(count('series'), t('home.tile.series'));
    let line = '';
    if (catalog.state === 'failed') {
      line = t('home.catalogFailed', { message: describeError(catalog.error).message });
    } else if (!ready) line = t('home.catalogLoading');
    // The catalogue's line stands in for the guide's until the catalogue is there (the guide loads after it).
    this.CatalogLine.patch({ visible: line !== '', text: { text: line } });
    this.GuideLine.visible = line === '';
  }

  /** Back to the sign-in page, keeping this account saved for later. */
  private switchAccount(): void {
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
    Router.setHistory([]);
    Router.navigate('login', false);
  }
}
