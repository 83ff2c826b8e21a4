import { isField, type FormField, type FormItem } from './accountForm';

/**
 * Where the focus is on the account form: an item of the form column or the on-screen keyboard, and which field
 * typing goes into (the field last focused). Plain data, so the page only maps it to components.
 */
export class FormFocus {
  private list: readonly FormItem[] = [];
  private index = 0;
  private field: FormField | undefined;
  private keyboard = false;

  /** Shows `items` (after a change of kind): keeps the focused item when it is still there, else the first. */
  setItems(items: readonly FormItem[], focus?: FormItem): void {
    const keep = focus ?? this.item;
    this.list = items;
    this.keyboard = false;
    this.index = Math.max(0, items.indexOf(keep));
    if (!this.field || items.indexOf(this.field) < 0) this.field = items.filter(isField)[0];
    if (isField(this.item)) this.field = this.item;
  }

  get items(): readonly FormItem[] {
    return this.list;
  }

  /** The focused form item (also meaningful while on the keyboard: where Left returns to). */
  get item(): FormItem {
    return this.list[this.index];
  }

  /** The field typed characters go into (undefined only for a form without fields). */
  get typingInto(): FormField | undefined {
    return this.field;
  }

  get onKeyboard(): boolean {
    return this.keyboard;
  }

  /** Moves up or down the form column; focusing a field makes it the typing target. */
  move(step: -1 | 1): void {
    if (this.keyboard) return;
    this.focus(this.list[Math.max(0, Math.min(this.list.length - 1, this.index + step))]);
  }

  focus(item: FormItem): void {
    const index = this.list.indexOf(item);
    if (index < 0) return;
    this.index = index;
    this.keyboard = false;
    if (isField(item)) this.field = item;
  }

  /** To the keyboard, typing into the focused field (or the last one focused). */
  enterKeyboard(): void {
    if (this.field) this.keyboard = true;
  }

  /** Back from the keyboard to the field being typed into. */
  leaveKeyboard(): void {
    if (this.field) this.focus(this.field);
    else this.keyboard = false;
  }
}
