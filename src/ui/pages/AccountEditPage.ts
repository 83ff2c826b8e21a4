import { Lightning, Router } from '@lightningjs/sdk';
import type { StoredAccount } from '../../store';
import {
  formItems,
  formProblem,
  FORM_FIELDS,
  valuesOf,
  type AccountKind,
  type FormField,
  type FormItem,
  type FormMode,
  type FormValues,
} from '../accounts/accountForm';
import { applyFormTexts, formTemplate, ITEM_REFS, placeItems, type AccountFormSpec } from '../accounts/formLayout';
import { FormFocus } from '../accounts/formFocus';
import { findAccount, renameAccount, saveForm, type SaveOutcome } from '../accounts/manage';
import type { KeyAction } from '../components/keyboardLayout';
import type { TextField } from '../components/TextField';
import { appContext } from '../context';
import { t } from '../i18n';
import { editText, interpretPaste, isTypedCharacter } from '../loginForm';

/** What the page is doing: the form, checking the account (Back cancels), or showing why it failed. */
type EditMode = 'editing' | 'checking' | 'failed';

/**
 * Adds an account (Xtream Codes or an M3U playlist), edits a saved one, or renames one. Saving checks the account
 * by signing in (or reading the playlist); a failure shows the connection doctor's report with the fix it suggests
 * or applied. Typing works as on the sign-in page: the on-screen keyboard, or the physical keyboard and Ctrl+V.
 */
