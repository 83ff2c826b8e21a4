import { NetworkError } from '../../../src/net/errors';
import { XtreamClient } from '../../../src/xtream/client';
import { isXtreamError, type XtreamError } from '../../../src/xtream/errors';
import {
  answer,
  startServer,
  startSilentServer,
  unusedPort,
  type Handler,
  type TestServer,
} from '../../support/servers';

const fast = { timeoutMs: 2000, retry: { limit: 2, backoffMs: 5, maxBackoffMs: 20 } };

function loginAnswer(overrides: Record<string, unknown> = {}) {
  return {
    user_info: {
      username: 'me@mail.com',
      password: 'p&ss',
      auth: 1,
      status: 'Active',
      exp_date: String(Math.floor(Date.now() / 1000) + 86400 * 30),
      is_trial: '0',
      active_cons: '1',
      max_connections: '1',
      allowed_output_formats: ['m3u8', 'ts'],
      ...overrides,
    },
    server_info: {
      url: 'internal.lan',
      port: '80',
      timezone: 'Europe/Berlin',
      timestamp_now: Math.floor(Date.now() / 1000),
      time_now: '2024-01-01 00:00:00',
    },
  };
}

/** A tiny panel: `actions` maps an action ('' for login) to a handler. */
function panel(actions: Record<string, Handler>): Handler {
  return (req, res, index) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const handler = actions[url.searchParams.get('action') ?? ''];
    if (handler) handler(req, res, index);
    else answer(404, 'no route', 'text/plain')(req, res, index);
  };
}

async function failure(promise: Promise<unknown>): Promise<XtreamError> {
  try {
    await promise;
  } catch (error) {
    if (isXtreamError(error)) return error;
    throw error;
  }
  throw new Error('expected an XtreamError');
}

