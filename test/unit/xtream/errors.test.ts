import { NetworkError, type NetworkErrorKind } from '../../../src/net/errors';
import {
  accountRejection,
  accountStatusError,
  classifyStreamRefusal,
  errorFromNetwork,
} from '../../../src/xtream/error-mapping';
import { DEFAULT_HINTS, XtreamError, isXtreamError } from '../../../src/xtream/errors';
import type { Account } from '../../../src/xtream/models';

function account(overrides: Partial<Account> = {}): Account {
  return {
    username: 'u',
    password: 'p',
    status: 'Active',
    isTrial: false,
    allowedOutputFormats: ['m3u8', 'ts'],
    activeConnections: 1,
    maxConnections: 1,
    server: { isXui: false },
    ...overrides,
  };
}

function networkError(kind: NetworkErrorKind, status?: number, bodySnippet?: string): NetworkError {
  return new NetworkError(kind, 'http://host.tv/player_api.php', 'failed', { status, bodySnippet });
}

describe('errorFromNetwork', () => {
  it.each([
    ['DNS_FAILURE', undefined, 'SERVER_UNREACHABLE'],
    ['NETWORK', undefined, 'SERVER_UNREACHABLE'],
    ['CONNECTION_REFUSED', undefined, 'CONNECTION_REFUSED'],
    ['TIMEOUT', undefined, 'TIMEOUT'],
    ['TLS_FAILURE', undefined, 'TLS_ERROR'],
    ['NOT_JSON', 200, 'BAD_RESPONSE'],
    ['HTTP_STATUS', 401, 'AUTH_FAILED'],
    ['HTTP_STATUS', 403, 'AUTH_FAILED'],
    ['HTTP_STATUS', 404, 'AUTH_FAILED'],
    ['HTTP_STATUS', 500, 'HTTP_ERROR'],
    ['HTTP_STATUS', 502, 'HTTP_ERROR'],
    ['HTTP_STATUS', 400, 'HTTP_ERROR'],
    ['HTTP_STATUS', 458, 'TOO_MANY_CONNECTIONS'],
    ['HTTP_STATUS', 509, 'TOO_MANY_CONNECTIONS'],
  ] as Array<[NetworkErrorKind, number | undefined, string]>)('maps %s %s on login to %s', (kind, status, code) => {
    const mapped = errorFromNetwork(networkError(kind, status), 'login');
    expect(isXtreamError(mapped) && mapped.code).toBe(code);
  });

  it('keeps the network error as cause and gives a hint for every code', () => {
    const cause = networkError('CONNECTION_REFUSED');
    const mapped = errorFromNetwork(cause, 'login') as XtreamError;
    expect(mapped.cause).toBe(cause);
    expect(mapped.hint).toBe(DEFAULT_HINTS.CONNECTION_REFUSED);
    for (const hint of Object.values(DEFAULT_HINTS)) expect(hint.length).toBeGreaterThan(10);
  });

  it('says "wrong URL or credentials" for the XUI 404 page', () => {
    const mapped = errorFromNetwork(
      networkError('HTTP_STATUS', 404, '<html>\r\n<head><title>404 Not Found</title></head>'),
      'login',
    ) as XtreamError;
    expect(mapped.code).toBe('AUTH_FAILED');
    expect(mapped.message).toMatch(/address or these credentials/);
    expect(mapped.hint).toMatch(/server address/);
  });

  it('reads a 403 as TOO_MANY_CONNECTIONS when the account is at its limit', () => {
    const mapped = errorFromNetwork(networkError('HTTP_STATUS', 403), 'action', account()) as XtreamError;
    expect(mapped.code).toBe('TOO_MANY_CONNECTIONS');
    expect(mapped.details).toMatchObject({ active: 1, max: 1 });
  });

  it('says whether an empty body or unreadable body came back', () => {
    expect((errorFromNetwork(networkError('NOT_JSON', 200, ''), 'login') as XtreamError).message).toMatch(/empty/);
    expect((errorFromNetwork(networkError('NOT_JSON', 200, '<html>'), 'login') as XtreamError).message).toMatch(
      /cannot read/,
    );
  });

  it('leaves a caller abort as it is', () => {
    const abort = networkError('ABORTED');
    expect(errorFromNetwork(abort, 'action')).toBe(abort);
  });
});

describe('classifyStreamRefusal', () => {
  it.each([403, 429, 458, 509])(
    'reads %i at the connection limit as TOO_MANY_CONNECTIONS with the counts',
    (status) => {
      const error = classifyStreamRefusal(status, account({ activeConnections: 1, maxConnections: 1 }));
      expect(error.code).toBe('TOO_MANY_CONNECTIONS');
      expect(error.details).toMatchObject({ status, active: 1, max: 1 });
      expect(error.message).toContain('1 of 1');
    },
  );

  it('reads 458 and 509 as TOO_MANY_CONNECTIONS even without an account', () => {
    expect(classifyStreamRefusal(458).code).toBe('TOO_MANY_CONNECTIONS');
    expect(classifyStreamRefusal(509).code).toBe('TOO_MANY_CONNECTIONS');
  });

  it('does not blame connections for a 403 when connections are free', () => {
    const error = classifyStreamRefusal(403, account({ activeConnections: 0, maxConnections: 2 }));
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.details).toMatchObject({ status: 403 });
  });

  it.each([
    [405, /format/],
    [406, /not part of your subscription/],
    [404, /not available/],
  ])('explains a %i', (status, message) => {
    expect(classifyStreamRefusal(status).message).toMatch(message);
  });
});

describe('account rejections', () => {
  it('puts the date into an expiry message and details', () => {
    const expiresAt = Date.UTC(2024, 2, 12);
    const error = accountStatusError('Expired', expiresAt);
    expect(error.code).toBe('ACCOUNT_EXPIRED');
    expect(error.message).toBe('Your subscription expired on 2024-03-12.');
    expect(error.details).toMatchObject({ expiresAt });
  });

  it.each([
    ['Banned', 'ACCOUNT_BANNED'],
    ['Disabled', 'ACCOUNT_DISABLED'],
    ['Inactive', 'ACCOUNT_DISABLED'],
  ])('maps status %s to %s', (status, code) => {
    expect(accountStatusError(status).code).toBe(code);
  });

  it('treats an Active account past its end date (by the server clock) as expired', () => {
    const rejected = accountRejection(account({ expiresAt: 1000, server: { isXui: false, serverTime: 2000 } }));
    expect(rejected?.code).toBe('ACCOUNT_EXPIRED');
    expect(accountRejection(account({ expiresAt: 3000, server: { isXui: false, serverTime: 2000 } }))).toBeUndefined();
    expect(accountRejection(account({ expiresAt: undefined }))).toBeUndefined();
  });
});

describe('XtreamError', () => {
  it('is an Error with a stable code, a hint and a name guard that works across realms', () => {
    const error = new XtreamError('TIMEOUT', 'The server did not answer in time.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(XtreamError);
    expect(error.name).toBe('XtreamError');
    expect(error.hint).toBe(DEFAULT_HINTS.TIMEOUT);
    expect(isXtreamError({ name: 'XtreamError', code: 'TIMEOUT', message: 'x' })).toBe(true);
    expect(isXtreamError(new Error('x'))).toBe(false);
  });
});
