import { Lightning } from '@lightningjs/sdk';
import { rowBackground, ROW_COLORS } from '../components/rowBackground';
import type { ListRow } from '../components/VirtualList';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import type { SearchEntry } from './resultEntries';

export interface ResultRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Title: object;
  Detail: object;
}

/** Height of a result row (headings use the same height, their text sitting low, next to their group). */
export const RESULT_ROW_H = 88;
const PAD = 28;

/** One row of the search results: a hit (title, and a detail line below) or a group's heading. */
export class ResultRow
  extends Lightning.Component<ResultRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<ResultRowSpec>, ListRow<SearchEntry>
{
  static override _template(): Lightning.Component.Template<ResultRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Title: {
        x: PAD,
        y: 8,
        text: textStyle('', FONT.body, 0xffffffff, { maxLines: 1, wordWrap: false, textOverflow: 'ellipsis' }),
      },
      Detail: {
        x: PAD,
        y: 48,
        color: COLORS.textMuted,
        text: textStyle('', FONT.small, 0xffffffff, { maxLines: 1, wordWrap: false, textOverflow: 'ellipsis' }),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Title = this.getByRef('Title')!;
  readonly Detail = this.getByRef('Detail')!;
  private title = '';
  private heading = false;

  /** The row's title (what the test hook reports for the focused row). */
  get label(): string {
    return this.title;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Title.patch({ text: { wordWrapWidth: this.w - 2 * PAD } });
    this.Detail.patch({ text: { wordWrapWidth: this.w - 2 * PAD } });
  }

  showItem(entry: SearchEntry): void {
    this.heading = entry.type === 'header';
    this.Bg.visible = !this.heading;
    if (entry.type === 'header') {
      this.title = entry.text;
      this.Title.patch({ x: 4, y: 42, color: COLORS.textMuted, text: { text: entry.text, fontSize: FONT.small } });
      this.Detail.text = '';
      return;
    }
    this.title = entry.title;
    // A row without a detail line (a recent search) has its title in the middle.
    const y = entry.detail === '' ? 24 : 8;
    this.Title.patch({ x: PAD, y, color: COLORS.text, text: { text: entry.title, fontSize: FONT.body } });
    this.Detail.text = entry.detail;
  }

  override _focus(): void {
    this.Bg.color = ROW_COLORS.focused;
    this.Detail.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = ROW_COLORS.idle;
    this.Detail.color = COLORS.textMuted;
  }
}
