// The client against our provider with its fault switches on.
import { XtreamClient } from '../../src/xtream/client';
import { isXtreamError, type XtreamError } from '../../src/xtream/errors';
import { startProvider, type RunningProvider } from '../provider/server';

async function failure(promise: Promise<unknown>): Promise<XtreamError> {
  try {
    await promise;
  } catch (error) {
    if (isXtreamError(error)) return error;
    throw error;
  }
  throw new Error('expected an XtreamError');
}

describe('provider faults', () => {
  let provider: RunningProvider;
  let client: XtreamClient;
  beforeAll(async () => {
    provider = await startProvider({ port: 0, flavour: 'xc2', quiet: true });
    client = new XtreamClient(
      { server: provider.url, username: 'demo', password: 'demo' },
      { http: { timeoutMs: 3000, retry: { limit: 3, backoffMs: 10, maxBackoffMs: 50 } } },
    );
    await client.login();
  });
  afterEach(() => provider.setFaults({}));
  afterAll(() => provider.close());

  it.each([
    ['malformed JSON (a PHP notice before it)', { malformedJson: true }],
    ['truncated JSON', { truncatedJson: true }],
    ['an HTML page instead of JSON', { htmlInsteadOfJson: true }],
  ])('reads %s as BAD_RESPONSE', async (_what, faults) => {
    provider.setFaults(faults);
    const error = await failure(client.liveCategories());
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('retries 5xx answers and still gets every list', async () => {
    provider.setFaults({ errorRate: 0.5 });
    const counts = [];
    for (let i = 0; i < 6; i++) counts.push((await client.liveCategories()).length);
    expect(counts).toEqual(Array(6).fill(provider.catalogue.liveCategories.length));
  });

  it('reports HTTP_ERROR when every answer is a 5xx', async () => {
    provider.setFaults({ errorRate: 1 });
    const error = await failure(client.vodCategories());
    expect(error.code).toBe('HTTP_ERROR');
    expect([500, 503]).toContain(error.details?.status);
  });

  it('times out on a server that never answers', async () => {
    provider.setFaults({ hang: true });
    const impatient = new XtreamClient(
      { server: provider.url, username: 'demo', password: 'demo' },
      { http: { timeoutMs: 200, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } } },
    );
    expect((await failure(impatient.login())).code).toBe('TIMEOUT');
  });

  it('waits for a slow answer within the timeout', async () => {
    provider.setFaults({ delayMs: 100 });
    await expect(client.seriesCategories()).resolves.toHaveLength(provider.catalogue.seriesCategories.length);
  });
});