describe('XtreamClient against tiny servers', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function clientFor(url: string, username = 'me@mail.com', password = 'p&ss'): XtreamClient {
    return new XtreamClient({ server: url, username, password }, { http: fast });
  }

  it('logs in, keeps the account, and percent-encodes the credentials on the wire', async () => {
    server = await startServer(panel({ '': answer(200, JSON.stringify(loginAnswer())) }));
    const client = clientFor(server.url);
    const account = await client.login();
    expect(account).toMatchObject({ status: 'Active', maxConnections: 1, activeConnections: 1 });
    expect(client.account).toBe(account);
    expect(server.seen[0].url).toBe('/player_api.php?username=me%40mail.com&password=p%26ss');
  });

  it('repairs the typed server in the constructor', () => {
    const client = new XtreamClient({ server: ' host.tv:8080/ ', username: 'u', password: 'p' });
    expect(client.credentials.server).toBe('http://host.tv:8080');
    expect(client.credentials.repairs.length).toBeGreaterThan(0);
  });

  it('builds stream URLs from the typed server, never from server_info.url', async () => {
    server = await startServer(panel({ '': answer(200, JSON.stringify(loginAnswer())) }));
    const client = clientFor(server.url);
    await client.login();
    expect(client.urls.live('5', 'm3u8')).toBe(`${server.url}/live/me%40mail.com/p%26ss/5.m3u8`);
    expect(client.urls.live('5', 'm3u8')).not.toContain('internal.lan');
  });

  it.each([
    ['XC2 wrong password (200, auth 0)', answer(200, '{"user_info":{"auth":0}}'), 'AUTH_FAILED'],
    [
      'XUI wrong password (404 HTML)',
      answer(404, '<html>\r\n<head><title>404 Not Found</title></head>', 'text/html'),
      'AUTH_FAILED',
    ],
    ['emulator wrong password (401 JSON)', answer(401, '{"error":"Unauthorized"}'), 'AUTH_FAILED'],
    [
      'an HTML page with 200',
      answer(200, '<!DOCTYPE html><html><body>Parked domain</body></html>', 'text/html'),
      'BAD_RESPONSE',
    ],
    ['truncated JSON', answer(200, '{"user_info":{"username":"me'), 'BAD_RESPONSE'],
    ['an empty body (XC2 flood protection)', answer(200, ''), 'BAD_RESPONSE'],
    ['a list instead of the login object', answer(200, '[]'), 'BAD_RESPONSE'],
    [
      'an expired account',
      answer(200, JSON.stringify(loginAnswer({ status: 'Expired', exp_date: '1550619710' }))),
      'ACCOUNT_EXPIRED',
    ],
    ['a banned account', answer(200, JSON.stringify(loginAnswer({ status: 'Banned' }))), 'ACCOUNT_BANNED'],
    ['a disabled account', answer(200, JSON.stringify(loginAnswer({ status: 'Disabled' }))), 'ACCOUNT_DISABLED'],
    ['a server error', answer(500, 'oops', 'text/plain'), 'HTTP_ERROR'],
  ])('rejects login on %s', async (_what, handler, code) => {
    server = await startServer(panel({ '': handler }));
    const error = await failure(clientFor(server.url).login());
    expect(error.code).toBe(code);
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('puts the expiry date into ACCOUNT_EXPIRED', async () => {
    server = await startServer(
      panel({ '': answer(200, JSON.stringify(loginAnswer({ status: 'Expired', exp_date: '1550619710' }))) }),
    );
    const error = await failure(clientFor(server.url).login());
    expect(error.message).toBe('Your subscription expired on 2019-02-19.');
    expect(error.details).toMatchObject({ expiresAt: 1550619710000 });
  });

  it('reads the login object answered to an action (expired XC2 account) as ACCOUNT_EXPIRED, not an empty list', async () => {
    const expired = JSON.stringify(loginAnswer({ status: 'Expired', exp_date: '1550619710' }));
    server = await startServer(panel({ get_live_streams: answer(200, expired) }));
    expect((await failure(clientFor(server.url).liveStreams())).code).toBe('ACCOUNT_EXPIRED');
  });

  it('reads {"user_info":{"auth":0}} answered to an action as AUTH_FAILED', async () => {
    server = await startServer(panel({ get_vod_categories: answer(200, '{"user_info":{"auth":0}}') }));
    expect((await failure(clientFor(server.url).vodCategories())).code).toBe('AUTH_FAILED');
  });

  it('retries a 503 and returns the list', async () => {
    server = await startServer(
      panel({
        get_live_categories: (req, res, i) =>
          answer(i === 0 ? 503 : 200, '[{"category_id":"1","category_name":"News","parent_id":0}]')(req, res, i),
      }),
    );
    await expect(clientFor(server.url).liveCategories()).resolves.toEqual([
      { id: '1', name: 'News', parentId: undefined },
    ]);
    expect(server.requests).toBe(2);
  });

  it('sends category_id, vod_id, series_id, stream_id and limit', async () => {
    server = await startServer(
      panel({
        get_live_streams: answer(200, '[]'),
        get_vod_info: answer(200, '{"info":{"name":"M"},"movie_data":{"stream_id":9,"container_extension":"mp4"}}'),
        get_series_info: answer(200, '{"info":{"name":"S"},"episodes":{}}'),
        get_short_epg: answer(200, '{"epg_listings":[]}'),
        get_simple_data_table: answer(200, '{"epg_listings":[]}'),
      }),
    );
    const client = clientFor(server.url);
    await client.liveStreams('12');
    await client.vodInfo('9');
    await client.seriesInfo('4');
    await client.shortEpg('7', 2);
    await client.simpleDataTable('7');
    const queries = server.seen.map((s) => s.url.replace(/^.*&action=/, 'action='));
    expect(queries).toEqual([
      'action=get_live_streams&category_id=12',
      'action=get_vod_info&vod_id=9',
      'action=get_series_info&series_id=4',
      'action=get_short_epg&stream_id=7&limit=2',
      'action=get_simple_data_table&stream_id=7',
    ]);
  });

  it('says a movie that the panel no longer has is not found', async () => {
    server = await startServer(panel({ get_vod_info: answer(200, '{"info":[]}') }));
    const error = await failure(clientFor(server.url).vodInfo('1'));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.details).toMatchObject({ notFound: true, id: '1' });
    expect(error.message).toBe('This movie is no longer available from your provider.');
  });

  it('reads a 403 to an action as TOO_MANY_CONNECTIONS when the account is at its limit', async () => {
    server = await startServer(
      panel({ '': answer(200, JSON.stringify(loginAnswer())), get_series: answer(403, 'Forbidden', 'text/plain') }),
    );
    const client = clientFor(server.url);
    await client.login();
    const error = await failure(client.series());
    expect(error.code).toBe('TOO_MANY_CONNECTIONS');
    expect(error.details).toMatchObject({ active: 1, max: 1 });
  });

  it('maps connection failures', async () => {
    const port = await unusedPort();
    expect((await failure(clientFor(`http://127.0.0.1:${port}`).login())).code).toBe('CONNECTION_REFUSED');
    expect((await failure(clientFor('http://nonexistent.invalid:8080').login())).code).toBe('SERVER_UNREACHABLE');
    server = await startServer(answer(200, '{}'));
    expect((await failure(clientFor(`https://127.0.0.1:${server.port}`).login())).code).toBe('TLS_ERROR');
  });

  it('gives up on a silent server with TIMEOUT', async () => {
    const silent = await startSilentServer();
    try {
      const client = new XtreamClient(
        { server: silent.url, username: 'u', password: 'p' },
        { http: { ...fast, timeoutMs: 150 } },
      );
      expect((await failure(client.login())).code).toBe('TIMEOUT');
    } finally {
      await silent.close();
    }
  });

  it("lets a caller's abort through as a NetworkError of kind ABORTED", async () => {
    const silent = await startSilentServer();
    try {
      const controller = new AbortController();
      const pending = clientFor(silent.url).login(controller.signal);
      setTimeout(() => controller.abort(), 30);
      await expect(pending).rejects.toMatchObject({ name: 'NetworkError', kind: 'ABORTED' });
      await pending.catch((error: unknown) => expect(error).toBeInstanceOf(NetworkError));
    } finally {
      await silent.close();
    }
  });
});
