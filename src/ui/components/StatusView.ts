import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { Button } from './Button';
import { Spinner } from './Spinner';

export interface StatusViewSignals {
  /** The viewer chose "Try again". */
  retry(): void;
}

interface StatusViewTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: StatusViewSignals;
}

export interface StatusViewSpec extends Lightning.Component.TemplateSpec {
  Spinner: typeof Spinner;
  Title: object;
  Hint: object;
  Retry: typeof Button;
}

const WIDTH = 1200;

/**
 * What a page shows instead of its content while data loads or when loading failed: a spinner with a caption, or the
 * error in words with what to do and a "Try again" button. Never an empty page.
 */
export class StatusView
  extends Lightning.Component<StatusViewSpec, StatusViewTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<StatusViewSpec>
{
  static override _template(): Lightning.Component.Template<StatusViewSpec> {
    return {
      w: WIDTH,
      visible: false,
      Spinner: { type: Spinner, x: WIDTH / 2, y: 60 },
      Title: {
        x: WIDTH / 2,
        y: 140,
        mountX: 0.5,
        text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: WIDTH, textAlign: 'center' }),
      },
      Hint: {
        x: WIDTH / 2,
        y: 220,
        mountX: 0.5,
        text: textStyle('', FONT.body, COLORS.textMuted, { wordWrapWidth: WIDTH, textAlign: 'center', maxLines: 3 }),
      },
      Retry: { type: Button, x: WIDTH / 2 - 210, y: 360, label: 'Try again', visible: false },
    };
  }

  readonly Spinner = this.getByRef('Spinner')!;
  readonly Title = this.getByRef('Title')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Retry = this.getByRef('Retry')!;

  /** Shows the spinner and a caption such as "Loading channels…". */
  showLoading(caption: string): void {
    this.patch({ visible: true });
    this.Spinner.visible = true;
    this.Title.text = caption;
    this.Hint.text = '';
    this.Retry.visible = false;
  }

  /** Shows a failure: what went wrong and what to do; `retry` adds the "Try again" button. */
  showError(message: string, hint: string, retry = true): void {
    this.patch({ visible: true });
    this.Spinner.visible = false;
    this.Title.text = message;
    this.Hint.text = hint;
    this.Retry.visible = retry;
  }

  /** Shows a neutral message (e.g. an empty category) without a button. */
  showMessage(message: string, hint = ''): void {
    this.showError(message, hint, false);
  }

  hide(): void {
    this.visible = false;
  }

  /** Whether the view offers "Try again" (and so wants the focus). */
  get canRetry(): boolean {
    return this.visible && this.Retry.visible;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.Retry.visible ? this.Retry : undefined;
  }

  override _handleEnter(): boolean | void {
    if (!this.Retry.visible) return false;
    this.signal('retry');
  }
}
