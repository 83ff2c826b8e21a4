import https from 'node:https';
import { createHttp } from '../../../src/net/http';
import { NetworkError } from '../../../src/net/errors';
import { answer, startServer, startSilentServer, unusedPort, type TestServer } from '../../support/servers';

const fastRetry = { limit: 2, backoffMs: 5, maxBackoffMs: 20 };

async function failureOf(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetworkError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('createHttp over real HTTP', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('parses a JSON answer', async () => {
    server = await startServer(answer(200, '{"user_info":{"auth":1}}'));
    await expect(createHttp().getJson(`${server.url}/player_api.php`)).resolves.toEqual({ user_info: { auth: 1 } });
  });

  it('accepts JSON behind a UTF-8 byte order mark', async () => {
    server = await startServer(answer(200, '\ufeff[1,2]'));
    await expect(createHttp().getJson(server.url)).resolves.toEqual([1, 2]);
  });

  it('reports a refused connection as CONNECTION_REFUSED', async () => {
    const port = await unusedPort();
    const error = await failureOf(createHttp({ retry: fastRetry }).getJson(`http://127.0.0.1:${port}/`));
    expect(error.kind).toBe('CONNECTION_REFUSED');
  });

  it('reports an unresolvable host as DNS_FAILURE', async () => {
    const error = await failureOf(createHttp({ retry: fastRetry }).getJson('http://nonexistent.invalid:8080/'));
    // Depending on the resolver this is ENOTFOUND or EAI_AGAIN; both are DNS failures.
    expect(error.kind).toBe('DNS_FAILURE');
  });

  it('gives up on a server that accepts and never answers with TIMEOUT', async () => {
    const silent = await startSilentServer();
    try {
      const error = await failureOf(createHttp({ timeoutMs: 150, retry: fastRetry }).getJson(silent.url));
      expect(error.kind).toBe('TIMEOUT');
    } finally {
      await silent.close();
    }
  });

  it('times out a body that stops half way', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('[{"stream_id":1},');
    });
    const error = await failureOf(createHttp({ timeoutMs: 200, retry: fastRetry }).getJson(server.url));
    expect(error.kind).toBe('TIMEOUT');
  });

  it('keeps reading a large answer that arrives slowly but steadily, past the timeout in total', async () => {
    // 12 pieces 60 ms apart: 720 ms in all against a 200 ms timeout that no single pause reaches.
    const pieces = Array.from({ length: 12 }, (_unused, i) => `${i === 0 ? '[' : ','}{"stream_id":${i}}`);
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let sent = 0;
      const next = (): void => {
        if (sent === pieces.length) {
          res.end(']');
          return;
        }
        res.write(pieces[sent++]);
        setTimeout(next, 60);
      };
      next();
    });
    const list = (await createHttp({ timeoutMs: 200, retry: fastRetry }).getJson(server.url)) as unknown[];
    expect(list).toHaveLength(12);
    expect(list[11]).toEqual({ stream_id: 11 });
  });

  it('gives an engine that cannot stream bodies the whole-body time instead', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('[1,');
      setTimeout(() => res.end('2]'), 400);
    });
    // A fetch whose answers have no readable stream, as the polyfill on old TV engines gives.
    const noStreams: typeof fetch = (input, init) =>
      fetch(input, init).then((response) => {
        Object.defineProperty(response, 'body', { value: null });
        return response;
      });
    const slow = createHttp({ timeoutMs: 200, bodyTimeoutMs: 2000, retry: fastRetry, fetch: noStreams });
    await expect(slow.getJson(server.url)).resolves.toEqual([1, 2]);
    const strict = createHttp({ timeoutMs: 200, bodyTimeoutMs: 200, retry: fastRetry, fetch: noStreams });
    expect((await failureOf(strict.getJson(server.url))).kind).toBe('TIMEOUT');
  });

  it('reports HTML instead of JSON as NOT_JSON with the start of the body', async () => {
    server = await startServer(answer(200, '<html><body>Welcome to nginx!</body></html>', 'text/html'));
    const error = await failureOf(createHttp().getJson(server.url));
    expect(error.kind).toBe('NOT_JSON');
    expect(error.bodySnippet).toContain('<html>');
    expect(error.status).toBe(200);
  });

  it('reports truncated JSON and an empty body as NOT_JSON', async () => {
    server = await startServer((_req, res, index) =>
      answer(200, index === 0 ? '[{"stream_id":1,"name":"BBC' : '')(_req, res, index),
    );
    const http = createHttp();
    expect((await failureOf(http.getJson(server.url))).kind).toBe('NOT_JSON');
    const empty = await failureOf(http.getJson(server.url));
    expect(empty.kind).toBe('NOT_JSON');
    expect(empty.bodySnippet).toBe('');
  });

  it('retries a 500 and succeeds when the next answer is 200', async () => {
    server = await startServer((req, res, index) => answer(index === 0 ? 500 : 200, '{"ok":true}')(req, res, index));
    await expect(createHttp({ retry: fastRetry }).getJson(server.url)).resolves.toEqual({ ok: true });
    expect(server.requests).toBe(2);
  });

  it('stops retrying 5xx answers after the retry limit', async () => {
    server = await startServer(answer(503, 'busy', 'text/plain'));
    const error = await failureOf(createHttp({ retry: fastRetry }).getJson(server.url));
    expect(error.kind).toBe('HTTP_STATUS');
    expect(error.status).toBe(503);
    expect(server.requests).toBe(3);
  });

  it.each([404, 401, 403])('does not retry a %i', async (status) => {
    server = await startServer(answer(status, '<html><head><title>Not Found</title></head></html>', 'text/html'));
    const error = await failureOf(createHttp({ retry: fastRetry }).getJson(server.url));
    expect(error.kind).toBe('HTTP_STATUS');
    expect(error.status).toBe(status);
    expect(error.bodySnippet).toContain('<title>');
    expect(server.requests).toBe(1);
  });

  it('reports https to a plain-http port as TLS_FAILURE', async () => {
    server = await startServer(answer(200, '{}'));
    const error = await failureOf(createHttp({ retry: fastRetry }).getJson(`https://127.0.0.1:${server.port}/`));
    expect(error.kind).toBe('TLS_FAILURE');
    expect(server.requests).toBe(0);
  });

  it('reports a TLS handshake the server refuses as TLS_FAILURE', async () => {
    // A TLS server without any certificate: it answers the client hello with a handshake alert.
    const tls = https.createServer({}, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const port = (tls.address() as { port: number }).port;
    try {
      const error = await failureOf(createHttp({ retry: fastRetry }).getJson(`https://127.0.0.1:${port}/`));
      expect(error.kind).toBe('TLS_FAILURE');
    } finally {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });

  it('stops at once when the caller aborts, with ABORTED', async () => {
    const silent = await startSilentServer();
    try {
      const controller = new AbortController();
      const pending = createHttp({ timeoutMs: 5000 }).getJson(silent.url, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await failureOf(pending)).kind).toBe('ABORTED');
    } finally {
      await silent.close();
    }
  });

  it('does not even start with an already aborted signal', async () => {
    server = await startServer(answer(200, '{}'));
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(createHttp().getJson(server.url, { signal: controller.signal }));
    expect(error.kind).toBe('ABORTED');
  });

  it('sends the configured User-Agent', async () => {
    server = await startServer(answer(200, '{}'));
    await createHttp({ userAgent: 'TVPlayer/1.0 (test)' }).getJson(server.url);
    expect(server.seen[0].headers['user-agent']).toBe('TVPlayer/1.0 (test)');
  });

  it('still works when the engine drops the User-Agent header, as browsers do', async () => {
    server = await startServer(answer(200, '{"ok":1}'));
    const browserLike: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      headers.delete('user-agent');
      return fetch(new Request(request, { headers }));
    };
    await expect(createHttp({ userAgent: 'TVPlayer/1.0', fetch: browserLike }).getJson(server.url)).resolves.toEqual({
      ok: 1,
    });
    expect(server.seen[0].headers['user-agent']).not.toBe('TVPlayer/1.0');
  });

  it('applies rewriteUrl to every request and reports the URL asked for', async () => {
    server = await startServer(answer(404, 'no'));
    const proxy = server.url;
    const http = createHttp({ rewriteUrl: (url) => `${proxy}/proxy?url=${encodeURIComponent(url)}` });
    const error = await failureOf(http.getText('http://provider.example/player_api.php'));
    expect(server.seen[0].url).toBe(`/proxy?url=${encodeURIComponent('http://provider.example/player_api.php')}`);
    expect(error.url).toBe('http://provider.example/player_api.php');
  });

  it('uses the fetch it is given', async () => {
    server = await startServer(answer(200, '"real"'));
    const calls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      calls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await expect(createHttp({ fetch: counting }).getJson(server.url)).resolves.toBe('real');
    expect(calls).toHaveLength(1);
  });
});
