import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS } from '../theme';

export interface CountTileSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Count: object;
  Label: object;
}

/** Size of a count tile on the home page. */
export const COUNT_TILE = { w: 360, h: 136 } as const;

/** A tile on the home page: a large number ("1,204") over what it counts ("Channels"). */
export class CountTile
  extends Lightning.Component<CountTileSpec>
  implements Lightning.Component.ImplementTemplateSpec<CountTileSpec>
{
  static override _template(): Lightning.Component.Template<CountTileSpec> {
    return {
      w: COUNT_TILE.w,
      h: COUNT_TILE.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(COUNT_TILE.w, COUNT_TILE.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Count: { x: 32, y: 16, text: textStyle('', FONT.title, COLORS.text) },
      Label: { x: 32, y: 86, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Count = this.getByRef('Count')!;
  readonly Label = this.getByRef('Label')!;

  /** Shows `count` (already formatted, or "…" while loading) over `label`. */
  show(count: string, label: string): void {
    this.Count.text = count;
    this.Label.text = label;
  }
}
