import { Lightning, Router } from '@lightningjs/sdk';
import { summarizeAccount } from '../accountSummary';
import { Button } from '../components/Button';
import { appContext, signOut } from '../context';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface HomePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Warning: object;
  Summary: object;
  LiveTv: typeof Button;
  SignOut: typeof Button;
}

const MENU_X = 1180;
const LABEL_W = 360;

/** The account page (root after sign-in): what the subscription allows, and where to go next. */
export class HomePage
  extends Lightning.Component<HomePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomePageSpec>
{
  static override _template(): Lightning.Component.Template<HomePageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('Your account', FONT.title) },
      Warning: {
        x: SAFE.x,
        y: SAFE.y + 96,
        visible: false,
        text: textStyle('', FONT.body, COLORS.warning, { wordWrapWidth: MENU_X - SAFE.x - 80, maxLines: 2 }),
      },
      Summary: { x: SAFE.x, y: 300 },
      LiveTv: { type: Button, x: MENU_X, y: 300, w: 560, label: 'Live TV' },
      SignOut: { type: Button, x: MENU_X, y: 410, w: 560, label: 'Sign out' },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Warning = this.getByRef('Warning')!;
  readonly Summary = this.getByRef('Summary')!;
  readonly LiveTv = this.getByRef('LiveTv')!;
  readonly SignOut = this.getByRef('SignOut')!;
  private menuIndex = 0;

  /** Called by the route on every visit. */
  open(): void {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    const account = signedIn.account;
    const now = account.server.serverTime ?? Date.now();
    const summary = summarizeAccount(account, now);
    this.Title.text = `Your account: ${account.username}`;
    this.Warning.patch({ visible: Boolean(summary.warning), text: { text: summary.warning ?? '' } });
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
    if (context.pendingToast) {
      context.toast(context.pendingToast);
      context.pendingToast = undefined;
    }
  }

  override _getFocused(): Lightning.Component {
    return this.menuIndex === 0 ? this.LiveTv : this.SignOut;
  }

  override _handleUp(): void {
    this.menuIndex = 0;
    this._refocus();
  }

  override _handleDown(): void {
    this.menuIndex = 1;
    this._refocus();
  }

  override _handleEnter(): void {
    if (this.menuIndex === 0) this.openLiveTv();
    else this.signOut();
  }

  private openLiveTv(): void {
    Router.navigate('live');
  }

  private signOut(): void {
    signOut(appContext());
    this.menuIndex = 0;
    Router.setHistory([]);
    Router.navigate('login', false);
  }
}
