import type { RunningProvider } from '../../provider/server';
import { api, apiUrl, asObject, start } from './helpers';

describe('provider login, XC2 flavour', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start({ flavour: 'xc2' });
  });
  afterAll(() => provider.close());

  it('answers demo/demo with the login object, numbers as strings like XC2', async () => {
    const response = await fetch(apiUrl(provider, 'demo', 'demo'));
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(text).toContain('"timezone":"Europe\\/Berlin"');
    const answer = asObject(JSON.parse(text));
    const user = asObject(answer.user_info);
    expect(user).toMatchObject({ username: 'demo', password: 'demo', auth: 1, status: 'Active', is_trial: '0' });
    expect(user.active_cons).toBe('0');
    expect(user.max_connections).toBe('2');
    expect(typeof user.exp_date).toBe('string');
    expect(Number(user.exp_date)).toBeGreaterThan(Date.now() / 1000 + 300 * 86400);
    expect(user.allowed_output_formats).toEqual(['m3u8', 'ts', 'rtmp']);
    const server = asObject(answer.server_info);
    expect(server).toMatchObject({ url: '127.0.0.1', port: String(provider.port), server_protocol: 'http' });
    expect(server.xui).toBeUndefined();
    expect(typeof server.timestamp_now).toBe('number');
  });

  it('reports time_now in Europe/Berlin, consistent with timestamp_now', async () => {
    const server = asObject(asObject(await api(provider)).server_info);
    const berlin = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Berlin',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(Number(server.timestamp_now) * 1000));
    expect(server.time_now).toBe(berlin);
  });

  it('answers wrong credentials with HTTP 200 {"user_info":{"auth":0}}', async () => {
    const response = await fetch(apiUrl(provider, 'demo', 'wrong', { action: 'get_live_streams' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"user_info":{"auth":0}}');
  });

  it('answers missing credentials with an empty 200 body', async () => {
    const response = await fetch(`${provider.url}/player_api.php`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['expired', 'Expired'],
    ['banned', 'Banned'],
    ['disabled', 'Disabled'],
  ])('answers %s with the login object for the login and for every action', async (name, status) => {
    for (const action of [undefined, 'get_live_streams', 'get_vod_info']) {
      const answer = asObject(await api(provider, action ? { action, vod_id: '100001' } : {}, [name, name]));
      expect(asObject(answer.user_info)).toMatchObject({ auth: 1, status });
    }
  });

  it('marks the trial line as trial, expiring within days', async () => {
    const user = asObject(asObject(await api(provider, {}, ['trial', 'trial'])).user_info);
    expect(user.is_trial).toBe('1');
    expect(Number(user.exp_date) - Date.now() / 1000).toBeLessThan(4 * 86400);
  });

  it('sends exp_date null for the line that never expires', async () => {
    const user = asObject(asObject(await api(provider, {}, ['unlimited', 'unlimited'])).user_info);
    expect(user.exp_date).toBeNull();
  });

  it('accepts credentials that need percent-encoding', async () => {
    const user = asObject(asObject(await api(provider, {}, ['mail@example.com', 's3cr3t/+&=?'])).user_info);
    expect(user.status).toBe('Active');
  });

  it('answers unknown actions with the login object and accepts POSTed parameters', async () => {
    expect(asObject(await api(provider, { action: 'get_profile' })).user_info).toBeDefined();
    const response = await fetch(`${provider.url}/player_api.php`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=demo&password=demo&action=get_live_categories',
    });
    expect(Array.isArray(JSON.parse(await response.text()))).toBe(true);
  });

  it('sends CORS headers, echoing the Origin, and answers preflights with 204', async () => {
    const response = await fetch(apiUrl(provider, 'demo', 'demo'), { headers: { Origin: 'http://app.local' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.local');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Range');
    const plain = await fetch(apiUrl(provider, 'demo', 'demo'));
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${provider.url}/movie/demo/demo/100001.mp4`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.local', 'Access-Control-Request-Headers': 'range' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('range');
  });
});

describe('provider login, XUI flavour', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start({ flavour: 'xui' });
  });
  afterAll(() => provider.close());

  it('answers demo/demo with XUI server info and a numeric active_cons', async () => {
    const answer = asObject(await api(provider));
    expect(asObject(answer.server_info)).toMatchObject({ xui: true, version: '1.5.13', timezone: 'Europe/Berlin' });
    expect(asObject(answer.user_info).active_cons).toBe(0);
  });

  it.each([
    ['wrong', 'demo', 'nope'],
    ['missing', '', ''],
    ['expired', 'expired', 'expired'],
    ['banned', 'banned', 'banned'],
    ['disabled', 'disabled', 'disabled'],
  ])('answers %s credentials with an nginx 404 page, for the login and for actions', async (_case, user, pass) => {
    const requests: Record<string, string>[] = [{}, { action: 'get_live_categories' }];
    for (const params of requests) {
      const response = await fetch(apiUrl(provider, user, pass, params));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toMatch(/^<html>\r\n<head><title>404 Not Found<\/title><\/head>/);
    }
  });
});
