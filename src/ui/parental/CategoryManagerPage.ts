import { Lightning } from '@lightningjs/sdk';
import { isMediaKind, type Catalog, type MediaKind } from '../../library';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StatusView } from '../components/StatusView';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { onLanguageChange, t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { changedRules, MANAGER_KINDS, managedCategories, type ManagedCategory, type ManagerChange } from './manager';
import { MANAGER_ROW_H, ManagerRow } from './ManagerRow';
import {
  applyStoredCategoryRules,
  closeOpenedCategories,
  hasPin,
  parentalData,
  saveKindRules,
  storedRules,
} from './parentalState';
import { PinDialog } from './PinDialog';
import { PinFlow } from './pinFlow';

export interface CategoryManagerPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Tabs: object;
  Underline: object;
  Note: object;
  List: typeof VirtualList;
  Status: typeof StatusView;
  Help: object;
  Confirm: typeof ConfirmDialog;
  Pin: typeof PinDialog;
}

const LIST = { x: SAFE.x, y: 340, w: 1500 } as const;
const TAB_W = 260;
/** Room kept free at the bottom for the App's toasts. */
const TOAST_ROOM = 170;

/**
 * The category manager of one kind (Left/Right switch between Live TV, movies and series): every category with its
 * states. OK hides or shows it, Red locks or unlocks it, Yellow/Blue move it up/down; changes are stored in the
 * account's settings and apply to the Live TV, movie and series pages at once. Locking needs a PIN (the manager
 * offers to set one), and a locked category asks for the PIN before its lock is lifted.
 */
