import { Lightning, Router } from '@lightningjs/sdk';
import type { StoredAccount } from '../../store';
import type { KeyAction } from '../components/keyboardLayout';
import type { TextField } from '../components/TextField';
import { appContext } from '../context';
import { LoginFocus, type FormItem } from '../loginFocus';
import { editText, interpretPaste, isTypedCharacter, LOGIN_FIELDS, type LoginField } from '../loginForm';
import { openSavedAccount, savedAccounts, startSignedInSession } from '../session';
import { signIn, type SignInResult } from '../signIn';
import { t } from '../i18n';
import { applyLoginTexts, loginTemplate, type LoginPageSpec } from './loginLayout';

export type { LoginPageSpec } from './loginLayout';

/**
 * What the page is doing. A plain field rather than Lightning `_states()`: state classes are found by their class
 * names, which a minified production build renames.
 */
type LoginMode = 'choosing' | 'editing' | 'connecting' | 'failed';

/**
 * Sign-in: server, username and password, typed with the on-screen keyboard (arrows + OK) or, in the emulator, the
 * physical keyboard and Ctrl+V. "Connect" signs in; on failure an overlay explains why, with the connection check.
 * When accounts are saved on the TV, they are listed first: "Add account" shows the form, Back there returns to them.
 */
export class LoginPage
  extends Lightning.Component<LoginPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<LoginPageSpec>
{
  static override _template(): Lightning.Component.Template<LoginPageSpec> {
    return loginTemplate();
  }

  readonly Server = this.getByRef('Server')!;
  readonly Username = this.getByRef('Username')!;
  readonly Password = this.getByRef('Password')!;
  readonly ShowPassword = this.getByRef('ShowPassword')!;
  readonly Connect = this.getByRef('Connect')!;
  readonly Demo = this.getByRef('Demo')!;
  readonly Playlist = this.getByRef('Playlist')!;
  readonly Status = this.getByRef('Status')!;
  readonly Keyboard = this.getByRef('Keyboard')!;
  readonly Chooser = this.getByRef('Chooser')!;
  readonly Error = this.getByRef('Error')!;

  private focusState = new LoginFocus(false);
  private mode: LoginMode = 'editing';
  private connecting: AbortController | undefined;
  private saved: StoredAccount[] = [];
  private readonly onPaste = (event: ClipboardEvent): void => this.paste(event);

  override _init(): void {
    this.Keyboard.patch({ signals: { input: '_typeFromKeyboard' } });
    const withDemo = appContext().env.demoServer !== undefined;
    this.Demo.visible = withDemo;
    if (!withDemo) this.Playlist.y = this.Demo.y;
    this.focusState = new LoginFocus(withDemo);
    this.markTypingTarget();
  }

  override _attach(): void {
    document.addEventListener('paste', this.onPaste);
  }

  override _detach(): void {
    document.removeEventListener('paste', this.onPaste);
  }

  /** Called by the route on every visit: the saved accounts when there are any, else a clean, unlocked form. */
  open(): void {
    applyLoginTexts(this as unknown as Parameters<typeof applyLoginTexts>[0]);
    this.showPasswordLabel();
    this.connecting = undefined;
    this.Status.visible = false;
    this.Error.close();
    const context = appContext();
    this.saved = context.store ? savedAccounts(context.store) : [];
    this.showChooserOrForm();
    // E.g. that nothing can be saved on this TV, or why the last account could not be opened at start-up.
    if (context.pendingToast) {
      context.toast(context.pendingToast);
      context.pendingToast = undefined;
    }
  }

  override _getFocused(): Lightning.Component {
    if (this.mode === 'choosing') return this.Chooser;
    if (this.mode === 'connecting') return this.Connect;
    if (this.mode === 'failed') return this.Error;
    if (this.focusState.onKeyboard) return this.Keyboard;
    return this.componentFor(this.focusState.item);
  }

  override _handleUp(): void {
    this.moveFocus(() => this.focusState.move(-1));
  }

  override _handleDown(): void {
    this.moveFocus(() => this.focusState.move(1));
  }

  override _handleLeft(): void {
    // Reached only from the keyboard's left edge (the form column has nothing to its left).
    this.moveFocus(() => this.focusState.leaveKeyboard());
  }

  override _handleRight(): void {
    this.moveFocus(() => this.focusState.enterKeyboard());
  }

  override _handleEnter(): void {
    const item = this.focusState.item;
    if (item === 'show') this.togglePasswordVisibility();
    else if (item === 'connect') void this.connect();
    else if (item === 'demo') this.fillDemo();
    else if (item === 'playlist') Router.navigate('accounts/add-playlist');
    else this.moveFocus(() => this.focusState.enterKeyboard());
  }

  override _handleBack(): boolean | void {
    if (this.focusState.onKeyboard) return this.moveFocus(() => this.focusState.leaveKeyboard());
    // From the form back to the saved accounts; from the list (or without saved accounts) the app asks to leave.
    if (this.mode === 'editing' && this.saved.length > 0) return this.showChooserOrForm();
    return false;
  }

  /** Physical keyboard: characters type into the current field; Backspace deletes while there is text. */
  override _captureKey(event: KeyboardEvent): boolean {
    if (this.mode === 'failed' || this.mode === 'choosing') return false;
    if (this.mode === 'connecting') {
      // While connecting only Back (cancel) does something.
      if (appContext().platform.keyFor(event.keyCode) === 'Back') this.cancelConnect();
      return true;
    }
    if (event.keyCode === 8 && this.field(this.focusState.typingInto).value !== '') {
      this.type({ kind: 'delete' });
      return true;
    }
    if (isTypedCharacter(event)) {
      this.type({ kind: 'insert', text: event.key });
      return true;
    }
    return false;
  }

  _typeFromKeyboard(action: KeyAction): void {
    this.type(action);
  }

  _closeError(): void {
    this.Error.close();
    this.setMode(this.Chooser.visible ? 'choosing' : 'editing');
  }

  _addAccount(): void {
    this.Chooser.close();
    this.setMode('editing');
  }

  /** Signs in with the saved account at `index` (from its cached facts when it has them). */
  async _openSaved(index: number): Promise<void> {
    const account = this.saved[index];
    if (!account) return;
    this.Chooser.busy = true;
    const result = await openSavedAccount(appContext(), account);
    this.Chooser.busy = false;
    if (result.ok) return this.goHome();
    this.Error.show(result.message, result.hint);
    this.setMode('failed');
  }

  private showChooserOrForm(): void {
    if (this.saved.length > 0) this.Chooser.open(this.saved);
    else this.Chooser.close();
    this.setMode(this.saved.length > 0 ? 'choosing' : 'editing');
  }

  private setMode(mode: LoginMode): void {
    this.mode = mode;
    this._refocus();
  }

  private field(name: LoginField): TextField {
    return name === 'server' ? this.Server : name === 'username' ? this.Username : this.Password;
  }

  private componentFor(item: FormItem): Lightning.Component {
    switch (item) {
      case 'show':
        return this.ShowPassword;
      case 'connect':
        return this.Connect;
      case 'demo':
        return this.Demo;
      case 'playlist':
        return this.Playlist;
      default:
        return this.field(item);
    }
  }

  private moveFocus(change: () => void): void {
    change();
    this.markTypingTarget();
    this._refocus();
  }

  private markTypingTarget(): void {
    LOGIN_FIELDS.forEach((name) => {
      this.field(name).typingTarget = name === this.focusState.typingInto;
    });
  }

  private type(action: KeyAction): void {
    const field = this.field(this.focusState.typingInto);
    field.value = editText(field.value, action);
  }

  private paste(event: ClipboardEvent): void {
    if (this.mode !== 'editing' || !event.clipboardData) return;
    const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text');
    if (!text) return;
    event.preventDefault();
    const effect = interpretPaste(text);
    if (effect.kind === 'insert') {
      this.type(effect);
      return;
    }
    this.fill(effect.credentials.server, effect.credentials.username, effect.credentials.password);
    appContext().toast(t('home.login.pasted'));
  }

  private fillDemo(): void {
    const env = appContext().env;
    if (!env.demoServer) return;
    this.fill(env.demoServer, env.demoUsername ?? 'demo', env.demoPassword ?? 'demo');
  }

  private fill(server: string, username: string, password: string): void {
    this.Server.value = server;
    this.Username.value = username;
    this.Password.value = password;
    this.moveFocus(() => this.focusState.focus('connect'));
  }

  private togglePasswordVisibility(): void {
    this.Password.masked = !this.Password.masked;
    this.showPasswordLabel();
  }

  private showPasswordLabel(): void {
    this.ShowPassword.label = t(this.Password.masked ? 'home.login.showPassword' : 'home.login.hidePassword');
  }

  private async connect(): Promise<void> {
    const context = appContext();
    const controller = new AbortController();
    this.connecting = controller;
    this.focusState.focus('connect');
    this.Status.visible = true;
    this.setMode('connecting');
    let result: SignInResult;
    try {
      result = await signIn(
        { server: this.Server.value, username: this.Username.value, password: this.Password.value },
        context.http,
        controller.signal,
      );
    } catch (error) {
      if (this.connecting !== controller) return;
      console.error('Sign-in failed', error);
      result = {
        ok: false,
        message: t('home.login.failed'),
        hint: t('home.login.failedHint'),
      };
    }
    if (this.connecting !== controller) return;
    this.connecting = undefined;
    this.Status.visible = false;
    if (!result.ok) {
      this.Error.show(result.message, result.hint, result.report);
      this.setMode('failed');
      return;
    }
    await startSignedInSession(context, result);
    this.goHome();
  }

  private goHome(): void {
    this.setMode('editing');
    // The account page becomes the root: Back there asks before leaving instead of returning here.
    Router.setHistory([]);
    Router.navigate('home', false);
  }

  private cancelConnect(): void {
    if (this.connecting) this.connecting.abort();
    this.connecting = undefined;
    this.Status.visible = false;
    this.setMode('editing');
  }
}
