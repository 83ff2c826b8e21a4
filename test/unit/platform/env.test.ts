import { createProxyRewriter, parseEnv, readEnv } from '../../../src/platform';

describe('parseEnv', () => {
  it('reads what the emulator server writes', () => {
    expect(
      parseEnv({
        emulator: true,
        demoServer: 'http://127.0.0.1:8081',
        demoUsername: 'demo',
        demoPassword: 'demo',
        proxyPrefix: '/proxy/',
      }),
    ).toEqual({
      emulator: true,
      demoServer: 'http://127.0.0.1:8081',
      demoUsername: 'demo',
      demoPassword: 'demo',
      proxyPrefix: '/proxy/',
    });
  });

  it('treats the empty object a TV ships as "not the emulator"', () => {
    expect(readEnv({ TVPLAYER_ENV: {} })).toEqual({ emulator: false });
    expect(readEnv({})).toEqual({ emulator: false });
  });

  it('drops values of the wrong type and proxies on another origin', () => {
    const env = parseEnv({ emulator: 'yes', demoServer: 42, proxyPrefix: 'http://evil.example/' });
    expect(env.emulator).toBe(false);
    expect(env.demoServer).toBeUndefined();
    expect(env.proxyPrefix).toBeUndefined();
  });
});

describe('createProxyRewriter', () => {
  const env = parseEnv({ emulator: true, proxyPrefix: '/proxy/', demoServer: 'http://127.0.0.1:8081' });

  it('routes a provider URL through the emulator proxy, keeping path and query', () => {
    const rewrite = createProxyRewriter(env, 'http://127.0.0.1:8080')!;
    expect(rewrite('http://line.example.com:8080/player_api.php?username=a&password=b')).toBe(
      'http://127.0.0.1:8080/proxy/http/line.example.com:8080/player_api.php?username=a&password=b',
    );
    expect(rewrite('https://cdn.example.com')).toBe('http://127.0.0.1:8080/proxy/https/cdn.example.com/');
  });

  it('leaves the page origin, direct origins and non-HTTP URLs alone', () => {
    const rewrite = createProxyRewriter(env, 'http://127.0.0.1:8080', ['http://127.0.0.1:8081/'])!;
    expect(rewrite('http://127.0.0.1:8080/logo.png')).toBe('http://127.0.0.1:8080/logo.png');
    expect(rewrite('http://127.0.0.1:8081/live/demo/demo/1.m3u8')).toBe('http://127.0.0.1:8081/live/demo/demo/1.m3u8');
    expect(rewrite('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
  });

  it('does nothing on a TV', () => {
    expect(createProxyRewriter(parseEnv({}), 'file://')).toBeUndefined();
  });
});
