import { accountStatusError, authFailedError } from '../error-mapping';
import { XtreamError } from '../errors';
import { bool01, isObject, list, num, str, unixMs } from './coerce';

/**
 * The rejection hidden in a login-shaped answer, or undefined when it is an active login.
 * Client rule of xtream-api.md §1.3: `auth` missing, falsy, 0 or "0" is a rejection (Q3), and
 * so is any status other than Active.
 */
export function rejectionInLoginAnswer(raw: unknown): XtreamError | undefined {
  if (!isObject(raw) || !isObject(raw.user_info)) return undefined;
  const userInfo = raw.user_info;
  const accepted = bool01(userInfo.auth) || (num(userInfo.auth) ?? 0) > 0;
  if (!accepted) return authFailedError();
  const status = str(userInfo.status);
  if (status !== '' && status.toLowerCase() !== 'active') return accountStatusError(status, unixMs(userInfo.exp_date));
  return undefined;
}

/** Whether `raw` looks like the login object (`{user_info, server_info}`). */
export function isLoginAnswer(raw: unknown): boolean {
  return isObject(raw) && isObject(raw.user_info);
}

/**
 * The items of a list answer. XC2 answers an expired account's actions with the login object
 * and a wrong password with `{"user_info":{"auth":0}}` (Q18): those become account errors, never
 * an empty list. Any other object where a list belongs is a BAD_RESPONSE.
 */
export function expectList(raw: unknown, what: string): unknown[] {
  const rejection = rejectionInLoginAnswer(raw);
  if (rejection) throw rejection;
  if (isLoginAnswer(raw)) {
    throw new XtreamError('BAD_RESPONSE', `The server answered with account details instead of the ${what}.`);
  }
  const items = list(raw);
  if (items === undefined) {
    throw new XtreamError('BAD_RESPONSE', `The server sent something other than the ${what}.`, {
      details: { shape: Array.isArray(raw) ? 'list' : typeof raw },
    });
  }
  return items;
}

/** Whether `index` is a hole of a sparse array: list normalisers skip holes, as `forEach` does. */
export function isHole(items: unknown[], index: number): boolean {
  return items[index] === undefined && !(index in items);
}

/** An object answer (vod info, series info, EPG), after the same login-object checks as {@link expectList}. */
export function expectObjectOrList(raw: unknown, what: string): unknown {
  const rejection = rejectionInLoginAnswer(raw);
  if (rejection) throw rejection;
  if (isLoginAnswer(raw)) {
    throw new XtreamError('BAD_RESPONSE', `The server answered with account details instead of the ${what}.`);
  }
  if (!isObject(raw) && !Array.isArray(raw)) {
    throw new XtreamError('BAD_RESPONSE', `The server sent something other than the ${what}.`);
  }
  return raw;
}
