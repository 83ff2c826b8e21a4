import net from 'node:net';
import { diagnoseConnection, type DoctorReport, type DoctorStepId } from '../../../src/xtream/doctor';
import { answer, startServer, unusedPort, type Handler, type TestServer } from '../../support/servers';

const DAY = 86400;
const fastDoctor = { timeoutMs: 1500, portTimeoutMs: 800 };

function loginBody(overrides: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return JSON.stringify({
    user_info: {
      username: 'u',
      password: 'p',
      auth: 1,
      status: 'Active',
      exp_date: String(now + 90 * DAY),
      active_cons: '0',
      max_connections: '2',
      allowed_output_formats: ['m3u8', 'ts'],
      ...overrides,
    },
    server_info: {
      timezone: 'UTC',
      timestamp_now: now,
      time_now: new Date(now * 1000).toISOString().slice(0, 19).replace('T', ' '),
    },
  });
}

/** A panel that accepts u/p and answers `auth: 0` otherwise. */
function panel(overrides: Record<string, unknown> = {}): Handler {
  return (req, res, i) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const ok = q.get('username') === 'u' && q.get('password') === 'p';
    answer(200, ok ? loginBody(overrides) : '{"user_info":{"auth":0}}')(req, res, i);
  };
}

function step(report: DoctorReport, id: DoctorStepId) {
  const found = report.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('diagnoseConnection', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reports every step in order, all fine, for a healthy account', async () => {
    server = await startServer(panel());
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => s.id)).toEqual([
      'input',
      'reachability',
      'protocol',
      'port',
      'credentials',
      'status',
      'expiry',
      'connections',
    ]);
    expect(report.steps.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(report.fix).toBeUndefined();
    expect(report.applied).toBeUndefined();
    expect(report.account?.status).toBe('Active');
  });

  it('shows the input repairs as a fixed step', async () => {
    server = await startServer(panel());
    const report = await diagnoseConnection(
      { server: ` ${server.url.replace('http://', '')}/ `, username: 'u', password: 'p' },
      fastDoctor,
    );
    expect(report.ok).toBe(true);
    expect(step(report, 'input')).toMatchObject({ status: 'fixed' });
    expect(step(report, 'input').detail).toContain('Added http:// in front of the server address.');
    expect(report.repaired?.server).toBe(server.url);
  });

  it('stops at input that cannot be a server', async () => {
    const report = await diagnoseConnection({ server: 'rtmp://host.tv', username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(false);
    expect(step(report, 'input').status).toBe('failed');
    expect(report.steps.slice(1).every((s) => s.status === 'skipped')).toBe(true);
    expect(report.error?.code).toBe('INVALID_INPUT');
    expect(report.fix).toBeTruthy();
  });

  it('switches https to http when only http answers', async () => {
    server = await startServer(panel());
    const report = await diagnoseConnection(
      { server: `https://127.0.0.1:${server.port}`, username: 'u', password: 'p' },
      fastDoctor,
    );
    expect(report.ok).toBe(true);
    expect(report.applied).toEqual({ server: server.url });
    expect(report.fix).toBe('The server answers on http:// but not https://: we switched it for you.');
    expect(step(report, 'reachability').status).toBe('failed');
    expect(step(report, 'protocol').status).toBe('fixed');
  });

  it('finds the port when none was typed and the default one is refused', async () => {
    if (!(await portIsFree(80))) {
      console.warn('Skipping the port search check: something listens on 127.0.0.1:80 here.');
      return;
    }
    server = await startServer(panel());
    const closed = await unusedPort();
    const report = await diagnoseConnection(
      { server: 'http://127.0.0.1', username: 'u', password: 'p' },
      { ...fastDoctor, ports: [closed, server.port] },
    );
    expect(report.ok).toBe(true);
    expect(report.applied).toEqual({ server: server.url });
    expect(report.fix).toBe(`The server answers on port ${server.port}: we added it to the address for you.`);
    expect(step(report, 'port').status).toBe('fixed');
    expect(step(report, 'protocol').status).toBe('failed');
  });

  it('does not search other ports when one was typed', async () => {
    const closed = await unusedPort();
    const report = await diagnoseConnection(
      { server: `http://127.0.0.1:${closed}`, username: 'u', password: 'p' },
      fastDoctor,
    );
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('CONNECTION_REFUSED');
    expect(step(report, 'port')).toMatchObject({ status: 'skipped' });
    expect(step(report, 'protocol')).toMatchObject({ status: 'failed' });
    expect(step(report, 'credentials').status).toBe('skipped');
    expect(report.fix).toMatch(/port/);
  });

  it('stops after a DNS failure without trying protocols or ports', async () => {
    const report = await diagnoseConnection(
      { server: 'http://nonexistent.invalid', username: 'u', password: 'p' },
      fastDoctor,
    );
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('SERVER_UNREACHABLE');
    expect(step(report, 'reachability').status).toBe('failed');
    expect(step(report, 'protocol').status).toBe('skipped');
    expect(step(report, 'port').status).toBe('skipped');
  });

  it('fails the credentials step on a wrong password', async () => {
    server = await startServer(panel());
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'wrong' }, fastDoctor);
    expect(report.ok).toBe(false);
    expect(step(report, 'reachability').status).toBe('ok');
    expect(step(report, 'credentials').status).toBe('failed');
    expect(step(report, 'status').status).toBe('skipped');
    expect(report.error?.code).toBe('AUTH_FAILED');
    expect(report.fix).toMatch(/username and password/);
  });

  it('fails the status and expiry steps of an expired account, with the date', async () => {
    server = await startServer(panel({ status: 'Expired', exp_date: '1550619710' }));
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(false);
    expect(step(report, 'credentials').status).toBe('ok');
    expect(step(report, 'status')).toEqual({
      id: 'status',
      status: 'failed',
      detail: 'Your subscription expired on 2019-02-19.',
    });
    expect(step(report, 'expiry')).toMatchObject({ status: 'failed', detail: expect.stringContaining('2019-02-19') });
    expect(report.error?.code).toBe('ACCOUNT_EXPIRED');
  });

  it('warns when the subscription ends within a week', async () => {
    server = await startServer(panel({ exp_date: String(Math.floor(Date.now() / 1000) + 3 * DAY) }));
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(true);
    expect(step(report, 'expiry')).toMatchObject({ status: 'warning', detail: expect.stringContaining('in 3 days') });
  });

  it('warns when every connection is in use', async () => {
    server = await startServer(panel({ active_cons: '2', max_connections: '2' }));
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(true);
    expect(step(report, 'connections')).toMatchObject({ status: 'warning', detail: expect.stringContaining('2 of 2') });
  });

  it('reports a server that answers with something other than an Xtream login', async () => {
    server = await startServer(answer(200, '<html>It works!</html>', 'text/html'));
    const report = await diagnoseConnection({ server: server.url, username: 'u', password: 'p' }, fastDoctor);
    expect(report.ok).toBe(false);
    expect(step(report, 'reachability').status).toBe('ok');
    expect(step(report, 'credentials').status).toBe('failed');
    expect(report.error?.code).toBe('BAD_RESPONSE');
  });
});
