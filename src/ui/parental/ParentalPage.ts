import { Lightning, Router } from '@lightningjs/sdk';
import { appContext } from '../context';
import { onLanguageChange, t, type StringKey } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { MENU_ROW, MenuRow } from './MenuRow';
import { closeOpenedCategories, hasPin, parentalData } from './parentalState';
import { PinDialog } from './PinDialog';
import { PinFlow, type PinTask } from './pinFlow';

export interface ParentalPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Hint: object;
  Rows: object;
  Help: object;
  Pin: typeof PinDialog;
}

/** An entry of the page: a PIN task, or the category manager of a kind. */
interface Entry {
  ref: string;
  label: StringKey;
  action: { pin: Exclude<PinTask, 'verify'> } | { route: string };
}

const ROWS_Y = 260;
const ROW_STEP = MENU_ROW.h + 16;

const MANAGERS: readonly Entry[] = [
  { ref: 'LiveCategories', label: 'parental.manage.live', action: { route: 'categories/live' } },
  { ref: 'MovieCategories', label: 'parental.manage.movie', action: { route: 'categories/movie' } },
  { ref: 'SeriesCategories', label: 'parental.manage.series', action: { route: 'categories/series' } },
];

/** The entries with or without a PIN: set one, or change or remove it; then the three category managers. */
function entries(pinSet: boolean): Entry[] {
  const pin: Entry[] = pinSet
    ? [
        { ref: 'ChangePin', label: 'parental.changePin', action: { pin: 'change' } },
        { ref: 'RemovePin', label: 'parental.removePin', action: { pin: 'remove' } },
      ]
    : [{ ref: 'SetPin', label: 'parental.setPin', action: { pin: 'set' } }];
  return pin.concat(MANAGERS);
}

const DONE_TOAST: Record<Exclude<PinTask, 'verify'>, StringKey> = {
  set: 'parental.pinSet',
  change: 'parental.pinChanged',
  remove: 'parental.pinRemoved',
};

/**
 * Parental control: set a PIN, or change or remove it (both ask the current PIN first), and the category managers
 * of Live TV, movies and series. Back closes the PIN prompt first, then returns to the previous page.
 */
export class ParentalPage
  extends Lightning.Component<ParentalPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<ParentalPageSpec>
{
  static override _template(): Lightning.Component.Template<ParentalPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
      Hint: {
        x: SAFE.x,
        y: SAFE.y + 84,
        text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: STAGE_W - 2 * SAFE.x }),
      },
      Rows: { x: SAFE.x, y: ROWS_Y },
      Help: { x: SAFE.x, text: textStyle('', FONT.small, COLORS.textMuted) },
      Pin: { type: PinDialog },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly Help = this.getByRef('Help')!;
  readonly Pin = this.getByRef('Pin')! as PinDialog;
  private entries: Entry[] = [];
  private index = 0;
  private stopListening: (() => void) | undefined;

  /** Called by the route on every visit: draws the entries for the account's PIN state. */
  open(): void {
    if (!this.stopListening) this.stopListening = onLanguageChange(() => this.draw());
    this.draw();
  }

  override _inactive(): void {
    this.Pin.close();
    if (this.stopListening) this.stopListening();
    this.stopListening = undefined;
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.Pin.isOpen) return this.Pin;
    return this.Rows.childList.getAt(this.index) as Lightning.Component | undefined;
  }

  override _handleUp(): void {
    this.index = Math.max(0, this.index - 1);
    this._refocus();
  }

  override _handleDown(): void {
    this.index = Math.min(this.entries.length - 1, this.index + 1);
    this._refocus();
  }

  override _handleEnter(): void {
    const entry = this.entries[this.index];
    if (!entry) return;
    if ('route' in entry.action) Router.navigate(entry.action.route);
    else this.runPinTask(entry.action.pin);
  }

  override _handleBack(): boolean | void {
    return false;
  }

  private runPinTask(task: Exclude<PinTask, 'verify'>): void {
    const context = appContext();
    const data = parentalData(context);
    if (!data) {
      context.toast(t('parental.saveFailed'));
      return;
    }
    this.Pin.ask({
      flow: new PinFlow(task, data),
      onDone: () => {
        // A new or removed PIN starts from everything locked (or nothing): categories opened with the old one close.
        closeOpenedCategories(context);
        context.toast(t(DONE_TOAST[task]));
        this.draw();
      },
      onCancel: () => this._refocus(),
    });
    this._refocus();
  }

  private draw(): void {
    const pinSet = hasPin(appContext());
    const focusedRef = this.entries[this.index]?.ref;
    this.entries = entries(pinSet);
    this.Title.text = t('parental.title');
    this.Hint.text = t('parental.hint');
    this.Help.text = t('parental.help');
    this.Rows.children = this.entries.map((entry, i) => ({ ref: entry.ref, type: MenuRow, y: i * ROW_STEP }));
    // Under the rows rather than at the bottom, where toasts appear.
    this.Help.y = ROWS_Y + this.entries.length * ROW_STEP + 24;
    this.entries.forEach((entry, i) => {
      const row = this.Rows.childList.getAt(i) as unknown as MenuRow;
      const value = i === 0 ? t(pinSet ? 'parental.pin.on' : 'parental.pin.off') : '';
      row.draw(t(entry.label), value);
    });
    const kept = this.entries.findIndex((entry) => entry.ref === focusedRef);
    this.index = kept >= 0 ? kept : 0;
    this._refocus();
  }
}
