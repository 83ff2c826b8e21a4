// The connection doctor against our provider server.
import { diagnoseConnection } from '../../src/xtream/doctor';
import { startProvider, type RunningProvider } from '../provider/server';

const options = { timeoutMs: 3000, portTimeoutMs: 1000 };

describe('diagnoseConnection against the provider', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await startProvider({ port: 0, flavour: 'xc2', quiet: true });
  });
  afterAll(() => provider.close());

  const step = (steps: Array<{ id: string; status: string; detail: string }>, id: string) =>
    steps.find((s) => s.id === id);

  it('switches https:// to http:// and signs in', async () => {
    const report = await diagnoseConnection(
      { server: `https://127.0.0.1:${provider.port}`, username: 'demo', password: 'demo' },
      options,
    );
    expect(report.ok).toBe(true);
    expect(report.applied).toEqual({ server: provider.url });
    expect(report.fix).toBe('The server answers on http:// but not https://: we switched it for you.');
    expect(step(report.steps, 'protocol')?.status).toBe('fixed');
    expect(report.account?.username).toBe('demo');
  });

  it('repairs a pasted get.php link', async () => {
    const report = await diagnoseConnection(
      {
        server: `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=ts`,
        username: '',
        password: '',
      },
      options,
    );
    expect(report.ok).toBe(true);
    expect(report.repaired).toMatchObject({ server: provider.url, username: 'demo', password: 'demo' });
    expect(step(report.steps, 'input')?.status).toBe('fixed');
  });

  it('fails the credentials step on a wrong password', async () => {
    const report = await diagnoseConnection({ server: provider.url, username: 'demo', password: 'nope' }, options);
    expect(report.ok).toBe(false);
    expect(step(report.steps, 'reachability')?.status).toBe('ok');
    expect(step(report.steps, 'credentials')?.status).toBe('failed');
    expect(report.error?.code).toBe('AUTH_FAILED');
  });

  it('fails the status and expiry steps of an expired account, with the date', async () => {
    const report = await diagnoseConnection(
      { server: provider.url, username: 'expired', password: 'expired' },
      options,
    );
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('ACCOUNT_EXPIRED');
    const date = /\d{4}-\d{2}-\d{2}/;
    expect(step(report.steps, 'status')).toMatchObject({ status: 'failed', detail: expect.stringMatching(date) });
    expect(step(report.steps, 'expiry')).toMatchObject({ status: 'failed', detail: expect.stringMatching(date) });
  });

  it('warns that a trial account ends within a week', async () => {
    const report = await diagnoseConnection({ server: provider.url, username: 'trial', password: 'trial' }, options);
    expect(report.ok).toBe(true);
    expect(step(report.steps, 'expiry')?.status).toBe('warning');
  });
});
