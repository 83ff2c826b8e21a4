import { LOGIN_FIELDS, type LoginField } from './loginForm';

/** The focusable items of the sign-in form column, top to bottom. */
export type FormItem = LoginField | 'show' | 'connect' | 'demo' | 'playlist';

/**
 * Where the focus is on the sign-in page: an item of the form column or the on-screen keyboard, and which field
 * typing goes into (the field last focused). Plain data, so the page only maps it to components.
 */
export class LoginFocus {
  readonly items: readonly FormItem[];
  private index = 0;
  private field: LoginField = 'server';
  private keyboard = false;

  constructor(withDemo: boolean) {
    const items: FormItem[] = ['server', 'username', 'password', 'show', 'connect'];
    // The playlist entry comes last, so that the form's own items keep their places.
    this.items = (withDemo ? items.concat('demo') : items).concat('playlist');
  }

  /** The focused form item (also meaningful while on the keyboard: where Left returns to). */
  get item(): FormItem {
    return this.items[this.index];
  }

  /** The field typed characters go into. */
  get typingInto(): LoginField {
    return this.field;
  }

  get onKeyboard(): boolean {
    return this.keyboard;
  }

  /** Moves up or down the form column; focusing a field makes it the typing target. */
  move(step: -1 | 1): void {
    if (this.keyboard) return;
    this.focus(this.items[Math.max(0, Math.min(this.items.length - 1, this.index + step))]);
  }

  focus(item: FormItem): void {
    const index = this.items.indexOf(item);
    if (index < 0) return;
    this.index = index;
    this.keyboard = false;
    if ((LOGIN_FIELDS as readonly string[]).indexOf(item) >= 0) this.field = item as LoginField;
  }

  enterKeyboard(): void {
    this.keyboard = true;
  }

  /** Back from the keyboard to the field being typed into. */
  leaveKeyboard(): void {
    this.focus(this.field);
  }
}
