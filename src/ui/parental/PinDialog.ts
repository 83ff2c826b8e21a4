import { Lightning } from '@lightningjs/sdk';
import { digitOf } from '../../platform';
import { appContext } from '../context';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, STAGE_H, STAGE_W } from '../theme';
import { completePin, emptyEntry, moveCursor, stepDigit, typeDigit, type PinEntry } from './pinEntry';
import type { PinFlow, PinStep } from './pinFlow';
import { PIN_PAD_H, PIN_PAD_W, PinPad } from './PinPad';

export interface PinDialogSpec extends Lightning.Component.TemplateSpec {
  Scrim: object;
  Panel: { Title: object; Message: object; Pad: typeof PinPad; Help: object };
}

/** What a dialog asks for and what happens after. */
export interface PinRequest {
  flow: PinFlow;
  /** The title of the step asking for the current PIN (e.g. which category it opens); a generic one otherwise. */
  title?: string;
  onDone(): void;
  onCancel?(): void;
}

const PANEL = { w: 1040, h: 580 } as const;

function stepTitle(step: PinStep): string {
  if (step === 'new') return t('parental.dialog.new');
  if (step === 'confirm') return t('parental.dialog.confirm');
  return t('parental.dialog.current');
}

/**
 * The PIN prompt over a dimmed screen: a title saying what the PIN is for, four places, and a line that says what
 * went wrong (wrong PIN, PINs that differ). Digits type, Up/Down choose a digit, Left/Right move, OK confirms (the
 * fourth digit key confirms by itself), Back cancels. It runs a {@link PinFlow} step by step; the page that shows
 * it hands it the focus while {@link PinDialog.isOpen}.
 */
export class PinDialog
  extends Lightning.Component<PinDialogSpec>
  implements Lightning.Component.ImplementTemplateSpec<PinDialogSpec>
{
  static override _template(): Lightning.Component.Template<PinDialogSpec> {
    return {
      visible: false,
      zIndex: 100,
      Scrim: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.scrim },
      Panel: {
        x: (STAGE_W - PANEL.w) / 2,
        y: (STAGE_H - PANEL.h) / 2,
        w: PANEL.w,
        h: PANEL.h,
        texture: Lightning.Tools.getRoundRect(PANEL.w, PANEL.h, RADIUS, 0, 0, true, COLORS.surface),
        Title: {
          x: PANEL.w / 2,
          y: 56,
          mountX: 0.5,
          text: textStyle('', FONT.heading, COLORS.text, {
            textAlign: 'center',
            wordWrapWidth: PANEL.w - 80,
            maxLines: 2,
          }),
        },
        Message: {
          x: PANEL.w / 2,
          y: 176,
          mountX: 0.5,
          color: COLORS.textMuted,
          text: textStyle('', FONT.small, 0xffffffff, { textAlign: 'center', wordWrapWidth: PANEL.w - 80 }),
        },
        Pad: { type: PinPad, x: (PANEL.w - PIN_PAD_W) / 2, y: 250 },
        Help: {
          x: PANEL.w / 2,
          y: 250 + PIN_PAD_H + 56,
          mountX: 0.5,
          text: textStyle('', FONT.small, COLORS.textMuted, { textAlign: 'center', wordWrapWidth: PANEL.w - 80 }),
        },
      },
    };
  }

  readonly Panel = this.getByRef('Panel')!;
  readonly Title = this.Panel.getByRef('Title')!;
  readonly Message = this.Panel.getByRef('Message')!;
  readonly Pad = this.Panel.getByRef('Pad')! as PinPad;
  readonly Help = this.Panel.getByRef('Help')!;
  private request: PinRequest | undefined;
  private entry: PinEntry = emptyEntry();
  private busy = false;

  /** Whether a PIN is being asked (the page gives the dialog its focus meanwhile). */
  get isOpen(): boolean {
    return this.request !== undefined;
  }

  /** What the places show, for browser tests (`PinDialog:••__`). */
  get label(): string {
    return this.Pad.label;
  }

  /** Starts asking for the flow's first PIN. */
  ask(request: PinRequest): void {
    this.request = request;
    this.busy = false;
    this.visible = true;
    this.restart('');
    this.Help.text = t('parental.dialog.help');
  }

  /** Closes without calling back (the page is left). */
  close(): void {
    this.request = undefined;
    this.visible = false;
  }

  override _handleKey(event: KeyboardEvent): boolean {
    const key = appContext().platform.keyMap[event.keyCode];
    const digit = key === undefined ? undefined : digitOf(key);
    if (digit === undefined) return true; // A dialog keeps every other key from the page below.
    const last = this.entry.cursor === this.entry.digits.length - 1;
    this.change(typeDigit(this.entry, digit));
    if (last && completePin(this.entry) !== undefined) void this.submit();
    return true;
  }

  override _handleUp(): void {
    this.change(stepDigit(this.entry, 1));
  }

  override _handleDown(): void {
    this.change(stepDigit(this.entry, -1));
  }

  override _handleLeft(): void {
    this.change(moveCursor(this.entry, -1));
  }

  override _handleRight(): void {
    this.change(moveCursor(this.entry, 1));
  }

  override _handleEnter(): void {
    void this.submit();
  }

  override _handleBack(): void {
    const request = this.request;
    this.close();
    if (request && request.onCancel) request.onCancel();
  }

  private change(entry: PinEntry): void {
    if (this.busy) return;
    this.entry = entry;
    this.Pad.show(entry);
  }

  /** Clears the places for the flow's current step, with `problem` (or nothing) on the message line. */
  private restart(problem: string): void {
    const request = this.request;
    if (!request) return;
    const step = request.flow.step;
    this.Title.text = step === 'current' && request.title ? request.title : stepTitle(step);
    this.Message.text = problem || t(step === 'new' ? 'parental.dialog.newHint' : 'parental.dialog.digits');
    this.Message.color = problem ? COLORS.error : COLORS.textMuted;
    this.change(emptyEntry());
  }

  private async submit(): Promise<void> {
    const request = this.request;
    if (!request || this.busy) return;
    const pin = completePin(this.entry);
    if (pin === undefined) {
      this.Message.text = t('parental.incomplete');
      this.Message.color = COLORS.error;
      return;
    }
    this.busy = true;
    const outcome = await request.flow.submit(pin);
    this.busy = false;
    if (this.request !== request) return;
    if (outcome.status === 'done') {
      this.close();
      request.onDone();
    } else if (outcome.status === 'next') this.restart('');
    else if (outcome.status === 'wrong') this.restart(t('parental.wrong'));
    else if (outcome.status === 'mismatch') this.restart(t('parental.mismatch'));
    else this.restart(t('parental.saveFailed'));
  }
}
