import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { ROWS, sectionStarts, type SectionId } from './rows';
import { SETTING_ROW, SettingRow } from './SettingRow';

export interface SettingsListSpec extends Lightning.Component.TemplateSpec {
  Content: object;
}

/** Room above a section's first row for its heading. */
const HEADING_H = 72;
const ROW_STEP = SETTING_ROW.h + 10;

interface Placed {
  /** Top of each row in the content. */
  rows: number[];
  headings: { section: SectionId; y: number }[];
  height: number;
}

function layout(): Placed {
  const starts = sectionStarts();
  const rows: number[] = [];
  const headings: { section: SectionId; y: number }[] = [];
  let y = 0;
  ROWS.forEach((_, index) => {
    const start = starts.filter((s) => s.index === index)[0];
    if (start) {
      headings.push({ section: start.section, y: y + (index === 0 ? 0 : 12) });
      y += HEADING_H + (index === 0 ? 0 : 12);
    }
    rows.push(y);
    y += ROW_STEP;
  });
  return { rows, headings, height: y };
}

const PLACED = layout();

/**
 * Every settings row under its section heading, in a window of `h` that scrolls so the focused row stays in the
 * middle (the first rows and the last ones stay at the top and bottom). The page fills the rows; this only places
 * them and scrolls. Rows keep their element names (`Language`, `Clock`...), which browser tests read.
 */
export class SettingsList
  extends Lightning.Component<SettingsListSpec>
  implements Lightning.Component.ImplementTemplateSpec<SettingsListSpec>
{
  static override _template(): Lightning.Component.Template<SettingsListSpec> {
    return {
      clipping: true,
      w: SETTING_ROW.w,
      Content: {
        children: [
          ...PLACED.headings.map((heading) => ({
            ref: `Heading_${heading.section}`,
            x: 8,
            y: heading.y + 10,
            text: textStyle('', FONT.small, COLORS.warning),
          })),
          ...ROWS.map((def, i) => ({ ref: def.ref, type: SettingRow, y: PLACED.rows[i] })),
        ],
      },
    };
  }

  readonly Content = this.getByRef('Content')!;
  private index = 0;

  /** The focused row's index in {@link ROWS}. */
  get focusIndex(): number {
    return this.index;
  }

  set focusIndex(value: number) {
    this.index = Math.max(0, Math.min(ROWS.length - 1, value));
    this.scroll();
    this._refocus();
  }

  /** The row component at `index`. */
  rowAt(index: number): SettingRow {
    return this.Content.childList.getAt(PLACED.headings.length + index) as unknown as SettingRow;
  }

  /** Writes the section headings in the current language. */
  drawHeadings(): void {
    PLACED.headings.forEach((heading, i) => {
      const element = this.Content.childList.getAt(i);
      if (element) element.text = t(`settings.section.${heading.section}` as 'settings.section.display');
    });
  }

  override _init(): void {
    this.scroll();
  }

  override _getFocused(): Lightning.Component {
    return this.rowAt(this.index);
  }

  private scroll(): void {
    const viewport = this.h;
    const headingRoom = this.index === 0 || ROWS[this.index - 1].section !== ROWS[this.index].section ? HEADING_H : 0;
    const centred = PLACED.rows[this.index] - headingRoom / 2 - (viewport - SETTING_ROW.h) / 2;
    const max = Math.max(0, PLACED.height - viewport);
    this.Content.y = -Math.max(0, Math.min(max, Math.round(centred)));
  }
}
