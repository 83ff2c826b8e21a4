import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

/** What {@link SeasonTabs} tells its parent. */
export interface SeasonTabsSignals {
  /** The season at `index` was chosen (Left/Right). */
  seasonChange(index: number): void;
}

interface SeasonTabsTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: SeasonTabsSignals;
}

const TAB = { h: 64, pad: 28, gap: 16 } as const;
/** The chosen season without the focus: clearly lighter than the other tabs. */
const SELECTED = 0xff44506b;

/**
 * The seasons of a series as a row of tabs; the chosen one is filled, and with the focus it lights up. Left/Right
 * choose the season (the episode list follows). Series have a handful of seasons, so every tab exists.
 */
export class SeasonTabs extends Lightning.Component<Lightning.Component.TemplateSpecLoose, SeasonTabsTypeConfig> {
  private labels: string[] = [];
  private index = 0;

  /** Replaces the tabs and chooses `index`. */
  setSeasons(labels: string[], index: number): void {
    this.labels = labels;
    this.index = Math.max(0, Math.min(labels.length - 1, index));
    let x = 0;
    this.children = labels.map((label) => {
      // An estimate of the label's width (no measuring pass): tabs only need to not overlap.
      const w = Math.round(label.length * FONT.small * 0.56) + 2 * TAB.pad;
      const tab = {
        x,
        w,
        h: TAB.h,
        texture: Lightning.Tools.getRoundRect(w, TAB.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
        Label: { x: w / 2, y: TAB.h / 2 + 2, mount: 0.5, text: textStyle(label, FONT.small, COLORS.text) },
      };
      x += w + TAB.gap;
      return tab;
    }) as never;
    this.paint();
  }

  /** The chosen season's index. */
  get selectedIndex(): number {
    return this.index;
  }

  /** The chosen season's label (what the test hook reports with the focus). */
  get label(): string {
    return this.labels[this.index] ?? '';
  }

  /** Chooses a season from outside (Left/Right in the episode list). */
  choose(index: number): void {
    if (index < 0 || index >= this.labels.length || index === this.index) return;
    this.index = index;
    this.paint();
    this.signal('seasonChange', index);
  }

  override _handleLeft(): boolean | void {
    if (this.index === 0) return false;
    this.choose(this.index - 1);
  }

  override _handleRight(): boolean | void {
    if (this.index >= this.labels.length - 1) return false;
    this.choose(this.index + 1);
  }

  override _focus(): void {
    this.paint();
  }

  override _unfocus(): void {
    this.paint();
  }

  private paint(): void {
    const focused = this.hasFocus();
    this.children.forEach((tab, i) => {
      tab.color = i !== this.index ? COLORS.surface : focused ? COLORS.focus : SELECTED;
    });
  }
}
