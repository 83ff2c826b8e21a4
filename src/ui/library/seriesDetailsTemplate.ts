import type { Lightning } from '@lightningjs/sdk';
import { StatusView } from '../components/StatusView';
import { VirtualList } from '../components/VirtualList';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { ButtonRow } from './ButtonRow';
import { PosterCard } from './PosterCard';
import { SeasonTabs } from './SeasonTabs';

/** The elements of the series details page. */
export interface SeriesDetailsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Poster: typeof PosterCard;
  Info: { Title: object; Meta: object; Plot: object };
  Buttons: typeof ButtonRow;
  Seasons: typeof SeasonTabs;
  Episodes: typeof VirtualList;
  Status: typeof StatusView;
}

/** The poster's size on the page. */
export const SERIES_POSTER = { w: 220, h: 330 } as const;
const TEXT_X = SAFE.x + SERIES_POSTER.w + 48;
const TEXT_W = STAGE_W - SAFE.x - TEXT_X;
/** Where the episode list starts. */
export const EPISODE_LIST = { y: 520, w: STAGE_W - 2 * SAFE.x } as const;

/**
 * The series details page's elements: the poster, title, facts and plot at the top, the buttons beside them, the
 * season tabs and the episode list below, and the status shown while the episodes load.
 */
export function seriesDetailsTemplate(): Lightning.Component.Template<SeriesDetailsPageSpec> {
  return {
    Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
    Poster: { type: PosterCard, x: SAFE.x, y: SAFE.y },
    Info: {
      x: TEXT_X,
      y: SAFE.y,
      Title: { text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
      Meta: { y: 80, text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
      Plot: {
        y: 132,
        text: textStyle('', FONT.small, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 3, lineHeight: 40 }),
      },
    },
    Buttons: { type: ButtonRow, x: TEXT_X, y: 280, signals: { press: '_press' } },
    Seasons: { type: SeasonTabs, x: SAFE.x, y: 428, signals: { seasonChange: '_seasonChange' } },
    Episodes: {
      type: VirtualList,
      x: SAFE.x,
      y: EPISODE_LIST.y,
      w: EPISODE_LIST.w,
      signals: { select: '_playEpisode' },
    },
    Status: { type: StatusView, x: (STAGE_W - 1200) / 2, y: 560, signals: { retry: '_reload' } },
  };
}
