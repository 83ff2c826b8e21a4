import { Lightning, Router } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import { ChannelRow, type ChannelRowItem } from '../components/ChannelRow';
import { StatusView } from '../components/StatusView';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { ALL_CHANNELS, loadChannels } from './loadChannels';

export interface ChannelsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Subtitle: object;
  List: typeof VirtualList;
  Status: typeof StatusView;
}

const LIST = { x: SAFE.x, y: 240, w: 1300, h: STAGE_H - 240 - SAFE.y } as const;

/** The channels of one category (or all of them); OK plays the focused channel full screen. */
export class ChannelsPage
  extends Lightning.Component<ChannelsPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<ChannelsPageSpec>
{
  static override _template(): Lightning.Component.Template<ChannelsPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: {
        x: SAFE.x,
        y: SAFE.y,
        text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: STAGE_W - 2 * SAFE.x, maxLines: 1 }),
      },
      Subtitle: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      List: {
        type: VirtualList,
        x: LIST.x,
        y: LIST.y,
        w: LIST.w,
        signals: { select: '_playChannel', focusChange: '_rememberFocus' },
      },
      Status: { type: StatusView, x: (STAGE_W - 1200) / 2, y: 360, signals: { retry: '_reload' } },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Subtitle = this.getByRef('Subtitle')!;
  readonly List = this.getByRef('List')! as VirtualList<ChannelRowItem>;
  readonly Status = this.getByRef('Status')!;
  private categoryId = ALL_CHANNELS;
  private channels: LiveStream[] = [];
  private generation = 0;

  override _init(): void {
    this.List.configure({ rowType: ChannelRow, rowHeight: 96, gap: 12, height: LIST.h });
  }

  /** Called by the route on every visit with the category from the address. */
  open(categoryId: string): void {
    this.categoryId = categoryId;
    this.Title.text = this.categoryName();
    const selection = appContext().selection;
    if (selection && selection.categoryId === categoryId) this.show(selection.channels);
    else void this.load();
  }

  _reload(): void {
    void this.load();
  }

  _playChannel(index: number): void {
    const channel = this.channels[index];
    if (!channel) return;
    this._rememberFocus(index);
    Router.navigate(`play/${encodeURIComponent(this.categoryId)}/${encodeURIComponent(channel.id)}`);
  }

  _rememberFocus(index: number): void {
    const selection = appContext().selection;
    const channel = this.channels[index];
    if (selection && channel) selection.channelId = channel.id;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.Status.canRetry ? this.Status : this.List;
  }

  private categoryName(): string {
    if (this.categoryId === ALL_CHANNELS) return 'All channels';
    const catalog = appContext().signedIn?.source.catalog;
    const category = catalog ? catalog.category('live', this.categoryId) : undefined;
    return category ? category.name : 'Channels';
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    this.Title.text = this.categoryName();
    this.List.visible = false;
    this.Subtitle.text = '';
    this.Status.showLoading('Loading channels…');
    this._refocus();
    try {
      const channels = await loadChannels(appContext(), this.categoryId);
      if (generation !== this.generation) return;
      this.show(channels);
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
      this._refocus();
    }
  }

  private show(channels: LiveStream[]): void {
    const context = appContext();
    this.channels = channels;
    const previous =
      context.selection && context.selection.categoryId === this.categoryId ? context.selection.channelId : undefined;
    context.selection = { categoryId: this.categoryId, channels, channelId: previous };
    if (channels.length === 0) {
      this.List.visible = false;
      this.Status.showMessage('This category has no channels.', 'Press Back to choose another category.');
      this._refocus();
      return;
    }
    const rewrite = context.rewriteUrl;
    const rows: ChannelRowItem[] = channels.map((channel) => ({
      channel,
      logoUrl: channel.logo && rewrite ? rewrite(channel.logo) : channel.logo,
    }));
    const focus = previous
      ? Math.max(
          0,
          channels.findIndex((c) => c.id === previous),
        )
      : 0;
    this.Status.hide();
    this.Subtitle.text = `${channels.length} channels`;
    this.List.visible = true;
    this.List.setItems(rows, focus);
    this._refocus();
  }
}
