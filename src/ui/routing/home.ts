import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { pageRoute, type RouteEntry } from './route';

/** Sign-in and the home page. */
export const homeRoutes: RouteEntry[] = [
  pageRoute('login', LoginPage, (page) => page.open()),
  pageRoute('home', HomePage, (page) => page.open()),
];
