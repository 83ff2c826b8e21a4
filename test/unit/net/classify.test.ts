import { classifyFailure, isTransientFailure, kindOfFailure } from '../../../src/net/classify';
import { NetworkError, isNetworkError } from '../../../src/net/errors';

/** What undici throws: TypeError('fetch failed') with the system error as cause. */
function fetchFailed(cause: object): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

function systemError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('kindOfFailure', () => {
  it.each([
    ['ENOTFOUND', 'DNS_FAILURE'],
    ['EAI_AGAIN', 'DNS_FAILURE'],
    ['ECONNREFUSED', 'CONNECTION_REFUSED'],
    ['UND_ERR_CONNECT_TIMEOUT', 'TIMEOUT'],
    ['ETIMEDOUT', 'TIMEOUT'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'TLS_FAILURE'],
    ['CERT_HAS_EXPIRED', 'TLS_FAILURE'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS_FAILURE'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS_FAILURE'],
    ['EPROTO', 'TLS_FAILURE'],
    ['ECONNRESET', 'NETWORK'],
    ['UND_ERR_SOCKET', 'NETWORK'],
  ])('reads a fetch failure caused by %s as %s', (code, kind) => {
    expect(kindOfFailure(fetchFailed(systemError(code)))).toBe(kind);
  });

  it('finds the code two causes deep', () => {
    const deep = fetchFailed(Object.assign(new Error('connect failed'), { cause: systemError('ECONNREFUSED') }));
    expect(kindOfFailure(deep)).toBe('CONNECTION_REFUSED');
  });

  it('finds the code inside an AggregateError (several addresses tried)', () => {
    const aggregate = Object.assign(new Error(''), {
      errors: [systemError('ECONNREFUSED'), systemError('ECONNREFUSED')],
    });
    expect(kindOfFailure(fetchFailed(aggregate))).toBe('CONNECTION_REFUSED');
  });

  it("recognises OpenSSL's 'wrong version number' reason without a code", () => {
    const cause = new Error('140:error:0A00010B:SSL routines:ssl3_get_record:wrong version number');
    expect(kindOfFailure(fetchFailed(cause))).toBe('TLS_FAILURE');
  });

  it.each(['Failed to fetch', 'Load failed', 'NetworkError when attempting to fetch resource.'])(
    "reads a browser's opaque TypeError('%s') as NETWORK",
    (message) => {
      expect(kindOfFailure(new TypeError(message))).toBe('NETWORK');
    },
  );

  it('reads AbortError as ABORTED and TimeoutError as TIMEOUT', () => {
    expect(kindOfFailure(new DOMException('aborted', 'AbortError'))).toBe('ABORTED');
    expect(kindOfFailure(new DOMException('timed out', 'TimeoutError'))).toBe('TIMEOUT');
    expect(kindOfFailure(Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }))).toBe('TIMEOUT');
  });
});

describe('classifyFailure', () => {
  it('names the host in the message and keeps the original as cause', () => {
    const original = fetchFailed(systemError('ENOTFOUND'));
    const error = classifyFailure(original, 'http://nowhere.invalid:8080/player_api.php?username=u');
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.kind).toBe('DNS_FAILURE');
    expect(error.message).toContain('nowhere.invalid:8080');
    expect(error.cause).toBe(original);
    expect(error.url).toBe('http://nowhere.invalid:8080/player_api.php?username=u');
  });

  it('turns an abort caused by our own timer into TIMEOUT', () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(classifyFailure(abort, 'http://h/', true).kind).toBe('TIMEOUT');
    expect(classifyFailure(abort, 'http://h/', false).kind).toBe('ABORTED');
  });

  it('passes a NetworkError through unchanged', () => {
    const error = new NetworkError('NOT_JSON', 'http://h/', 'not json');
    expect(classifyFailure(error, 'http://other/')).toBe(error);
  });
});

describe('isTransientFailure', () => {
  it('retries dropped connections, temporary DNS failures and opaque browser failures', () => {
    expect(isTransientFailure(fetchFailed(systemError('ECONNRESET')))).toBe(true);
    expect(isTransientFailure(fetchFailed(systemError('EAI_AGAIN')))).toBe(true);
    expect(isTransientFailure(new TypeError('Failed to fetch'))).toBe(true);
  });

  it('does not retry what would fail again', () => {
    expect(isTransientFailure(fetchFailed(systemError('ENOTFOUND')))).toBe(false);
    expect(isTransientFailure(fetchFailed(systemError('ECONNREFUSED')))).toBe(false);
    expect(isTransientFailure(fetchFailed(systemError('ERR_SSL_WRONG_VERSION_NUMBER')))).toBe(false);
    expect(isTransientFailure(new DOMException('aborted', 'AbortError'))).toBe(false);
  });
});

describe('isNetworkError', () => {
  it('matches instances and look-alikes from another realm by name', () => {
    expect(isNetworkError(new NetworkError('TIMEOUT', 'http://h/', 'slow'))).toBe(true);
    expect(isNetworkError({ name: 'NetworkError', kind: 'TIMEOUT', message: 'slow' })).toBe(true);
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isNetworkError(null)).toBe(false);
  });
});
