/** player_api.php: the login and every action, GET and POST, in the provider's flavour (xtream-api.md §1, §2). */
import { findAccount, statusOf } from './accounts';
import { nowSeconds, type RequestContext } from './context';
import { dataTableAnswer, shortEpgAnswer } from './epgShapes';
import { apiRefusal, nginxErrorPage, type ApiAnswer } from './errors';
import { seriesInfoAnswer, vodInfoAnswer } from './infoShapes';
import { encodeJson } from './json';
import { categoryRows, inCategory, liveRow, movieRow, seriesRow } from './listShapes';
import { loginAnswer } from './loginShape';
import { requestParams } from './params';
import { send } from './respond';

/** The numeric aliases both generations accept, and the typo some clients send. */
const actionAliases: Record<string, string> = {
  '200': 'get_vod_categories',
  '201': 'get_live_categories',
  '202': 'get_live_streams',
  '203': 'get_vod_streams',
  '204': 'get_series_info',
  '205': 'get_short_epg',
  '206': 'get_series_categories',
  '207': 'get_simple_data_table',
  '208': 'get_series',
  '209': 'get_vod_info',
  get_simple_date_table: 'get_simple_data_table',
};

/** The canonical action name; unknown or missing actions fall back to the login (both panels' `default:`). */
export function resolveAction(action: string | null): string {
  const name = action ?? '';
  return actionAliases[name] ?? name;
}

const listActions = new Set([
  'get_live_categories',
  'get_vod_categories',
  'get_series_categories',
  'get_live_streams',
  'get_vod_streams',
  'get_series',
]);

function listAnswer(ctx: RequestContext, action: string, categoryId: string | undefined): unknown {
  const { flavour, catalogue } = ctx.state;
  const origin = ctx.origin;
  switch (action) {
    case 'get_live_categories':
      return categoryRows(catalogue.liveCategories);
    case 'get_vod_categories':
      return categoryRows(catalogue.vodCategories);
    case 'get_series_categories':
      return categoryRows(catalogue.seriesCategories);
    case 'get_live_streams':
      return catalogue
        .liveChannels()
        .filter((c) => inCategory(flavour, c, categoryId))
        .map((c, i) => liveRow(flavour, origin, c, i + 1));
    case 'get_vod_streams':
      return catalogue
        .movies()
        .filter((m) => inCategory(flavour, m, categoryId))
        .map((m, i) => movieRow(flavour, origin, m, i + 1));
    default:
      return catalogue
        .seriesList()
        .filter((s) => inCategory(flavour, s, categoryId))
        .map((s, i) => seriesRow(flavour, origin, s, i + 1));
  }
}

/** A list answer, serialised once per flavour, action, category and origin. */
function cachedList(ctx: RequestContext, action: string, categoryId: string | undefined): string {
  const key = [ctx.state.flavour, action, categoryId ?? '*', ctx.origin].join('|');
  let body = ctx.state.answerCache.get(key);
  if (body === undefined) {
    body = encodeJson(ctx.state.flavour, listAnswer(ctx, action, categoryId));
    ctx.state.answerCache.set(key, body);
  }
  return body;
}

const numberParam = (params: URLSearchParams, name: string): number => Number(params.get(name) ?? NaN);

/** Computes the answer to a player_api.php request. */
export function answerPlayerApi(ctx: RequestContext, params: URLSearchParams): ApiAnswer {
  const { flavour, catalogue, accounts } = ctx.state;
  const username = params.get('username') ?? '';
  const password = params.get('password') ?? '';
  if (!username || !password) return apiRefusal(flavour, 'missing-credentials');
  const account = findAccount(accounts, username, password);
  if (!account) return apiRefusal(flavour, 'wrong-credentials');
  const now = nowSeconds(ctx.state);
  const json = (value: unknown): ApiAnswer => ({
    status: 200,
    body: encodeJson(flavour, value),
    contentType: 'application/json',
  });
  if (statusOf(account, now) !== 'Active') {
    // XC2 blanks the action of a non-valid line and answers the login object; XUI refuses with a 404.
    return flavour === 'xui' ? apiRefusal(flavour, 'not-active') : json(loginAnswer(ctx, account));
  }
  const action = resolveAction(params.get('action'));
  const categoryId = params.get('category_id') || undefined;
  if (listActions.has(action)) {
    return { status: 200, body: cachedList(ctx, action, categoryId), contentType: 'application/json' };
  }
  switch (action) {
    case 'get_vod_info':
      return json(vodInfoAnswer(flavour, ctx.origin, catalogue.movie(numberParam(params, 'vod_id'))));
    case 'get_series_info':
      return json(seriesInfoAnswer(flavour, ctx.origin, catalogue, catalogue.series(numberParam(params, 'series_id'))));
    case 'get_short_epg': {
      const limit = params.get('limit') ? numberParam(params, 'limit') : 4;
      const channel = catalogue.channel(numberParam(params, 'stream_id'));
      return json(shortEpgAnswer(flavour, catalogue, channel, now, Number.isFinite(limit) ? limit : 4));
    }
    case 'get_simple_data_table':
      return json(dataTableAnswer(flavour, catalogue, catalogue.channel(numberParam(params, 'stream_id')), now));
    default:
      return json(loginAnswer(ctx, account));
  }
}

/** Waits, unless the provider closes first; resolves false when it closed. */
function pause(ms: number, closing: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (closing.aborted) return resolve(false);
    const timer = setTimeout(() => {
      closing.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    closing.addEventListener('abort', onAbort, { once: true });
  });
}

/** Serves player_api.php with the fault switches applied (hang, delay, errors, then body distortions). */
export async function handlePlayerApi(ctx: RequestContext): Promise<void> {
  const { req, res, state } = ctx;
  const params = await requestParams(req, ctx.url);
  const faults = state.faults.get();
  if (faults.hang) return; // The socket stays open until the client gives up or the provider closes.
  if (faults.delayMs && !(await pause(faults.delayMs, state.closing))) return;
  const failure = state.faults.nextFailure();
  if (failure) {
    send(req, res, failure, nginxErrorPage(failure), { 'Content-Type': 'text/html' });
    return;
  }
  const answer = answerPlayerApi(ctx, params);
  const distorted =
    answer.contentType === 'application/json' && answer.body
      ? state.faults.distort(answer.body)
      : { body: answer.body, contentType: answer.contentType };
  send(req, res, answer.status, distorted.body, { 'Content-Type': distorted.contentType });
}
