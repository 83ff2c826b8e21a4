import type { Lightning } from '@lightningjs/sdk';
import { StatusView } from '../components/StatusView';
import { VirtualList } from '../components/VirtualList';
import { PinDialog } from '../parental/PinDialog';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H } from '../theme';
import { backgroundAround, CATEGORY_COLUMN, CHANNEL_COLUMN, LISTS_Y, PREVIEW } from './layout';
import { ChannelMenu } from './ChannelMenu';
import { PreviewWindow } from './PreviewWindow';

/** The elements of the Live TV page. */
export interface LivePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Header: object;
  Categories: typeof VirtualList;
  Channels: typeof VirtualList;
  Empty: { Message: object; Hint: object };
  Preview: typeof PreviewWindow;
  Help: object;
  Status: typeof StatusView;
  Menu: typeof ChannelMenu;
  Pin: typeof PinDialog;
}

/**
 * The Live TV page's elements: a background with a hole where the preview video shows, the title, the channel
 * list's header, both lists, the empty-list message, the preview with its details, the key help and the status
 * shown while the catalogue loads, a channel's menu, and the PIN prompt of locked categories.
 */
export function livePageTemplate(): Lightning.Component.Template<LivePageSpec> {
  const muted = (size: number) => textStyle('', size, COLORS.textMuted, { wordWrapWidth: CHANNEL_COLUMN.w });
  return {
    Background: {
      children: backgroundAround(PREVIEW).map((r) => ({ ...r, rect: true, color: COLORS.background })),
    },
    Title: { x: SAFE.x, y: SAFE.y - 8, text: textStyle('', FONT.title) },
    Header: { x: CHANNEL_COLUMN.x, y: SAFE.y + 16, text: { ...muted(FONT.small), maxLines: 1 } },
    Categories: { type: VirtualList, x: CATEGORY_COLUMN.x, y: LISTS_Y, w: CATEGORY_COLUMN.w },
    Channels: { type: VirtualList, x: CHANNEL_COLUMN.x, y: LISTS_Y, w: CHANNEL_COLUMN.w },
    Empty: {
      x: CHANNEL_COLUMN.x + 24,
      y: LISTS_Y + 40,
      visible: false,
      Message: { text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: CHANNEL_COLUMN.w - 48 }) },
      Hint: { y: 70, text: { ...muted(FONT.small), wordWrapWidth: CHANNEL_COLUMN.w - 48, maxLines: 3 } },
    },
    Preview: { type: PreviewWindow },
    // Bottom-aligned: the channels' help takes two lines in the preview column's width.
    Help: {
      x: PREVIEW.x,
      y: STAGE_H - SAFE.y - 4,
      mountY: 1,
      text: textStyle('', 26, COLORS.textMuted, { wordWrapWidth: PREVIEW.w, maxLines: 2 }),
    },
    Status: { type: StatusView, x: SAFE.x + 60, y: 360, signals: { retry: '_reload' } },
    Menu: { type: ChannelMenu },
    Pin: { type: PinDialog },
  };
}
