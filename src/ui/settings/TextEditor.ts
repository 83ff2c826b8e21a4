import { Lightning } from '@lightningjs/sdk';
import { Button } from '../components/Button';
import type { KeyAction } from '../components/keyboardLayout';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { editText, isTypedCharacter } from '../loginForm';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, STAGE_H, STAGE_W } from '../theme';

export interface TextEditorSignals {
  /** Save was chosen with this text (trimmed; empty means "back to the default"). */
  save(value: string): void;
  cancel(): void;
}

interface TextEditorTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: TextEditorSignals;
}

export interface TextEditorSpec extends Lightning.Component.TemplateSpec {
  Scrim: object;
  Panel: {
    Field: typeof TextField;
    FieldFrame: object;
    Keyboard: typeof OnScreenKeyboard;
    Save: typeof Button;
    Hint: object;
  };
}

const PANEL = { w: 1100, h: 910 } as const;
const PAD = 60;

/**
 * Edits one text setting (a User-Agent, a guide address) over the settings page: the field, the on-screen keyboard
 * (arrows and OK) and Save below it; the physical keyboard types too in a browser. Back cancels.
 */
export class TextEditor
  extends Lightning.Component<TextEditorSpec, TextEditorTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<TextEditorSpec>
{
  static override _template(): Lightning.Component.Template<TextEditorSpec> {
    return {
      visible: false,
      Scrim: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.scrim },
      Panel: {
        x: (STAGE_W - PANEL.w) / 2,
        y: (STAGE_H - PANEL.h) / 2,
        w: PANEL.w,
        h: PANEL.h,
        texture: Lightning.Tools.getRoundRect(PANEL.w, PANEL.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
        Field: { type: TextField, x: PAD, y: 40, w: PANEL.w - 2 * PAD },
        FieldFrame: {
          x: PAD,
          y: 84,
          texture: Lightning.Tools.getRoundRect(PANEL.w - 2 * PAD, 76, RADIUS, 2, 0xffffffff, false),
          color: COLORS.textMuted,
        },
        Keyboard: {
          type: OnScreenKeyboard,
          x: (PANEL.w - OnScreenKeyboard.size.w) / 2,
          y: 200,
          signals: { input: '_typeFromKeyboard' },
        },
        Save: { type: Button, x: (PANEL.w - 420) / 2, y: 200 + OnScreenKeyboard.size.h + 30, label: '' },
        Hint: {
          x: PAD,
          y: PANEL.h - 100,
          text: textStyle('', FONT.small - 6, COLORS.textMuted, { wordWrapWidth: PANEL.w - 2 * PAD, maxLines: 2 }),
        },
      },
    };
  }

  readonly Panel = this.getByRef('Panel')!;
  readonly Field = this.Panel.getByRef('Field')!;
  readonly Keyboard = this.Panel.getByRef('Keyboard')!;
  readonly Save = this.Panel.getByRef('Save')!;
  readonly Hint = this.Panel.getByRef('Hint')!;
  private onSave = false;

  /** Opens the editor on `value` for the setting named `label`. */
  open(label: string, value: string): void {
    this.Field.label = label;
    this.Field.value = value;
    this.Field.typingTarget = true;
    this.Save.label = t('settings.edit.save');
    this.Hint.text = t('settings.edit.hint');
    this.Keyboard.reset();
    this.onSave = false;
    this.visible = true;
    this._refocus();
  }

  close(): void {
    this.visible = false;
  }

  /** The text as typed so far. */
  get value(): string {
    return this.Field.value;
  }

  /** A key of the physical keyboard (emulator): characters type, Backspace deletes; true when it was used. */
  typeKey(event: KeyboardEvent): boolean {
    if (event.keyCode === 8 && this.Field.value !== '') {
      this.edit({ kind: 'delete' });
      return true;
    }
    if (!isTypedCharacter(event)) return false;
    this.edit({ kind: 'insert', text: event.key });
    return true;
  }

  _typeFromKeyboard(action: KeyAction): void {
    this.edit(action);
  }

  override _getFocused(): Lightning.Component {
    return this.onSave ? this.Save : this.Keyboard;
  }

  override _handleDown(): void {
    // Reached from the keyboard's bottom row: Save is below it.
    this.onSave = true;
    this._refocus();
  }

  override _handleUp(): void {
    this.onSave = false;
    this._refocus();
  }

  override _handleLeft(): void {
    // The keyboard's edges and Save stop here: the list behind must not change while editing.
  }

  override _handleRight(): void {
    // See _handleLeft.
  }

  override _handleEnter(): void {
    if (this.onSave) this.signal('save', this.Field.value.trim());
  }

  override _handleBack(): void {
    this.signal('cancel');
  }

  // Not named `type`: a component made from a template gets its class as an own `type` property.
  private edit(action: KeyAction): void {
    this.Field.value = editText(this.Field.value, action);
  }
}
