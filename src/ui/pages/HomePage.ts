import { Lightning, Router } from '@lightningjs/sdk';
import type { CatalogChanges } from '../../library';
import type { Account } from '../../xtream';
import { summarizeAccount } from '../accountSummary';
import { Button } from '../components/Button';
import { ProgressBar } from '../components/ProgressBar';
import { appContext, leaveAccount } from '../context';
import { describeError } from '../describeError';
import type { ActivitySnapshot } from '../loadActivity';
import { currentProgress, describeGuide, describeProgress, describeSavedData, formatCount } from '../progressText';
import { forgetAccount } from '../session';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface HomePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  SavedData: object;
  Warning: object;
  Summary: object;
  LiveTv: typeof Button;
  SwitchAccount: typeof Button;
  SignOut: typeof Button;
  Progress: typeof ProgressBar;
  CatalogLine: object;
  GuideLine: object;
}

const MENU_X = 1180;
const MENU_W = STAGE_W - SAFE.x - MENU_X;
const LABEL_W = 360;
type MenuItem = 'LiveTv' | 'SwitchAccount' | 'SignOut';
const MENU: readonly MenuItem[] = ['LiveTv', 'SwitchAccount', 'SignOut'];

/** "3 new channels, 1 removed" for the toast after a background refresh. */
function describeChanges(changes: CatalogChanges): string {
  const live = changes.sections.live.items;
  const parts: string[] = [];
  if (live.added) parts.push(`${live.added} new channel${live.added === 1 ? '' : 's'}`);
  if (live.removed) parts.push(`${live.removed} removed`);
  if (live.updated) parts.push(`${live.updated} changed`);
  return parts.length ? `Channel list updated: ${parts.join(', ')}.` : 'Channel list updated.';
}

/**
 * The account page (root after sign-in): what the subscription allows, whether it shows saved data, and where to
 * go next; while the channel list or the guide loads, a thin progress bar with the phase.
 */
export class HomePage
  extends Lightning.Component<HomePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomePageSpec>
{
  static override _template(): Lightning.Component.Template<HomePageSpec> {
    const line = (y: number) => ({
      x: MENU_X,
      y,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: MENU_W, maxLines: 2, lineHeight: 40 }),
    });
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('Your account', FONT.title) },
      SavedData: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      Warning: {
        x: SAFE.x,
        y: SAFE.y + 136,
        visible: false,
        text: textStyle('', FONT.body, COLORS.warning, { wordWrapWidth: MENU_X - SAFE.x - 80, maxLines: 2 }),
      },
      Summary: { x: SAFE.x, y: 300 },
      LiveTv: { type: Button, x: MENU_X, y: 300, w: MENU_W, label: 'Live TV' },
      SwitchAccount: { type: Button, x: MENU_X, y: 410, w: MENU_W, label: 'Switch account' },
      SignOut: { type: Button, x: MENU_X, y: 520, w: MENU_W, label: 'Sign out' },
      Progress: { type: ProgressBar, x: MENU_X, y: 650, visible: false },
      CatalogLine: line(800),
      GuideLine: line(890),
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly SavedData = this.getByRef('SavedData')!;
  readonly Warning = this.getByRef('Warning')!;
  readonly Summary = this.getByRef('Summary')!;
  readonly Progress = this.getByRef('Progress')!;
  readonly CatalogLine = this.getByRef('CatalogLine')!;
  readonly GuideLine = this.getByRef('GuideLine')!;
  private menuIndex = 0;
  private stopListening: (() => void) | undefined;
  private shownChanges: CatalogChanges | undefined;
  private shownAccount: Account | undefined;

  /** Called by the route on every visit. */
  open(): void {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    if (this.stopListening) this.stopListening();
    this.shownChanges = signedIn.activity.snapshot.lastChanges;
    this.stopListening = signedIn.activity.onChange((snapshot) => this.showActivity(snapshot));
    this.showAccount();
    this.showActivity(signedIn.activity.snapshot);
    if (context.pendingToast) {
      context.toast(context.pendingToast);
      context.pendingToast = undefined;
    }
  }

  override _inactive(): void {
    if (this.stopListening) this.stopListening();
    this.stopListening = undefined;
  }

  override _getFocused(): Lightning.Component {
    return this.tag(MENU[this.menuIndex]) as Lightning.Component;
  }

  override _handleUp(): void {
    this.menuIndex = Math.max(0, this.menuIndex - 1);
    this._refocus();
  }

  override _handleDown(): void {
    this.menuIndex = Math.min(MENU.length - 1, this.menuIndex + 1);
    this._refocus();
  }

  override _handleEnter(): void {
    const item = MENU[this.menuIndex];
    if (item === 'LiveTv') this.openLiveTv();
    else if (item === 'SwitchAccount') this.switchAccount();
    else void this.signOut();
  }

  private showAccount(): void {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const account = signedIn.account;
    this.shownAccount = account;
    const summary = summarizeAccount(account, account.server.serverTime ?? Date.now());
    this.Title.text = `Your account: ${account.username}`;
    this.Summary.children = summary.rows.map((row, i) => ({
      y: i * 64,
      Label: { text: textStyle(row.label, FONT.body, COLORS.textMuted) },
      Value: {
        x: LABEL_W,
        text: textStyle(row.value, FONT.body, COLORS.text, {
          wordWrapWidth: MENU_X - SAFE.x - LABEL_W - 60,
          maxLines: 1,
        }),
      },
    }));
    if (account.message) {
      this.Summary.childList.a({
        y: summary.rows.length * 64 + 24,
        text: textStyle(account.message, FONT.small, COLORS.textMuted, {
          wordWrapWidth: MENU_X - SAFE.x - 60,
          maxLines: 3,
        }),
      });
    }
  }

  private showActivity(snapshot: ActivitySnapshot): void {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const { account, catalog } = snapshot;
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

    const current = signedIn.source.catalog;
    if (catalog.state === 'failed') {
      this.CatalogLine.text = `Channel list: ${describeError(catalog.error).message}`;
    } else if (current && catalog.state === 'ready') {
      const count = (kind: 'live' | 'movie' | 'series') => formatCount(current.count(kind));
      this.CatalogLine.text = `Channels: ${count('live')} · Movies: ${count('movie')} · Series: ${count('series')}`;
    } else this.CatalogLine.text = 'Channel list: loading…';
    this.GuideLine.text = describeGuide(snapshot.guide);

    if (snapshot.lastChanges && snapshot.lastChanges !== this.shownChanges) {
      this.shownChanges = snapshot.lastChanges;
      if (snapshot.lastChanges.changed) appContext().toast(describeChanges(snapshot.lastChanges));
    }
    // Fresh facts arrived from the background check.
    if (signedIn.account !== this.shownAccount) this.showAccount();
  }

  private openLiveTv(): void {
    Router.navigate('live');
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
