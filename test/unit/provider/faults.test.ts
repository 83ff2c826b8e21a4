import type { RunningProvider } from '../../provider/server';
import { apiUrl, start } from './helpers';

describe('provider fault switches', () => {
  let provider: RunningProvider;
  const login = (): Promise<Response> => fetch(apiUrl(provider, 'demo', 'demo'));
  beforeAll(async () => {
    provider = await start();
  });
  afterEach(() => provider.setFaults({}));
  afterAll(() => provider.close());

  it('fails exactly the given fraction of answers, evenly, with 500/503 HTML pages', async () => {
    provider.setFaults({ errorRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login()).status);
    expect(statuses).toEqual([200, 500, 200, 503, 200, 500]);
    provider.setFaults({ errorRate: 1 });
    const failed = await login();
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('text/html');
    expect(await failed.text()).toContain('<title>500 Internal Server Error</title>');
  });

  it('prefixes the JSON with a PHP notice when malformedJson is on', async () => {
    provider.setFaults({ malformedJson: true });
    const text = await (await login()).text();
    expect(text.startsWith('<br />')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('cuts the body in half when truncatedJson is on', async () => {
    const whole = await (await fetch(apiUrl(provider, 'demo', 'demo', { action: 'get_live_categories' }))).text();
    provider.setFaults({ truncatedJson: true });
    const cut = await (await fetch(apiUrl(provider, 'demo', 'demo', { action: 'get_live_categories' }))).text();
    expect(cut).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(() => JSON.parse(cut)).toThrow();
  });

  it('answers 200 with an HTML page when htmlInsteadOfJson is on', async () => {
    provider.setFaults({ htmlInsteadOfJson: true });
    const response = await login();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<html>');
  });

  it('delays answers by delayMs', async () => {
    provider.setFaults({ delayMs: 400 });
    await expect(fetch(apiUrl(provider, 'demo', 'demo'), { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    expect((await login()).status).toBe(200);
  });

  it('never answers when hang is on, and close() still finishes', async () => {
    const hanging = await start({ faults: { hang: true } });
    await expect(fetch(apiUrl(hanging, 'demo', 'demo'), { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    const pending = fetch(apiUrl(hanging, 'demo', 'demo'));
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await hanging.close();
    expect(await outcome).toBe('failed');
  });

  it('reads and replaces the faults through /__control/faults', async () => {
    const set = await fetch(`${provider.url}/__control/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ errorRate: 1 }),
    });
    expect(await set.json()).toEqual({ errorRate: 1 });
    expect((await login()).status).toBe(500);
    expect(await (await fetch(`${provider.url}/__control/faults`)).json()).toEqual({ errorRate: 1 });
    expect(provider.getFaults()).toEqual({ errorRate: 1 });
    const bad = await fetch(`${provider.url}/__control/faults`, { method: 'POST', body: '{"errorRate":3}' });
    expect(bad.status).toBe(400);
    await fetch(`${provider.url}/__control/faults`, { method: 'POST', body: '{}' });
    expect((await login()).status).toBe(200);
  });

  it('applies faults only to player_api.php', async () => {
    provider.setFaults({ errorRate: 1, htmlInsteadOfJson: true });
    expect((await fetch(`${provider.url}/images/logo/1.svg`)).status).toBe(200);
  });
});
