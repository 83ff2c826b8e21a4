import { Lightning, Router } from '@lightningjs/sdk';
import type { StoredAccount } from '../../store';
import type { Account } from '../../xtream';
import { factRows, historyRows, savedRows } from '../accounts/accountDetails';
import {
  actionButton,
  detailsTemplate,
  drawRows,
  placeActions,
  type AccountDetailsSpec,
  type DetailsAction,
} from '../accounts/detailsLayout';
import { accountFacts, deleteAccount, findAccount, isCurrent, switchAccount } from '../accounts/manage';
import type { Button } from '../components/Button';
import { appContext } from '../context';
import { t, type StringKey } from '../i18n';

/** What has the focus: the action buttons, the delete question, an error, or nothing while an account opens. */
type DetailsMode = 'actions' | 'confirm' | 'error' | 'busy';

const ACTION_LABELS: Record<DetailsAction, StringKey> = {
  switch: 'accounts.action.switch',
  rename: 'accounts.action.rename',
  edit: 'accounts.action.edit',
  delete: 'accounts.action.delete',
};

/**
 * One saved account: what is saved (the password masked), the provider's facts (status, expiry, connections in use
 * of the maximum, allowed formats, the server's time zone, creation date) and the actions: switch to it, rename,
 * edit, delete (asked first). Deleting the account in use switches to the next saved one, or signs out.
 */
export class AccountDetailsPage
  extends Lightning.Component<AccountDetailsSpec>
  implements Lightning.Component.ImplementTemplateSpec<AccountDetailsSpec>
{
  static override _template(): Lightning.Component.Template<AccountDetailsSpec> {
    return detailsTemplate();
  }

  readonly Title = this.getByRef('Title')!;
  readonly State = this.getByRef('State')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly Note = this.getByRef('Note')!;
  readonly Actions = this.getByRef('Actions')!;
  readonly Busy = this.getByRef('Busy')!;
  readonly Confirm = this.getByRef('Confirm')!;
  readonly Error = this.getByRef('Error')!;
  private account: StoredAccount | undefined;
  private actions: DetailsAction[] = [];
  private index = 0;
  private mode: DetailsMode = 'actions';
  /** Counts visits, so that facts arriving late never draw over another account's page. */
  private visit = 0;

  /** Called by the route on every visit with the account's id. */
  open(accountId: string): void {
    const visit = ++this.visit;
    const context = appContext();
    this.account = findAccount(context, accountId);
    this.Confirm.close();
    this.Error.close();
    this.Busy.visible = false;
    this.mode = 'actions';
    const account = this.account;
    if (!account) {
      this.Title.text = t('accounts.title');
      this.State.text = t('accounts.missing');
      this.Rows.children = [];
      this.Note.text = '';
      this.actions = [];
      placeActions(this.Actions, []);
      return;
    }
    const current = isCurrent(context, account.id);
    this.Title.text = account.name;
    this.State.text = t(current ? 'accounts.details.current' : 'accounts.details.other');
    this.actions = current ? ['rename', 'edit', 'delete'] : ['switch', 'rename', 'edit', 'delete'];
    this.actions.forEach((action) => {
      this.button(action).label = t(ACTION_LABELS[action]);
    });
    placeActions(this.Actions, this.actions);
    this.index = 0;
    this.Busy.caption = t('accounts.switching');
    this.drawFacts(account, undefined, account.kind === 'xtream' ? t('accounts.details.checking') : undefined);
    this._refocus();
    if (account.kind === 'm3u') {
      this.drawFacts(account, undefined, t('accounts.details.playlistFacts'));
      return;
    }
    void accountFacts(context, account).then(({ facts, problem }) => {
      if (visit !== this.visit) return;
      this.drawFacts(account, facts, problem ? t('accounts.details.noFacts', { message: problem }) : undefined);
    });
  }

  override _getFocused(): Lightning.Component {
    if (this.mode === 'confirm') return this.Confirm;
    if (this.mode === 'error') return this.Error;
    const action = this.actions[this.index];
    return action ? this.button(action) : this;
  }

  override _handleUp(): void {
    this.move(-1);
  }

  override _handleDown(): void {
    this.move(1);
  }

  override _handleEnter(): void {
    if (this.mode !== 'actions' || !this.account) return;
    const id = encodeURIComponent(this.account.id);
    switch (this.actions[this.index]) {
      case 'switch':
        void this.switchTo(this.account);
        break;
      case 'rename':
        Router.navigate(`accounts/${id}/rename`);
        break;
      case 'edit':
        Router.navigate(`accounts/${id}/edit`);
        break;
      case 'delete':
        this.askDelete(this.account);
        break;
    }
  }

  override _handleBack(): boolean | void {
    // While an account opens, Back waits; otherwise it returns to the list.
    if (this.mode === 'busy') return;
    return false;
  }

  _cancelDelete(): void {
    this.Confirm.close();
    this.setMode('actions');
  }

  async _confirmDelete(): Promise<void> {
    const account = this.account;
    this.Confirm.close();
    if (!account) return;
    this.setMode('busy');
    const context = appContext();
    const outcome = await deleteAccount(context, account.id);
    context.toast(t('accounts.deleted', { name: account.name }));
    if (!outcome.left) {
      this.setMode('actions');
      Router.back();
      return;
    }
    // The account in use is gone: the next saved one opens, else the sign-in page.
    Router.setHistory([]);
    Router.navigate(outcome.opened && outcome.opened.ok ? 'home' : 'login', false);
  }

  _closeError(): void {
    this.Error.close();
    this.setMode('actions');
  }

  private button(action: DetailsAction): Button {
    return actionButton(this.Actions, action);
  }

  private move(step: -1 | 1): void {
    if (this.mode !== 'actions') return;
    this.index = Math.max(0, Math.min(this.actions.length - 1, this.index + step));
    this._refocus();
  }

  private setMode(mode: DetailsMode): void {
    this.mode = mode;
    this.Busy.visible = mode === 'busy';
    this._refocus();
  }

  private drawFacts(account: StoredAccount, facts: Account | undefined, note?: string): void {
    const now = facts ? (facts.server.serverTime ?? Date.now()) : Date.now();
    const rows = savedRows(account).concat(facts ? factRows(facts, now) : [], historyRows(account));
    this.Note.y = drawRows(this.Rows, rows);
    this.Note.text = note ?? '';
  }

  private askDelete(account: StoredAccount): void {
    this.Confirm.ask(
      t('accounts.delete.question', { name: account.name }),
      t('accounts.delete.confirm'),
      t('accounts.delete.keep'),
    );
    this.setMode('confirm');
  }

  private async switchTo(account: StoredAccount): Promise<void> {
    this.setMode('busy');
    const context = appContext();
    const result = await switchAccount(context, account.id);
    if (!result.ok) {
      this.Error.show(result.message, result.hint);
      this.setMode('error');
      return;
    }
    this.setMode('actions');
    context.toast(t('accounts.switched', { name: account.name }));
    Router.setHistory([]);
    Router.navigate('home', false);
  }
}
