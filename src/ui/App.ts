import { Lightning, Router } from '@lightningjs/sdk';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Toast } from './components/Toast';
import { appContext } from './context';
import { takeEarlyRead } from './earlyReads';
import { onLanguageChange, t } from './i18n';
import { loadPreferences } from './preferences';
import { routes } from './routes';
import { startUp } from './session';
import { registerProbe } from './testHook';

/** The page Back leaves the app from: the home page once signed in, the sign-in page before. */
function rootRoute(): string {
  return appContext().signedIn ? 'home' : 'login';
}

/**
 * The root component: the router's pages, a toast line and the "leave the app?" question. Back is handled in this
 * order: the page's own overlays and dialogs (they have the focus and take the key), then the router's history
 * (the previous page), then, with no history left, the root page: elsewhere Back goes there, on the root it asks
 * before leaving.
 */
export class App extends Router.App {
  /** Whether the "leave the app?" question is showing (a field, not a Lightning state: see LoginPage). */
  private confirming = false;
  private stopListening: (() => void) | undefined;
  private stopProbe: (() => void) | undefined;

  /** No web fonts: the TV's own sans-serif is used, so nothing is downloaded at start-up. */
  static getFonts(): [] {
    return [];
  }

  static override _template(): Lightning.Component.Template<Router.App.TemplateSpecLoose> {
    return {
      ...super._template(),
      Toast: { type: Toast, zIndex: 200 },
      Confirm: { type: ConfirmDialog, zIndex: 300, signals: { confirm: '_leaveApp', cancel: '_stay' } },
    };
  }

  override _setup(): void {
    appContext().toast = (message: string) => (this.tag('Toast') as Toast).show(message);
    this.stopProbe = registerProbe('app', () => ({ confirming: this.confirming }));
    // The saved language applies before the first page draws, so it never flashes in English first; start-up (the
    // saved account) decides the first page.
    const preferences = (takeEarlyRead('preferences') ?? loadPreferences()).catch((error: unknown) => {
      console.warn('Preferences could not be loaded', error);
    });
    void Promise.all([preferences, startUp(appContext())]).then(() => this.startRouter());
  }

  override _detach(): void {
    if (this.stopListening) this.stopListening();
    if (this.stopProbe) this.stopProbe();
  }

  /** The router calls this when Back is pressed with no page to go back to. */
  override _handleAppClose(): void {
    const root = rootRoute();
    if (Router.getActiveHash() !== root) {
      // E.g. a reload on a deep page left no history: Back goes to the root before it may leave.
      Router.setHistory([]);
      Router.navigate(root, false);
      return;
    }
    this.confirming = true;
    this.confirmDialog().ask(t('common.leaveApp'), t('common.leave'), t('common.stay'));
    this._refocus();
  }

  /** The Guide key opens the programme guide from any page that does not use the key itself. */
  _handleGuide(): void {
    if (appContext().signedIn && !/^guide(\/|$)/.test(Router.getActiveHash() ?? '')) Router.navigate('guide');
  }

  _leaveApp(): void {
    this.closeDialog();
    appContext().player.stop();
    appContext().platform.exit();
  }

  _stay(): void {
    this.closeDialog();
  }

  override _getFocused(): Lightning.Component | null | undefined {
    return this.confirming ? this.confirmDialog() : super._getFocused();
  }

  private startRouter(): void {
    // Start-up is done, so the root is known: an address without a route gets it now, and the router opens it at
    // once instead of navigating there and waiting for the hashchange event.
    if (!window.location.hash) window.history.replaceState(null, '', `#${rootRoute()}`);
    // The SDK types say beforeEachRoute resolves to a boolean; the router also accepts a route to redirect to.
    Router.startRouter(routes as unknown as Parameters<typeof Router.startRouter>[0], this);
    this.stopListening = onLanguageChange(() => this.redrawPage());
  }

  /**
   * After a language change: the open page opens again in place (its route's `open` runs, which draws every text),
   * without a new history entry. Pages further back draw themselves when Back returns to them.
   */
  private redrawPage(): void {
    const hash = Router.getActiveHash();
    if (hash) Router.navigate(hash, { reload: true }, false);
    if (this.confirming) this.confirmDialog().ask(t('common.leaveApp'), t('common.leave'), t('common.stay'));
  }

  private closeDialog(): void {
    this.confirming = false;
    this.confirmDialog().close();
    this._refocus();
  }

  private confirmDialog(): ConfirmDialog {
    return this.tag('Confirm') as ConfirmDialog;
  }
}
