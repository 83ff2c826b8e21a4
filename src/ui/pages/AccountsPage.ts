import { Lightning, Router } from '@lightningjs/sdk';
import type { StoredAccount } from '../../store';
import { kindLabel } from '../accounts/accountDetails';
import { TextRow, type TextRowItem } from '../components/TextRow';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { t } from '../i18n';
import { savedAccounts } from '../session';
import { registerProbe } from '../testHook';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface AccountsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Hint: object;
  List: typeof VirtualList;
}

/** Stands for the "Add account" row where account ids are remembered. */
const ADD_ROW = '';

const LIST = { x: SAFE.x, y: 230, w: 1300, h: STAGE_H - 230 - SAFE.y } as const;

/**
 * The accounts saved on this TV, the one in use first, then "Add account". OK on an account opens its details page
 * (switch to it, rename, edit, delete); OK on "Add account" opens the form. Back returns to the previous page.
 */
export class AccountsPage
  extends Lightning.Component<AccountsPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<AccountsPageSpec>
{
  static override _template(): Lightning.Component.Template<AccountsPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
      Hint: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      List: { type: VirtualList, x: LIST.x, y: LIST.y, w: LIST.w, signals: { select: '_choose' } },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly List = this.getByRef('List')! as VirtualList<TextRowItem>;
  private accounts: StoredAccount[] = [];
  private stopProbe: (() => void) | undefined;
  /** The account (or "Add account") last opened from the list, and the account in use then. */
  private focusedId: string | undefined;
  private shownCurrent: string | undefined;

  override _init(): void {
    this.List.configure({ rowType: TextRow, rowHeight: 88, gap: 12, height: LIST.h });
  }

  override _attach(): void {
    this.stopProbe = registerProbe('accounts', () => ({
      accounts: this.accounts.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
      current: appContext().signedIn?.stored.id,
    }));
  }

  override _detach(): void {
    if (this.stopProbe) this.stopProbe();
  }

  /** Called by the route on every visit: lists the accounts as saved now (one may have been added or deleted). */
  open(): void {
    this.Title.text = t('accounts.title');
    this.Hint.text = t('accounts.hint');
    const context = appContext();
    const currentId = context.signedIn?.stored.id;
    const saved = context.store ? savedAccounts(context.store) : [];
    // The account in use first, the others as most recently used.
    this.accounts = saved.filter((a) => a.id === currentId).concat(saved.filter((a) => a.id !== currentId));
    const rows: TextRowItem[] = this.accounts.map((account) => ({
      title: account.name,
      detail: account.id === currentId ? t('accounts.inUse') : kindLabel(account),
    }));
    this.List.setItems(rows.concat({ title: t('accounts.add') }), this.focusOnOpen(currentId));
  }

  /**
   * Where the focus starts: back from an account's page it stays on that account (or "Add account"); once another
   * account is in use (after a switch or an add) it starts on the one in use, at the top.
   */
  private focusOnOpen(currentId: string | undefined): number {
    const previous = this.focusedId;
    const sameAccount = currentId === this.shownCurrent;
    this.shownCurrent = currentId;
    if (!sameAccount || previous === undefined) return 0;
    if (previous === ADD_ROW) return this.accounts.length;
    return Math.max(0, this.accounts.map((a) => a.id).indexOf(previous));
  }

  override _getFocused(): Lightning.Component {
    return this.List;
  }

  _choose(index: number): void {
    const account = this.accounts[index];
    this.focusedId = account ? account.id : ADD_ROW;
    if (account) Router.navigate(`accounts/${encodeURIComponent(account.id)}`);
    else Router.navigate('accounts/add');
  }
}
