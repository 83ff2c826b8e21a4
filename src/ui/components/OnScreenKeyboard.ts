import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';
import {
  HOME_KEY,
  keyboardRows,
  keyStart,
  LAYOUT_UNITS,
  nearestColumn,
  searchKeyboardRows,
  type EditKeyLabels,
  type KeyAction,
  type KeyboardLayout,
  type KeyboardMode,
  type KeyDef,
} from './keyboardLayout';

export interface OnScreenKeyboardSignals {
  /** A key that edits text was pressed. */
  input(action: KeyAction): void;
}

interface KeyboardTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: OnScreenKeyboardSignals;
}

export interface KeyboardKeySpec extends Lightning.Component.TemplateSpec {
  label: string;
  Bg: object;
  Label: object;
}

/** One key: a rounded box with its label. */
export class KeyboardKey
  extends Lightning.Component<KeyboardKeySpec>
  implements Lightning.Component.ImplementTemplateSpec<KeyboardKeySpec>
{
  static override _template(): Lightning.Component.Template<KeyboardKeySpec> {
    return { Bg: { color: COLORS.surface }, Label: { mount: 0.5, text: textStyle('', FONT.body, COLORS.text) } };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Label = this.getByRef('Label')!;
  private keyLabel = '';

  get label(): string {
    return this.keyLabel;
  }

  set label(value: string) {
    this.keyLabel = value;
    this.Label.text = value;
  }

  override _init(): void {
    this.Bg.texture = Lightning.Tools.getRoundRect(this.w, this.h, RADIUS / 2, 0, 0, true, 0xffffffff);
    this.Label.patch({ x: this.w / 2, y: this.h / 2 + 2 });
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
  }

  override _unfocus(): void {
    this.Bg.color = COLORS.surface;
  }
}

export interface OnScreenKeyboardSpec extends Lightning.Component.TemplateSpec {
  layout: KeyboardLayout;
  Keys: object;
}

const UNIT = 76;
const GAP = 8;
const ROW_H = 72;

/** Width and height of a keyboard `units` keys wide and `rows` rows high. */
function sizeOf(units: number, rows: number): { w: number; h: number } {
  return { w: units * UNIT + (units - 1) * GAP, h: rows * ROW_H + (rows - 1) * GAP };
}

/**
 * A keyboard for a five-way remote: arrows move between keys (Up/Down to the nearest key in the next row), OK presses.
 * The `login` layout (the default) has letters, digits, the characters server addresses need, "http://" and ".com"
 * shortcuts, space, delete and clear; the `search` layout has letters a–z, digits, space, delete and clear.
 * At an edge the arrow key is left to the page, which moves the focus elsewhere.
 */
export class OnScreenKeyboard
  extends Lightning.Component<OnScreenKeyboardSpec, KeyboardTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<OnScreenKeyboardSpec>
{
  static override _template(): Lightning.Component.Template<OnScreenKeyboardSpec> {
    return { ...sizeOf(LAYOUT_UNITS.login, 6), Keys: {} };
  }

  /** Width and height the sign-in keyboard takes on screen. */
  static readonly size = sizeOf(LAYOUT_UNITS.login, 6);

  /** Width and height the search keyboard takes on screen. */
  static readonly searchSize = sizeOf(LAYOUT_UNITS.search, 6);

  readonly Keys = this.getByRef('Keys')!;
  private mode: KeyboardMode = 'lower';
  private kind: KeyboardLayout = 'login';
  private editLabels: EditKeyLabels = { space: 'Space', delete: 'Delete', clear: 'Clear' };
  private rows: KeyDef[][] = [];
  private row = HOME_KEY.login.row;
  private col = HOME_KEY.login.col;
  private built = false;

  override _init(): void {
    this.built = true;
    this.build();
  }

  /** Which keys the keyboard has (set in the template; `login` by default). */
  get layout(): KeyboardLayout {
    return this.kind;
  }

  set layout(value: KeyboardLayout) {
    this.kind = value;
    const size = value === 'search' ? OnScreenKeyboard.searchSize : OnScreenKeyboard.size;
    this.w = size.w;
    this.h = size.h;
    this.row = HOME_KEY[value].row;
    this.col = HOME_KEY[value].col;
    if (this.built) this.build();
  }

  /** Labels of the space, delete and clear keys of the search layout (redrawn after a language change). */
  setEditLabels(labels: EditKeyLabels): void {
    this.editLabels = labels;
    if (this.built && this.kind === 'search') this.build();
  }

  /** Back to lower case letters, focus on the first letter. */
  reset(): void {
    this.mode = 'lower';
    this.row = HOME_KEY[this.kind].row;
    this.col = HOME_KEY[this.kind].col;
    this.build();
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.keyAt(this.row, this.col);
  }

  override _handleLeft(): boolean | void {
    if (this.col === 0) return false;
    this.moveTo(this.row, this.col - 1);
  }

  override _handleRight(): boolean | void {
    if (this.col >= this.rows[this.row].length - 1) return false;
    this.moveTo(this.row, this.col + 1);
  }

  override _handleUp(): boolean | void {
    if (this.row === 0) return false;
    this.moveTo(this.row - 1, nearestColumn(this.rows[this.row], this.col, this.rows[this.row - 1]));
  }

  override _handleDown(): boolean | void {
    if (this.row >= this.rows.length - 1) return false;
    this.moveTo(this.row + 1, nearestColumn(this.rows[this.row], this.col, this.rows[this.row + 1]));
  }

  override _handleEnter(): void {
    this.press(this.rows[this.row][this.col].action);
  }

  private press(action: KeyAction): void {
    if (action.kind === 'shift') {
      this.mode = this.mode === 'upper' ? 'lower' : 'upper';
      this.build();
    } else if (action.kind === 'symbols') {
      this.mode = this.mode === 'symbols' ? 'lower' : 'symbols';
      this.build();
    } else {
      this.signal('input', action);
    }
  }

  private moveTo(row: number, col: number): void {
    this.row = row;
    this.col = col;
    this._refocus();
  }

  private keyAt(row: number, col: number): Lightning.Component | undefined {
    const rowElement = this.Keys.children[row];
    return rowElement ? (rowElement.children[col] as Lightning.Component | undefined) : undefined;
  }

  private build(): void {
    this.rows = this.kind === 'search' ? searchKeyboardRows(this.editLabels) : keyboardRows(this.mode);
    this.Keys.children = this.rows.map((keys, r) => ({
      ref: `Row${r}`,
      y: r * (ROW_H + GAP),
      children: keys.map((key, c) => ({
        ref: `Key${c}`,
        type: KeyboardKey,
        x: keyStart(keys, c) * (UNIT + GAP),
        w: key.units * UNIT + (key.units - 1) * GAP,
        h: ROW_H,
        label: key.label,
      })),
    }));
    this.col = Math.min(this.col, this.rows[this.row].length - 1);
    this._refocus();
  }
}
