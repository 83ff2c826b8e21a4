import { Lightning } from '@lightningjs/sdk';
import type { CatalogChanges } from '../../library';
import type { Account } from '../../xtream';
import { summarizeAccount } from '../accountSummary';
import { ProgressBar } from '../components/ProgressBar';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { t, tn } from '../i18n';
import type { ActivitySnapshot } from '../loadActivity';
import { currentProgress, describeGuide, describeProgress, describeSavedData, formatCount } from '../progressText';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE } from '../theme';
import { COUNT_TILE, CountTile } from './CountTile';

export interface AccountPanelSpec extends Lightning.Component.TemplateSpec {
  Title: object;
  SavedData: object;
  Warning: object;
  Card: object;
  Summary: object;
  Tiles: { Channels: typeof CountTile; Movies: typeof CountTile; Series: typeof CountTile };
  CatalogLine: object;
  GuideLine: object;
  Progress: typeof ProgressBar;
  AccountLine: object;
}

/** The panel's width on the 1920×1080 stage (right of the home page's menu, inside the safe area). */
export const PANEL_W = 1140;
const LABEL_W = 380;
const ROW_H = 54;
const CARD = { y: 256, h: 430, pad: 40 } as const;
const TILES_Y = 722;
const TILE_GAP = (PANEL_W - 3 * COUNT_TILE.w) / 2;
/** Below the tiles: the catalogue's or the guide's line, then the progress bar. */
const FULL = { line: TILES_Y + COUNT_TILE.h + 24, progress: TILES_Y + COUNT_TILE.h + 80 } as const;
/** Under the home rows: the account in one line, then the same two. */
const COMPACT = { account: 840, line: 886, progress: 932 } as const;

/** "3 new channels, 1 removed" for the toast after a background refresh. */
function describeChanges(changes: CatalogChanges): string {
  const live = changes.sections.live.items;
  const parts: string[] = [];
  if (live.added) parts.push(tn('home.changes.added', live.added));
  if (live.removed) parts.push(t('home.changes.removed', { count: live.removed }));
  if (live.updated) parts.push(t('home.changes.updated', { count: live.updated }));
  return parts.length ? t('home.changes.summary', { parts: parts.join(', ') }) : t('home.changes.none');
}

/**
 * The account side of the home page: the account's name, whether the data shown is saved data, a warning when the
 * subscription ends within a week, the account's facts in a card, what the catalogue holds in three tiles, and a
 * progress bar while the catalogue or the guide loads. Under the home rows ({@link AccountPanel.setCompact}) the
 * card and the tiles give way and the account's status shrinks to one line.
 */
export class AccountPanel
  extends Lightning.Component<AccountPanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<AccountPanelSpec>
{
  static override _template(): Lightning.Component.Template<AccountPanelSpec> {
    const line = (y: number) => ({
      y,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: PANEL_W, maxLines: 1 }),
    });
    return {
      Title: {
        y: SAFE.y,
        text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: PANEL_W - 240, maxLines: 1 }),
      },
      SavedData: { y: SAFE.y + 82, text: textStyle('', FONT.small, COLORS.textMuted) },
      Warning: {
        y: SAFE.y + 124,
        visible: false,
        text: textStyle('', FONT.body, COLORS.warning, { wordWrapWidth: PANEL_W, maxLines: 1 }),
      },
      Card: {
        y: CARD.y,
        texture: Lightning.Tools.getRoundRect(PANEL_W, CARD.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Summary: { x: CARD.pad, y: CARD.y + CARD.pad - 6 },
      Tiles: {
        y: TILES_Y,
        Channels: { type: CountTile },
        Movies: { type: CountTile, x: COUNT_TILE.w + TILE_GAP },
        Series: { type: CountTile, x: 2 * (COUNT_TILE.w + TILE_GAP) },
      },
      CatalogLine: line(FULL.line),
      GuideLine: line(FULL.line),
      Progress: { type: ProgressBar, y: FULL.progress, visible: false },
      AccountLine: { ...line(COMPACT.account), visible: false },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly SavedData = this.getByRef('SavedData')!;
  readonly Warning = this.getByRef('Warning')!;
  readonly Card = this.getByRef('Card')!;
  readonly Summary = this.getByRef('Summary')!;
  readonly Tiles = this.getByRef('Tiles')!;
  readonly Progress = this.getByRef('Progress')!;
  readonly CatalogLine = this.getByRef('CatalogLine')!;
  readonly GuideLine = this.getByRef('GuideLine')!;
  readonly AccountLine = this.getByRef('AccountLine')!;
  private shownChanges: CatalogChanges | undefined;
  private shownAccount: Account | undefined;

  /** Draws the signed-in account anew (on every visit of the page, and after a language change). */
  open(snapshot: ActivitySnapshot): void {
    this.shownChanges = snapshot.lastChanges;
    this.showAccount();
    this.showActivity(snapshot);
  }

  /** With rows above (true) the card and tiles give way to a one-line account status. */
  setCompact(compact: boolean): void {
    this.AccountLine.visible = compact;
    this.Card.visible = !compact;
    this.Summary.visible = !compact;
    this.Tiles.visible = !compact;
    const at = compact ? COMPACT : FULL;
    this.CatalogLine.y = at.line;
    this.GuideLine.y = at.line;
    this.Progress.y = at.progress;
  }

  private showAccount(): void {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const account = signedIn.account;
    this.shownAccount = account;
    const summary = summarizeAccount(account, account.server.serverTime ?? Date.now());
    this.Title.text = t('home.title', { name: account.username });
    // Above rows the account shrinks to one line: its status, when it ends and the connections in use.
    const brief = summary.rows.filter((row) =>
      [t('home.row.status'), t('home.row.expires'), t('home.row.connections')].some((label) => label === row.label),
    );
    this.AccountLine.text = brief.map((row) => t('home.pair', { label: row.label, value: row.value })).join(' · ');
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

  /** Draws what the loads report (called on every change of their progress). */
  showActivity(snapshot: ActivitySnapshot): void {
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
    // Movies and series arrive behind the channels: each tile counts once its own kind is in.
    const count = (kind: 'live' | 'movie' | 'series') =>
      current && ready && catalog.sections[kind] === 'ready' ? formatCount(current.count(kind)) : '…';
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
}