export class CategoryManagerPage
  extends Lightning.Component<CategoryManagerPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<CategoryManagerPageSpec>
{
  static override _template(): Lightning.Component.Template<CategoryManagerPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
      Tabs: {
        x: SAFE.x,
        y: SAFE.y + 100,
        children: MANAGER_KINDS.map((kind, i) => ({
          ref: `Tab${i}`,
          x: i * TAB_W,
          text: textStyle('', FONT.body, 0xffffffff),
        })),
      },
      Underline: { x: SAFE.x, y: SAFE.y + 150, w: TAB_W / 2, h: 4, rect: true, color: COLORS.focus },
      Help: { x: SAFE.x, y: SAFE.y + 176, text: textStyle('', FONT.small, COLORS.textMuted) },
      Note: { x: SAFE.x, y: SAFE.y + 222, color: COLORS.warning, text: textStyle('', FONT.small, 0xffffffff) },
      List: { type: VirtualList, x: LIST.x, y: LIST.y, w: LIST.w, signals: { select: '_toggleHidden' } },
      Status: { type: StatusView, x: LIST.x, y: LIST.y + 80, signals: { retry: '_reload' } },
      Confirm: { type: ConfirmDialog, zIndex: 100, signals: { confirm: '_setPinFirst', cancel: '_closeConfirm' } },
      Pin: { type: PinDialog },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Tabs = this.getByRef('Tabs')!;
  readonly Underline = this.getByRef('Underline')!;
  readonly Note = this.getByRef('Note')!;
  readonly List = this.getByRef('List')! as VirtualList<ManagedCategory>;
  readonly Status = this.getByRef('Status')!;
  readonly Help = this.getByRef('Help')!;
  readonly Confirm = this.getByRef('Confirm')!;
  readonly Pin = this.getByRef('Pin')! as PinDialog;
  private kind: MediaKind = 'live';
  private loaded: Catalog | undefined;
  private categories: ManagedCategory[] = [];
  private confirming = false;
  private generation = 0;
  private stopListening: (() => void) | undefined;

  override _init(): void {
    this.List.configure({
      rowType: ManagerRow,
      rowHeight: MANAGER_ROW_H,
      gap: 8,
      // Whole rows only (a sliver of a row at the bottom reads as a glitch), ending above where toasts show.
      height: Math.floor((STAGE_H - LIST.y - TOAST_ROOM + 8) / (MANAGER_ROW_H + 8)) * (MANAGER_ROW_H + 8) - 8,
    });
    // The underline takes the width of its tab's text, known once the text is drawn.
    this.Tabs.children.forEach((tab) => tab.on('txLoaded', () => this.placeUnderline()));
  }

  /** Called by the route on every visit: `kind` is `live`, `movie` or `series` (anything else: Live TV). */
  open(kind: string): void {
    this.kind = isMediaKind(kind) ? kind : 'live';
    if (!this.stopListening) this.stopListening = onLanguageChange(() => this.draw(this.List.focusedIndex));
    void this.load(0);
  }

  override _inactive(): void {
    this.generation++;
    this.Pin.close();
    this._closeConfirm();
    if (this.stopListening) this.stopListening();
    this.stopListening = undefined;
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.Pin.isOpen) return this.Pin;
    if (this.confirming) return this.Confirm;
    if (this.Status.canRetry) return this.Status;
    return this.List;
  }

  override _handleLeft(): void {
    this.switchKind(-1);
  }

  override _handleRight(): void {
    this.switchKind(1);
  }

  override _handleBack(): boolean | void {
    return false;
  }

  _handleRed(): void {
    const category = this.categories[this.List.focusedIndex];
    if (!category) return;
    if (!hasPin(appContext())) {
      this.confirming = true;
      (this.Confirm as ConfirmDialog).ask(t('parental.needPin'), t('parental.setPinNow'), t('parental.notNow'));
      this._refocus();
    } else if (category.locked) this.askPinThen(t('parental.dialog.change', { name: category.name }), 'lock');
    else void this.change('lock');
  }

  _handleYellow(): void {
    void this.change('up');
  }

  _handleBlue(): void {
    void this.change('down');
  }

  _toggleHidden(): void {
    void this.change('hide');
  }

  _reload(): void {
    void this.load(this.List.focusedIndex);
  }

  /** "Set a PIN now?" was confirmed: the PIN is set, then the category the viewer wanted locked is locked. */
  _setPinFirst(): void {
    this._closeConfirm();
    const data = parentalData(appContext());
    if (!data) return;
    this.Pin.ask({
      flow: new PinFlow('set', data),
      onDone: () => {
        closeOpenedCategories(appContext());
        appContext().toast(t('parental.pinSet'));
        const category = this.categories[this.List.focusedIndex];
        // Adult categories are locked as soon as a PIN exists; any other one is locked now.
        if (category && !category.locked) void this.change('lock');
        else this.draw(this.List.focusedIndex);
      },
      onCancel: () => this._refocus(),
    });
    this._refocus();
  }

  _closeConfirm(): void {
    this.confirming = false;
    (this.Confirm as ConfirmDialog).close();
    this._refocus();
  }

  private askPinThen(title: string, change: ManagerChange): void {
    const data = parentalData(appContext());
    if (!data) return;
    this.Pin.ask({
      flow: new PinFlow('verify', data),
      title,
      onDone: () => void this.change(change),
      onCancel: () => this._refocus(),
    });
    this._refocus();
  }

  private switchKind(by: 1 | -1): void {
    const index = MANAGER_KINDS.indexOf(this.kind) + by;
    if (index < 0 || index >= MANAGER_KINDS.length) return;
    this.kind = MANAGER_KINDS[index];
    this.draw(0);
  }

  private async load(focus: number): Promise<void> {
    const generation = ++this.generation;
    const signedIn = appContext().signedIn;
    this.drawTexts();
    if (!signedIn) return;
    if (!signedIn.source.catalog) {
      this.List.visible = false;
      this.Status.showLoading(t('parental.categories.loading'));
    }
    try {
      const loaded = await signedIn.activity.completeCatalog();
      if (generation !== this.generation) return;
      this.loaded = loaded;
      this.draw(focus);
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.List.visible = false;
      this.Status.showError(text.message, text.hint);
      this._refocus();
    }
  }

  /** Applies a key's change to the focused category, stores it, and redraws with the focus on that category. */
  private async change(change: ManagerChange): Promise<void> {
    const context = appContext();
    const category = this.categories[this.List.focusedIndex];
    if (!category) return;
    const rules = changedRules(storedRules(context)[this.kind], this.categories, category, change);
    try {
      await saveKindRules(context, this.kind, rules);
    } catch {
      context.toast(t('parental.saveFailed'));
      return;
    }
    // The row itself shows the new state: no toast, which would cover the list's last row.
    this.draw(this.List.focusedIndex, category.id);
  }

  /** Lists the current kind's categories, focusing `focusId` when given, else the position `focus`. */
  private draw(focus: number, focusId?: string): void {
    const context = appContext();
    // After a background refresh the source holds the newer catalogue.
    const catalog = context.signedIn?.source.catalog ?? this.loaded;
    this.drawTexts();
    if (!catalog) return;
    applyStoredCategoryRules(context, catalog);
    this.categories = managedCategories(catalog, this.kind, storedRules(context)[this.kind]);
    const byId = focusId === undefined ? -1 : this.categories.findIndex((c) => c.id === focusId);
    const position = byId >= 0 ? byId : Math.min(focus, Math.max(0, this.categories.length - 1));
    if (this.categories.length === 0) {
      this.List.visible = false;
      this.Status.showMessage(t('parental.categories.empty'), '');
    } else {
      this.Status.hide();
      this.List.visible = true;
      this.List.setItems(this.categories, position);
    }
    this._refocus();
  }

  private drawTexts(): void {
    this.Title.text = t('parental.categories.title');
    this.Help.text = t('parental.categories.help');
    this.Note.text = hasPin(appContext()) ? '' : t('parental.categories.noPin');
    MANAGER_KINDS.forEach((kind, i) => {
      const tab = this.Tabs.childList.getAt(i) as Lightning.Element;
      tab.text = t(`parental.kind.${kind}`);
      tab.color = kind === this.kind ? COLORS.text : COLORS.textMuted;
    });
    this.placeUnderline();
  }

  private placeUnderline(): void {
    const index = MANAGER_KINDS.indexOf(this.kind);
    const tab = this.Tabs.childList.getAt(index) as Lightning.Element;
    this.Underline.patch({ x: SAFE.x + index * TAB_W, w: tab.renderWidth || TAB_W / 2 });
  }
}
