import { Lightning, Router } from '@lightningjs/sdk';
import type { CategoryInfo } from '../../library';
import { StatusView } from '../components/StatusView';
import { TextRow, type TextRowItem } from '../components/TextRow';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { textStyle } from '../text';
import { ALL_CHANNELS } from './loadChannels';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface CategoriesPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Subtitle: object;
  List: typeof VirtualList;
  Status: typeof StatusView;
}

const LIST = { x: SAFE.x, y: 240, w: 1100, h: STAGE_H - 240 - SAFE.y } as const;

/** Live TV categories, with "All channels" first. */
export class CategoriesPage
  extends Lightning.Component<CategoriesPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<CategoriesPageSpec>
{
  static override _template(): Lightning.Component.Template<CategoriesPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('Live TV', FONT.title) },
      Subtitle: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      List: {
        type: VirtualList,
        x: LIST.x,
        y: LIST.y,
        w: LIST.w,
        signals: { select: '_openCategory' },
      },
      Status: { type: StatusView, x: (STAGE_W - 1200) / 2, y: 360, signals: { retry: '_reload' } },
    };
  }

  readonly Subtitle = this.getByRef('Subtitle')!;
  readonly List = this.getByRef('List')! as VirtualList<TextRowItem>;
  readonly Status = this.getByRef('Status')!;
  private categories: CategoryInfo[] = [];
  private generation = 0;

  override _init(): void {
    this.List.configure({ rowType: TextRow, rowHeight: 88, gap: 12, height: LIST.h });
  }

  /** Called by the route on every visit: shows the account's live categories (from its catalogue, cached or loading). */
  open(): void {
    void this.load();
  }

  _reload(): void {
    void this.load();
  }

  _openCategory(index: number): void {
    const id = index === 0 ? ALL_CHANNELS : this.categories[index - 1].id;
    Router.navigate(`live/${encodeURIComponent(id)}`);
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.Status.canRetry ? this.Status : this.List;
  }

  private async load(): Promise<void> {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    const generation = ++this.generation;
    const ready = signedIn.activity.snapshot.catalog.state === 'ready' && signedIn.source.catalog;
    if (!ready) {
      this.List.visible = false;
      this.Subtitle.text = '';
      this.Status.showLoading('Loading categories…');
      this._refocus();
    }
    try {
      const loaded = await signedIn.activity.catalog();
      if (generation !== this.generation) return;
      this.show((signedIn.source.catalog ?? loaded).categories('live'));
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
      this._refocus();
    }
  }

  private show(categories: CategoryInfo[]): void {
    this.categories = categories;
    const rows: TextRowItem[] = [{ title: 'All channels' }].concat(
      categories.map((c) => ({ title: c.name, detail: String(c.count) })),
    );
    const selectedCategory = appContext().selection?.categoryId;
    const focus = selectedCategory ? Math.max(0, categories.findIndex((c) => c.id === selectedCategory) + 1) : 0;
    this.Status.hide();
    this.Subtitle.text = `${categories.length} categories`;
    this.List.visible = true;
    this.List.setItems(rows, focus);
    this._refocus();
  }
}
