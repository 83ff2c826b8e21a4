import { Lightning, Router } from '@lightningjs/sdk';
import type { Catalog } from '../../library';
import type { LiveStream } from '../../xtream';
import { CHANNEL_ROW_H, ChannelRow } from '../components/ChannelRow';
import type { StatusView } from '../components/StatusView';
import type { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { onLanguageChange, t, tn } from '../i18n';
import { categoryPosition, type LiveCategory } from '../live/categories';
import type { ChannelMenu } from '../live/ChannelMenu';
import { CATEGORY_ROW_H, CategoryRow } from '../live/CategoryRow';
import { LISTS_H } from '../live/layout';
import { accountData, emptyMessage, LiveGuide, liveCategories, toggleFavourite } from '../live/liveData';
import { PreviewController } from '../live/PreviewController';
import { PreviewDetails } from '../live/PreviewDetails';
import { livePageTemplate, type LivePageSpec } from '../live/livePageTemplate';
import type { PreviewWindow } from '../live/PreviewWindow';
import { askToOpen } from '../parental/lockedCategory';
import { applyStoredCategoryRules } from '../parental/parentalState';
import type { PinDialog } from '../parental/PinDialog';
import { applyGuideOffsets } from '../settings/accountSettings';
import { registerProbe } from '../testHook';
import { channelsIn, ownLists } from './loadChannels';

/** Which column has the focus. */
type Area = 'categories' | 'channels';

/** How often the rows' progress bars and the details follow the clock. */
const CLOCK_MS = 30000;

/**
 * Live TV: the category column (All, Favourites, Recently watched, the provider's categories), the channels of the
 * focused category with now/next, and a preview of the channel the focus rests on with its programme. OK goes full
 * screen on the previewed stream, Red adds or removes a favourite, Left/Right switch columns, Back goes from the
 * channels to the categories and from there home. A locked category asks for the PIN before it opens.
 */
export class LivePage
  extends Lightning.Component<LivePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<LivePageSpec>
{
  static override _template(): Lightning.Component.Template<LivePageSpec> {
    return livePageTemplate();
  }

  readonly Title = this.getByRef('Title')!;
  readonly Header = this.getByRef('Header')!;
  readonly Categories = this.getByRef('Categories')! as VirtualList<LiveCategory>;
  readonly Channels = this.getByRef('Channels')! as VirtualList<LiveStream>;
  readonly Empty = this.getByRef('Empty')!;
  readonly EmptyMessage = this.Empty.getByRef('Message')!;
  readonly EmptyHint = this.Empty.getByRef('Hint')!;
  readonly Preview = this.getByRef('Preview')! as PreviewWindow;
  readonly Help = this.getByRef('Help')!;
  readonly Status = this.getByRef('Status')! as StatusView;
  readonly Pin = this.getByRef('Pin')! as PinDialog;
  readonly Menu = this.getByRef('Menu')! as ChannelMenu;
  private area: Area = 'categories';
  private categories: LiveCategory[] = [];
  private category: LiveCategory | undefined;
  private channels: LiveStream[] = [];
  private guide = new LiveGuide(appContext());
  private preview = new PreviewController(
    appContext(),
    (look) => this.Preview.showLook(look),
    (channel) => this.fetchProgramme(channel),
  );
  private details = new PreviewDetails(this.Preview, this.guide, this.preview, appContext().player);
  /** The route parameter of the last visit (undefined for `live`), to tell a return from a new visit. */
  private openedWith: string | undefined | null = null;
  private generation = 0;
  private handingOver = false;
  private listening: (() => void)[] = [];

  override _init(): void {
    const categoryRows = {
      isOpen: (c: LiveCategory) => this.area === 'channels' && this.category !== undefined && c.id === this.category.id,
    };
    this.Categories.configure({
      rowType: CategoryRow,
      rowHeight: CATEGORY_ROW_H,
      gap: 8,
      height: LISTS_H,
      setupRow: (row) => (row as unknown as CategoryRow).useContext(categoryRows),
    });
    // Whole rows only: a sliver of a row at the bottom reads as a glitch.
    const step = CHANNEL_ROW_H + 8;
    this.Channels.configure({
      rowType: ChannelRow,
      rowHeight: CHANNEL_ROW_H,
      gap: 8,
      height: Math.floor((LISTS_H + 8) / step) * step - 8,
      setupRow: (row) => (row as unknown as ChannelRow).useContext(this.guide.rowContext()),
    });
    this.Categories.patch({ signals: { focusChange: '_categoryFocused', select: '_enterChannels' } });
    this.Channels.patch({ signals: { focusChange: '_channelFocused', select: '_playChannel' } });
    this.Menu.patch({ signals: { favourite: '_menuFavourite', guide: '_menuGuide', close: '_menuClosed' } });
  }

  /**
   * Called by the route on every visit: `live/<id>` opens that category in the channel list; `live` opens the
   * category column. Coming back (e.g. from full screen) restores the category and channel being browsed.
   */
  open(categoryId: string | undefined): void {
    const selection = appContext().selection;
    const returning = this.openedWith === categoryId && selection !== undefined;
    this.openedWith = categoryId;
    this.handingOver = false;
    this.listen();
    this.drawTexts();
    const wanted = returning && selection ? selection.categoryId : (categoryId ?? selection?.categoryId);
    const area: Area = categoryId !== undefined || returning ? 'channels' : 'categories';
    void this.load(wanted, returning && selection ? selection.channelId : undefined, area, !returning);
  }

  override _inactive(): void {
    this.generation++;
    this.Pin.close();
    this.Menu.close();
    this.details.cancel();
    this.listening.forEach((off) => off());
    this.listening = [];
    this.preview.detach();
    if (this.handingOver) this.preview.handOver();
    else this.preview.stop();
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.Pin.isOpen) return this.Pin;
    if (this.Menu.isOpen) return this.Menu;
    if (this.Status.visible) return this.Status.canRetry ? this.Status : undefined;
    return this.area === 'channels' && this.channels.length > 0 ? this.Channels : this.Categories;
  }

  override _handleLeft(): void {
    if (this.area === 'channels') this.focusArea('categories');
  }

  override _handleRight(): void {
    if (this.area === 'categories') this._enterChannels();
  }

  override _handleBack(): void {
    if (this.area === 'channels') {
      this.focusArea('categories');
      return;
    }
    this.preview.stop();
    // Back in history when Live TV was opened from home, so home stays the root of the history.
    const history = Router.getHistory();
    const last = history[history.length - 1];
    if (last && last.hash === 'home') Router.back();
    else Router.navigate('home', false);
  }

  _handleRed(): void {
    if (this.area === 'channels') void this.toggleFavourite(this.channels[this.Channels.focusedIndex]);
  }

  /** Yellow on a channel: its menu (favourite, guide time offset, show in the guide). */
  _handleYellow(): void {
    const channel = this.channels[this.Channels.focusedIndex];
    if (this.area !== 'channels' || !channel) return;
    this.Menu.open(channel, ownLists(appContext()).favourites.indexOf(channel.id) >= 0);
    this._refocus();
  }

  _menuFavourite(channel: LiveStream): void {
    this._menuClosed();
    void this.toggleFavourite(channel);
  }

  /** "Show in the guide": the guide of the same category opens on the channel (the selection names it). */
  _menuGuide(channel: LiveStream): void {
    this._menuClosed();
    const selection = appContext().selection;
    if (selection) selection.channelId = channel.id;
    this.preview.stop();
    Router.navigate(`guide/${encodeURIComponent(this.category ? this.category.id : 'all')}`);
  }

  _menuClosed(): void {
    this.Menu.close();
    this._refocus();
  }

  _reload(): void {
    void this.load(this.category?.id, undefined, this.area, false);
  }

  /** The category column's focus moved: its channels fill the list (the focus stays in the column). */
  _categoryFocused(index: number): void {
    const category = this.categories[index];
    if (category && category !== this.category) this.showCategory(category, undefined);
  }

  /** Right or OK on a category: into its channels (a locked one asks for the PIN first). */
  _enterChannels(): void {
    if (this.category && this.category.locked) this.askPin(this.category);
    else if (this.channels.length > 0) this.focusArea('channels');
  }

  _channelFocused(index: number): void {
    const channel = this.channels[index];
    const selection = appContext().selection;
    if (selection && channel) selection.channelId = channel.id;
    // While the category column is browsed, the details stay with the channel still playing in the preview.
    if (this.area === 'channels' || !this.preview.active) this.details.schedule(channel);
    if (this.area === 'channels') this.preview.focus(channel);
  }

  /** OK on a channel: full screen on the same stream, remembered as recently watched. */
  _playChannel(index: number): void {
    const channel = this.channels[index];
    const category = this.category;
    if (!channel || !category) return;
    const selection = appContext().selection;
    if (selection) selection.channelId = channel.id;
    const data = accountData(appContext());
    if (data) data.markWatched('live', channel.id).catch(() => undefined);
    this.handingOver = true;
    Router.navigate(`play/${encodeURIComponent(category.id)}/${encodeURIComponent(channel.id)}`);
  }

  private listen(): void {
    this.listening.forEach((off) => off());
    const signedIn = appContext().signedIn;
    this.listening = [
      onLanguageChange(() => this.redraw()),
      registerProbe('live.list', () => ({
        focusedIndex: this.Channels.focusedIndex,
        length: this.Channels.length,
        keysHandled: this.Channels.keysHandled,
      })),
    ];
    if (signedIn) {
      this.listening.push(
        signedIn.source.guide.onChange(() => this.refreshProgrammes()),
        signedIn.source.onCatalogChange(() => this.redraw()),
      );
    }
    const clock = setInterval(() => this.refreshProgrammes(), CLOCK_MS);
    this.listening.push(() => clearInterval(clock));
    this.preview.attach();
  }

  private drawTexts(): void {
    this.Title.text = t('live.title');
    this.Help.text = t(this.area === 'channels' ? 'live.help.channels' : 'live.help.categories');
  }

  /** Shows the catalogue's categories and opens `categoryId` (with `channelId` focused) in `area`. */
  private async load(categoryId: string | undefined, channelId: string | undefined, area: Area, toast: boolean) {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    const generation = ++this.generation;
    const ready = signedIn.activity.snapshot.catalog.state === 'ready' && signedIn.source.catalog;
    if (!ready) this.showStatus(() => this.Status.showLoading(t('live.loading')));
    try {
      const loaded = await signedIn.activity.catalog();
      if (generation !== this.generation) return;
      this.Status.hide();
      this.showCatalog(signedIn.source.catalog ?? loaded, categoryId, channelId);
      this.focusArea(area);
      if (toast && area === 'channels' && this.category && this.category.locked) this.askPin(this.category);
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.showStatus(() => this.Status.showError(text.message, text.hint));
    }
  }

  private showStatus(show: () => void): void {
    this.Categories.visible = false;
    this.Channels.visible = false;
    this.Empty.visible = false;
    show();
    this._refocus();
  }

  private showCatalog(catalog: Catalog, categoryId: string | undefined, channelId: string | undefined): void {
    applyStoredCategoryRules(appContext(), catalog);
    applyGuideOffsets(appContext(), catalog);
    const own = ownLists(appContext());
    this.guide.setFavourites(own.favourites);
    this.categories = liveCategories(catalog, own);
    this.category = undefined;
    this.Categories.visible = true;
    const position = categoryPosition(this.categories, categoryId);
    // Set the category first, so the list's focus signal does not open it a second time.
    this.showCategory(this.categories[position], channelId);
    this.Categories.setItems(this.categories, position);
  }

  /** Fills the channel list with a category's channels, focusing `channelId` (or the first). */
  private showCategory(category: LiveCategory, channelId: string | undefined): void {
    const context = appContext();
    const catalog = context.signedIn?.source.catalog;
    this.category = category;
    const listing = catalog ? channelsIn(catalog, category.id, ownLists(context)) : { channels: [], locked: false };
    this.channels = listing.channels;
    context.selection = { categoryId: category.id, channels: this.channels, channelId };
    this.Header.text = t('live.header', { category: category.name, channels: tn('common.channels', category.count) });
    this.preview.cancel();
    const empty = this.channels.length === 0;
    this.Channels.visible = !empty;
    this.Empty.visible = empty;
    if (empty) {
      const text = emptyMessage(category);
      this.EmptyMessage.text = text.message;
      this.EmptyHint.text = text.hint;
      if (!this.preview.active) this.details.show(undefined);
      if (this.area === 'channels') this.focusArea('categories');
      return;
    }
    let focus = 0;
    if (channelId) for (let i = 0; i < this.channels.length; i++) if (this.channels[i].id === channelId) focus = i;
    this.Channels.setItems(this.channels, focus);
  }

  private focusArea(area: Area): void {
    this.area = area === 'channels' && this.channels.length > 0 ? 'channels' : 'categories';
    this.drawTexts();
    if (this.area === 'channels') {
      const channel = this.channels[this.Channels.focusedIndex];
      this.details.show(channel);
      this.preview.focus(channel);
    } else this.preview.cancel();
    this.Categories.refresh();
    this._refocus();
  }

  /** Asks for the PIN of a locked category; with it, the category opens (for this run) and its channels get the focus. */
  private askPin(category: LiveCategory): void {
    const request = { kind: 'live' as const, ids: [category.id], name: category.name };
    askToOpen(
      appContext(),
      this.Pin,
      request,
      () => this.openUnlocked(category.id),
      () => this._refocus(),
    );
    this._refocus();
  }

  private openUnlocked(categoryId: string): void {
    if (!this.category || this.category.id !== categoryId) return;
    this.redraw();
    this.focusArea('channels');
  }

  /** The focus rests on `channel`: ask the short EPG when the guide lacks it, then show the answer. */
  private fetchProgramme(channel: LiveStream): void {
    const generation = this.generation;
    void this.guide.fetch(channel).then((fresh) => {
      if (fresh && generation === this.generation) this.refreshProgrammes();
    });
  }

  private refreshProgrammes(): void {
    if (this.channels.length > 0) this.Channels.refresh();
    this.details.refresh();
  }

  /** Red on a channel: adds or removes it from the favourites, with a toast; Favourites and the stars follow. */
  private async toggleFavourite(channel: LiveStream | undefined): Promise<void> {
    const context = appContext();
    if (!channel) return;
    context.toast(await toggleFavourite(context, channel));
    this.redraw();
  }

  /** Draws everything again from the catalogue and the viewer's lists, keeping the category, channel and column. */
  private redraw(): void {
    const context = appContext();
    const catalog = context.signedIn?.source.catalog;
    this.drawTexts();
    if (!catalog || this.Status.visible) return;
    const channel = this.channels[this.Channels.focusedIndex];
    const index = this.Channels.focusedIndex;
    const area = this.area;
    this.showCatalog(catalog, this.category?.id, channel?.id);
    // A channel that left the list (unfavoured in Favourites): the focus stays at its place.
    if (channel && this.channels.length > 0 && this.channels[this.Channels.focusedIndex].id !== channel.id) {
      this.Channels.focusOn(Math.min(index, this.channels.length - 1));
    }
    this.area = area;
    this.focusArea(area);
  }
}
