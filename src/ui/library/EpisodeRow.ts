import { Lightning } from '@lightningjs/sdk';
import { rowBackground, ROW_COLORS } from '../components/rowBackground';
import type { ListRow } from '../components/VirtualList';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

/** An episode as its row shows it. */
export interface EpisodeRowItem {
  /** "3. The Long Night". */
  title: string;
  /** Running time, and watched or resume state. */
  detail: string;
  plot: string;
  imageUrl?: string;
  watched: boolean;
}

export interface EpisodeRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Still: { Image: object };
  Title: object;
  Detail: object;
  Plot: object;
}

const STILL = { x: 16, w: 192, h: 108 } as const;
const TEXT_X = STILL.x + STILL.w + 28;

/** A row of the episode list: still image, numbered title, running time with the watched mark, and the plot. */
export class EpisodeRow
  extends Lightning.Component<EpisodeRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<EpisodeRowSpec>, ListRow<EpisodeRowItem>
{
  static override _template(): Lightning.Component.Template<EpisodeRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Still: {
        x: STILL.x,
        w: STILL.w,
        h: STILL.h,
        rect: true,
        color: COLORS.surfaceRaised,
        Image: { w: STILL.w, h: STILL.h },
      },
      Title: { x: TEXT_X, y: 12, text: textStyle('', FONT.body, COLORS.text, { maxLines: 1 }) },
      Detail: { x: TEXT_X, y: 56, color: COLORS.textMuted, text: textStyle('', 26, 0xffffffff, { maxLines: 1 }) },
      Plot: { x: TEXT_X, y: 92, color: COLORS.textMuted, text: textStyle('', 26, 0xffffffff, { maxLines: 1 }) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Still = this.getByRef('Still')!;
  readonly Image = this.Still.getByRef('Image')!;
  readonly Title = this.getByRef('Title')!;
  readonly Detail = this.getByRef('Detail')!;
  readonly Plot = this.getByRef('Plot')!;
  private title = '';
  private watched = false;

  get label(): string {
    return this.title;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Still.y = (this.h - STILL.h) / 2;
    const width = this.w - TEXT_X - 24;
    this.Title.patch({ text: { wordWrapWidth: width } });
    this.Detail.patch({ text: { wordWrapWidth: width } });
    this.Plot.patch({ text: { wordWrapWidth: width } });
    this.Image.on('txError', () => {
      this.Image.visible = false;
    });
  }

  showItem(item: EpisodeRowItem): void {
    this.title = item.title;
    this.watched = item.watched;
    this.Title.text = item.title;
    this.Detail.text = item.detail;
    this.Plot.text = item.plot;
    this.Detail.color = this.hasFocus() ? COLORS.focusText : item.watched ? COLORS.ok : COLORS.textMuted;
    this.Image.visible = item.imageUrl !== undefined;
    this.Image.texture = item.imageUrl
      ? {
          type: Lightning.textures.ImageTexture,
          src: item.imageUrl,
          resizeMode: { type: 'cover', w: STILL.w, h: STILL.h },
        }
      : null;
  }

  override _focus(): void {
    this.Bg.color = ROW_COLORS.focused;
    this.Detail.color = COLORS.focusText;
    this.Plot.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = ROW_COLORS.idle;
    this.Detail.color = this.watched ? COLORS.ok : COLORS.textMuted;
    this.Plot.color = COLORS.textMuted;
  }
}
