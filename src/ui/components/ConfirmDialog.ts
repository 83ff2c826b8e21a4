import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, STAGE_H, STAGE_W } from '../theme';
import { Button } from './Button';

export interface ConfirmDialogSignals {
  confirm(): void;
  cancel(): void;
}

interface ConfirmDialogTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: ConfirmDialogSignals;
}

export interface ConfirmDialogSpec extends Lightning.Component.TemplateSpec {
  Scrim: object;
  Panel: { Question: object; Cancel: typeof Button; Confirm: typeof Button };
}

const PANEL = { w: 1000, h: 360 } as const;

/** A yes/no question over a dimmed screen; the safe answer ("Stay") has the focus first. Back cancels. */
export class ConfirmDialog
  extends Lightning.Component<ConfirmDialogSpec, ConfirmDialogTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<ConfirmDialogSpec>
{
  static override _template(): Lightning.Component.Template<ConfirmDialogSpec> {
    return {
      visible: false,
      Scrim: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.scrim },
      Panel: {
        x: (STAGE_W - PANEL.w) / 2,
        y: (STAGE_H - PANEL.h) / 2,
        w: PANEL.w,
        h: PANEL.h,
        rect: true,
        color: COLORS.surface,
        Question: {
          x: PANEL.w / 2,
          y: 70,
          mountX: 0.5,
          text: textStyle('', FONT.heading, COLORS.text, { textAlign: 'center', wordWrapWidth: PANEL.w - 80 }),
        },
        Cancel: { type: Button, x: 60, y: 220, w: 420, label: 'Stay' },
        Confirm: { type: Button, x: PANEL.w - 480, y: 220, w: 420, label: 'Leave' },
      },
    };
  }

  readonly Panel = this.getByRef('Panel')!;
  readonly Question = this.Panel.getByRef('Question')!;
  readonly Cancel = this.Panel.getByRef('Cancel')!;
  readonly Confirm = this.Panel.getByRef('Confirm')!;
  private confirmFocused = false;

  /** Asks `question`; `confirmLabel` names the action (e.g. "Leave"). */
  ask(question: string, confirmLabel: string, cancelLabel = 'Stay'): void {
    this.Question.text = question;
    this.Confirm.label = confirmLabel;
    this.Cancel.label = cancelLabel;
    this.confirmFocused = false;
    this.visible = true;
    this._refocus();
  }

  close(): void {
    this.visible = false;
  }

  override _getFocused(): Lightning.Component {
    return this.confirmFocused ? this.Confirm : this.Cancel;
  }

  override _handleLeft(): void {
    this.confirmFocused = false;
    this._refocus();
  }

  override _handleRight(): void {
    this.confirmFocused = true;
    this._refocus();
  }

  override _handleEnter(): void {
    this.signal(this.confirmFocused ? 'confirm' : 'cancel');
  }

  override _handleBack(): void {
    this.signal('cancel');
  }
}
