import { Lightning } from '@lightningjs/sdk';
import type { DoctorReport } from '../../xtream';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, STAGE_H, STAGE_W } from '../theme';
import { Button } from './Button';
import { doctorLines, type DoctorLine } from './doctorLines';

export interface ErrorOverlaySignals {
  /** The viewer dismissed the overlay (OK or Back). */
  dismiss(): void;
}

interface ErrorOverlayTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: ErrorOverlaySignals;
}

export interface ErrorOverlaySpec extends Lightning.Component.TemplateSpec {
  Scrim: object;
  Panel: {
    Message: object;
    Hint: object;
    CheckTitle: object;
    Steps: object;
    Fix: object;
    Ok: typeof Button;
  };
}

const PANEL_W = 1500;
const TEXT_W = PANEL_W - 120;

const MARK_COLORS: Record<DoctorLine['status'], number> = {
  ok: COLORS.ok,
  fixed: COLORS.ok,
  warning: COLORS.warning,
  failed: COLORS.error,
  skipped: COLORS.textMuted,
};

/**
 * Why signing in failed: the error's message and hint, then the connection doctor's steps with ✓/✗/! marks and the one
 * fix it suggests. OK or Back closes it.
 */
export class ErrorOverlay
  extends Lightning.Component<ErrorOverlaySpec, ErrorOverlayTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<ErrorOverlaySpec>
{
  static override _template(): Lightning.Component.Template<ErrorOverlaySpec> {
    const block = (size: number, color: number, extra: Record<string, unknown> = {}, marginBottom = 16) => ({
      flexItem: { marginBottom },
      text: textStyle('', size, color, { wordWrapWidth: TEXT_W, ...extra }),
    });
    return {
      visible: false,
      Scrim: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.scrim },
      Panel: {
        x: STAGE_W / 2,
        y: STAGE_H / 2,
        mount: 0.5,
        w: PANEL_W,
        rect: true,
        color: COLORS.surface,
        flex: { direction: 'column', padding: 60 },
        Message: block(FONT.heading, COLORS.error, { maxLines: 2 }),
        Hint: block(FONT.body, COLORS.text, { maxLines: 3 }, 36),
        CheckTitle: block(FONT.small, COLORS.textMuted, {}, 12),
        Steps: { flexItem: { marginBottom: 20 }, flex: { direction: 'column' } },
        Fix: block(FONT.body, COLORS.warning, { maxLines: 2 }, 36),
        Ok: { type: Button, label: 'OK', w: 320 },
      },
    };
  }

  readonly Panel = this.getByRef('Panel')!;
  readonly Message = this.Panel.getByRef('Message')!;
  readonly Hint = this.Panel.getByRef('Hint')!;
  readonly CheckTitle = this.Panel.getByRef('CheckTitle')!;
  readonly Steps = this.Panel.getByRef('Steps')!;
  readonly Fix = this.Panel.getByRef('Fix')!;
  readonly Ok = this.Panel.getByRef('Ok')!;

  /** Shows the failure; `report` adds the connection check when the doctor ran. */
  show(message: string, hint: string, report?: DoctorReport): void {
    this.Message.text = message;
    this.Hint.text = hint;
    const lines = report ? doctorLines(report) : [];
    this.CheckTitle.patch({ visible: lines.length > 0, text: { text: t('common.connectionCheck') } });
    this.Steps.children = lines.map((line) => ({
      flexItem: { marginBottom: 8 },
      flex: { direction: 'row' },
      Mark: { w: 56, text: textStyle(line.mark, FONT.small, MARK_COLORS[line.status]) },
      Detail: { text: textStyle(line.text, FONT.small, COLORS.text, { wordWrapWidth: TEXT_W - 56, maxLines: 2 }) },
    }));
    // The doctor's fix often repeats the error's hint; saying it twice helps nobody.
    const fix = report && report.fix !== hint ? report.fix : undefined;
    this.Fix.patch({ visible: Boolean(fix), text: { text: fix ? t('common.suggestedFix', { fix }) : '' } });
    this.visible = true;
  }

  close(): void {
    this.visible = false;
  }

  override _getFocused(): Lightning.Component {
    return this.Ok;
  }

  override _handleEnter(): void {
    this.signal('dismiss');
  }

  override _handleBack(): void {
    this.signal('dismiss');
  }

  // The overlay is modal: arrows must not reach the form behind it.
  override _handleKey(): void {
    return undefined;
  }
}
