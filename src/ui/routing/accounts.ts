import type { AccountDetailsPage } from '../pages/AccountDetailsPage';
import type { AccountEditPage } from '../pages/AccountEditPage';
import type { AccountsPage } from '../pages/AccountsPage';
import { lazyPageRoute, param, type RouteEntry } from './route';

// One chunk for the accounts area: its pages share the account actions and the form.
const accountsPage = (): Promise<typeof AccountsPage> =>
  import(/* webpackChunkName: "page-accounts" */ '../pages/AccountsPage').then((m) => m.AccountsPage);
const detailsPage = (): Promise<typeof AccountDetailsPage> =>
  import(/* webpackChunkName: "page-accounts" */ '../pages/AccountDetailsPage').then((m) => m.AccountDetailsPage);
const editPage = (): Promise<typeof AccountEditPage> =>
  import(/* webpackChunkName: "page-accounts" */ '../pages/AccountEditPage').then((m) => m.AccountEditPage);

/**
 * The accounts pages: the list (`accounts`), a new account (`accounts/add`, or `accounts/add-playlist` with the playlist fields first), one account's details and actions
 * (`accounts/:id`), and its form to edit (`accounts/:id/edit`) or rename (`accounts/:id/rename`).
 */
export const accountsRoutes: RouteEntry[] = [
  lazyPageRoute('accounts', accountsPage, (page) => page.open()),
  lazyPageRoute('accounts/add', editPage, (page) => page.open('add')),
  lazyPageRoute('accounts/add-playlist', editPage, (page) => page.open('add', undefined, 'm3u')),
  lazyPageRoute('accounts/:id', detailsPage, (page, params) => page.open(param(params, 'id'))),
  lazyPageRoute('accounts/:id/edit', editPage, (page, params) => page.open('edit', param(params, 'id'))),
  lazyPageRoute('accounts/:id/rename', editPage, (page, params) => page.open('rename', param(params, 'id'))),
];
