import { Lightning } from '@lightningjs/sdk';
import { Button } from '../components/Button';

/** One button of a {@link ButtonRow}. */
export interface RowButton {
  id: string;
  label: string;
  w?: number;
}

/** What a {@link ButtonRow} tells its parent. */
export interface ButtonRowSignals {
  press(id: string): void;
}

interface ButtonRowTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: ButtonRowSignals;
}

const GAP = 32;
const DEFAULT_W = 420;

/** A row of buttons (Play, Resume, Start over, Favourite...): Left/Right move between them, OK presses one. */
export class ButtonRow extends Lightning.Component<Lightning.Component.TemplateSpecLoose, ButtonRowTypeConfig> {
  private buttons: RowButton[] = [];
  private index = 0;

  /**
   * Replaces the buttons, keeping the focus on the button with the same id when there is one. The same buttons again
   * (a details page redraws as its data arrives) keep their components: no new elements, no new text to render.
   */
  setButtons(buttons: RowButton[], focusId?: string): void {
    const keep = focusId ?? (this.buttons[this.index] ? this.buttons[this.index].id : undefined);
    const same =
      buttons.length === this.buttons.length &&
      buttons.every(
        (b, i) => b.id === this.buttons[i].id && b.label === this.buttons[i].label && b.w === this.buttons[i].w,
      );
    this.buttons = buttons;
    if (!same) {
      let x = 0;
      this.children = buttons.map((button) => {
        const w = button.w ?? DEFAULT_W;
        const child = { ref: `Button_${button.id}`, type: Button, x, w, h: 80, label: button.label };
        x += w + GAP;
        return child;
      }) as never;
    }
    const found = buttons.findIndex((b) => b.id === keep);
    this.index = found >= 0 ? found : 0;
    this._refocus();
  }

  /** Changes one button's label (e.g. the favourite toggle) without rebuilding the row. */
  relabel(id: string, label: string): void {
    const at = this.buttons.findIndex((b) => b.id === id);
    if (at < 0) return;
    this.buttons[at].label = label;
    (this.children[at] as Button).label = label;
  }

  /** Whether the row has a button with this id. */
  hasButton(id: string): boolean {
    return this.buttons.some((b) => b.id === id);
  }

  /** The id of the focused button. */
  get focusedId(): string | undefined {
    return this.buttons[this.index] ? this.buttons[this.index].id : undefined;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.children[this.index] as Lightning.Component | undefined;
  }

  override _handleLeft(): boolean | void {
    if (this.index === 0) return false;
    this.index--;
    this._refocus();
  }

  override _handleRight(): boolean | void {
    if (this.index >= this.buttons.length - 1) return false;
    this.index++;
    this._refocus();
  }

  override _handleEnter(): boolean | void {
    const button = this.buttons[this.index];
    if (!button) return false;
    this.signal('press', button.id);
  }
}
