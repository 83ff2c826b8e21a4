import { Lightning } from '@lightningjs/sdk';
import { rowBackground, ROW_COLORS } from '../components/rowBackground';
import type { ListRow } from '../components/VirtualList';
import { t } from '../i18n';
import { formatCount } from '../progressText';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import type { ManagedCategory } from './manager';

export interface ManagerRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Name: object;
  Count: object;
  Adult: object;
  Lock: { Shackle: object; Body: object; Text: object };
  Hidden: object;
}

/** Height of a row of the category manager. */
export const MANAGER_ROW_H = 72;
/** Where the state columns start (from the row's left edge). */
const COLUMNS = { count: 880, adult: 930, lock: 1040, hidden: 1290 } as const;
const LOCK_W = 22;

/**
 * A category in the manager: its name (dimmed when hidden), its item count, and its states in fixed columns so they
 * line up down the list: 18+, a padlock with "Locked", "Hidden".
 */
export class ManagerRow
  extends Lightning.Component<ManagerRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<ManagerRowSpec>, ListRow<ManagedCategory>
{
  static override _template(): Lightning.Component.Template<ManagerRowSpec> {
    const y = MANAGER_ROW_H / 2 + 2;
    return {
      Bg: { color: ROW_COLORS.idle },
      Name: { x: 24, y, mountY: 0.5, text: textStyle('', FONT.small, 0xffffffff, { maxLines: 1, wordWrapWidth: 760 }) },
      Count: {
        x: COLUMNS.count,
        y,
        mountX: 1,
        mountY: 0.5,
        color: COLORS.textMuted,
        text: textStyle('', 26, 0xffffffff),
      },
      Adult: { x: COLUMNS.adult, y, mountY: 0.5, color: COLORS.error, text: textStyle('', 26, 0xffffffff) },
      Lock: {
        x: COLUMNS.lock,
        y: 22,
        visible: false,
        Shackle: {
          x: 4,
          texture: Lightning.Tools.getRoundRect(LOCK_W - 8, 20, 7, 3, 0xffffffff, false, 0),
          color: COLORS.warning,
        },
        Body: { y: 10, w: LOCK_W, h: 18, rect: true, color: COLORS.warning },
        Text: { x: 36, y: y - 22, mountY: 0.5, color: COLORS.warning, text: textStyle('', 26, 0xffffffff) },
      },
      Hidden: { x: COLUMNS.hidden, y, mountY: 0.5, color: COLORS.textMuted, text: textStyle('', 26, 0xffffffff) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Name = this.getByRef('Name')!;
  readonly Count = this.getByRef('Count')!;
  readonly Adult = this.getByRef('Adult')!;
  readonly Lock = this.getByRef('Lock')!;
  readonly LockText = this.Lock.getByRef('Text')!;
  readonly Hidden = this.getByRef('Hidden')!;
  private title = '';
  private hidden = false;
  private focusedNow = false;

  /** The category's name (what the test hook reports for the focused row). */
  get label(): string {
    return this.title;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
  }

  showItem(category: ManagedCategory): void {
    this.title = category.name;
    this.hidden = category.hidden;
    this.Name.text = category.name;
    this.Count.text = formatCount(category.count);
    this.Adult.text = category.adult ? t('parental.state.adult') : '';
    this.Lock.visible = category.locked;
    this.LockText.text = t('parental.state.locked');
    this.Hidden.text = category.hidden ? t('parental.state.hidden') : '';
    this.tint();
  }

  override _focus(): void {
    this.focusedNow = true;
    this.Bg.color = ROW_COLORS.focused;
    this.tint();
  }

  override _unfocus(): void {
    this.focusedNow = false;
    this.Bg.color = ROW_COLORS.idle;
    this.tint();
  }

  private tint(): void {
    this.Name.color = this.hidden && !this.focusedNow ? COLORS.textMuted : COLORS.text;
    this.Count.color = this.focusedNow ? COLORS.focusText : COLORS.textMuted;
    this.Hidden.color = this.focusedNow ? COLORS.focusText : COLORS.textMuted;
    // Orange and red read poorly on the focus blue.
    this.Adult.color = this.focusedNow ? COLORS.focusText : COLORS.error;
    this.LockText.color = this.focusedNow ? COLORS.focusText : COLORS.warning;
  }
}