export class AccountEditPage
  extends Lightning.Component<AccountFormSpec>
  implements Lightning.Component.ImplementTemplateSpec<AccountFormSpec>
{
  static override _template(): Lightning.Component.Template<AccountFormSpec> {
    return formTemplate();
  }

  readonly Title = this.getByRef('Title')!;
  readonly Subtitle = this.getByRef('Subtitle')!;
  readonly Kind = this.getByRef('Kind')!;
  readonly Password = this.getByRef('Password')!;
  readonly ShowPassword = this.getByRef('ShowPassword')!;
  readonly Save = this.getByRef('Save')!;
  readonly Status = this.getByRef('Status')!;
  readonly Keyboard = this.getByRef('Keyboard')!;
  readonly KeyboardHelp = this.getByRef('KeyboardHelp')!;
  readonly Error = this.getByRef('Error')!;

  private formMode: FormMode = 'add';
  private kind: AccountKind = 'xtream';
  private editing: StoredAccount | undefined;
  private focusState = new FormFocus();
  private mode: EditMode = 'editing';
  private checking: AbortController | undefined;
  private readonly onPaste = (event: ClipboardEvent): void => this.paste(event);

  override _init(): void {
    this.Keyboard.patch({ signals: { input: '_typeFromKeyboard' } });
  }

  override _attach(): void {
    document.addEventListener('paste', this.onPaste);
  }

  override _detach(): void {
    document.removeEventListener('paste', this.onPaste);
  }

  /** Called by the route on every visit: `add` (of `kind`), or `edit`/`rename` of the saved account `accountId`. */
  open(mode: FormMode, accountId?: string, kind: AccountKind = 'xtream'): void {
    this.cancelCheck();
    this.Error.close();
    this.editing = accountId ? findAccount(appContext(), accountId) : undefined;
    this.formMode = this.editing ? mode : 'add';
    this.kind = this.editing ? this.editing.kind : kind;
    const values = valuesOf(this.editing);
    FORM_FIELDS.forEach((name) => {
      this.field(name).value = values[name];
    });
    this.Password.masked = true;
    this.drawTexts();
    this.showItems(this.formMode === 'add' ? 'kind' : 'name');
  }

  override _getFocused(): Lightning.Component {
    if (this.mode === 'checking') return this.Save;
    if (this.mode === 'failed') return this.Error;
    if (this.focusState.onKeyboard) return this.Keyboard;
    return this.component(this.focusState.item);
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
    if (item === 'kind') this.switchKind();
    else if (item === 'show') this.togglePassword();
    else if (item === 'save') void this.save();
    else this.moveFocus(() => this.focusState.enterKeyboard());
  }

  override _handleBack(): boolean | void {
    if (this.focusState.onKeyboard) return this.moveFocus(() => this.focusState.leaveKeyboard());
    return false;
  }

  /** Physical keyboard: characters type into the current field; Backspace deletes while there is text. */
  override _captureKey(event: KeyboardEvent): boolean {
    if (this.mode === 'failed') return false;
    if (this.mode === 'checking') {
      if (appContext().platform.keyFor(event.keyCode) === 'Back') this.cancelCheck();
      return true;
    }
    const target = this.focusState.typingInto;
    if (!target) return false;
    if (event.keyCode === 8 && this.field(target).value !== '') {
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
    this.setMode('editing');
  }

  private field(name: FormField): TextField {
    return this.tag(ITEM_REFS[name]) as unknown as TextField;
  }

  private component(item: FormItem): Lightning.Component {
    return this.tag(ITEM_REFS[item]) as unknown as Lightning.Component;
  }

  private drawTexts(): void {
    applyFormTexts(this, this.formMode, this.kind, this.editing ? this.editing.name : '');
    this.showPasswordLabel();
  }

  private showItems(focus?: FormItem): void {
    const items = formItems(this.formMode, this.kind);
    placeItems(this, items);
    this.focusState.setItems(items, focus);
    this.Status.visible = false;
    this.setMode('editing');
    this.markTypingTarget();
  }

  private switchKind(): void {
    this.kind = this.kind === 'xtream' ? 'm3u' : 'xtream';
    applyFormTexts(this, this.formMode, this.kind, this.editing ? this.editing.name : '');
    this.showItems('kind');
  }

  private togglePassword(): void {
    this.Password.masked = !this.Password.masked;
    this.showPasswordLabel();
  }

  private showPasswordLabel(): void {
    this.ShowPassword.label = t(this.Password.masked ? 'accounts.form.showPassword' : 'accounts.form.hidePassword');
  }

  private setMode(mode: EditMode): void {
    this.mode = mode;
    this._refocus();
  }

  private moveFocus(change: () => void): void {
    change();
    this.markTypingTarget();
    this._refocus();
  }

  private markTypingTarget(): void {
    FORM_FIELDS.forEach((name) => {
      this.field(name).typingTarget = name === this.focusState.typingInto;
    });
  }

  private type(action: KeyAction): void {
    const target = this.focusState.typingInto;
    if (!target) return;
    const field = this.field(target);
    field.value = editText(field.value, action);
  }

  private paste(event: ClipboardEvent): void {
    if (this.mode !== 'editing' || !event.clipboardData) return;
    const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text');
    if (!text) return;
    event.preventDefault();
    const effect = interpretPaste(text);
    // A get.php link fills the three Xtream fields; into a playlist field it goes whole, as the address it is.
    if (effect.kind === 'fill' && this.kind === 'xtream' && this.formMode !== 'rename') {
      this.field('server').value = effect.credentials.server;
      this.field('username').value = effect.credentials.username;
      this.field('password').value = effect.credentials.password;
      this.moveFocus(() => this.focusState.focus('save'));
      return;
    }
    this.type({ kind: 'insert', text: effect.kind === 'insert' ? effect.text : text.trim() });
  }

  private values(): FormValues {
    const values = {} as FormValues;
    FORM_FIELDS.forEach((name) => {
      values[name] = this.field(name).value;
    });
    return values;
  }

  private async save(): Promise<void> {
    const context = appContext();
    const values = this.values();
    const problem = formProblem(this.formMode, this.kind, values);
    if (problem) {
      this.focusState.focus(problem.field);
      this.markTypingTarget();
      this.Error.show(problem.message, problem.hint);
      this.setMode('failed');
      return;
    }
    if (this.formMode === 'rename' && this.editing) {
      await renameAccount(context, this.editing.id, values.name);
      context.toast(t('accounts.renamed', { name: values.name.trim() }));
      Router.back();
      return;
    }
    const controller = new AbortController();
    this.checking = controller;
    this.Status.visible = true;
    this.setMode('checking');
    let outcome: SaveOutcome;
    try {
      outcome = await saveForm(context, this.kind, values, this.editing, controller.signal);
    } catch (error) {
      if (this.checking !== controller) return;
      console.error('Saving the account failed', error);
      outcome = { ok: false, message: t('home.login.failed'), hint: t('home.login.failedHint') };
    }
    if (this.checking !== controller) return;
    this.checking = undefined;
    this.Status.visible = false;
    if (!outcome.ok) {
      this.Error.show(outcome.message, outcome.hint, outcome.report);
      this.setMode('failed');
      return;
    }
    this.setMode('editing');
    context.toast(t(this.editing ? 'accounts.saved' : 'accounts.added', { name: outcome.name }));
    if (outcome.signedIn) {
      // A new (or changed) account in use: its home page becomes the root, as after signing in.
      Router.setHistory([]);
      Router.navigate('home', false);
    } else {
      Router.back();
    }
  }

  private cancelCheck(): void {
    if (this.checking) this.checking.abort();
    this.checking = undefined;
    this.Status.visible = false;
    if (this.mode === 'checking') this.setMode('editing');
  }
}
