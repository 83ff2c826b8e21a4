import { Lightning, Router } from '@lightningjs/sdk';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Toast } from './components/Toast';
import { appContext } from './context';
import { routes } from './routes';

/**
 * The root component: the router's pages, a toast line and the "leave the app?" question asked when Back is pressed
 * on a root page (login, or the account page once signed in).
 */
export class App extends Router.App {
  /** Whether the "leave the app?" question is showing (a field, not a Lightning state: see LoginPage). */
  private confirming = false;

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
    // The SDK types say beforeEachRoute resolves to a boolean; the router also accepts a route to redirect to.
    Router.startRouter(routes as unknown as Parameters<typeof Router.startRouter>[0], this);
  }

  /** The router calls this when Back is pressed with no page to go back to. */
  override _handleAppClose(): void {
    this.confirming = true;
    this.confirmDialog().ask('Leave the app?', 'Leave');
    this._refocus();
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

  private closeDialog(): void {
    this.confirming = false;
    this.confirmDialog().close();
    this._refocus();
  }

  private confirmDialog(): ConfirmDialog {
    return this.tag('Confirm') as ConfirmDialog;
  }
}
