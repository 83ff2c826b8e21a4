/** Credential checks shared by every stream URL (live, movie, series, catch-up). */
import { findAccount, statusOf, type Account } from './accounts';
import { nowSeconds, type RequestContext } from './context';
import { sendClosedStream, sendStreamAuthFailed } from './errors';

/**
 * The account of a stream request if it may play; otherwise answers the request itself (bad credentials:
 * flavour refusal; expired/banned/disabled: the connection closes with an empty body) and returns undefined.
 */
export function playingAccount(ctx: RequestContext, username: string, password: string): Account | undefined {
  const { state, req, res } = ctx;
  const account = findAccount(state.accounts, username, password);
  if (!account) {
    sendStreamAuthFailed(state.flavour, req, res);
    return undefined;
  }
  if (statusOf(account, nowSeconds(state)) !== 'Active') {
    sendClosedStream(req, res);
    return undefined;
  }
  return account;
}
