import { decideHlsError, playerErrorFromStatus } from '../../../src/player';
import type { Account } from '../../../src/xtream/models';

function account(active: number, max: number): Account {
  return {
    username: 'single',
    password: 'single',
    status: 'Active',
    isTrial: false,
    activeConnections: active,
    maxConnections: max,
    allowedOutputFormats: ['m3u8', 'ts'],
    server: { isXui: false },
  };
}

describe('decideHlsError', () => {
  it('ignores non-fatal errors, which hls.js retries by itself', () => {
    expect(decideHlsError({ type: 'mediaError', details: 'bufferStalledError', fatal: false }, false)).toEqual({
      action: 'ignore',
    });
    expect(decideHlsError({ type: 'networkError', details: 'fragLoadError', fatal: false }, false).action).toBe(
      'ignore',
    );
  });

  it('recovers a fatal media error once, then gives up with a MEDIA error', () => {
    const data = { type: 'mediaError', details: 'bufferAppendError', fatal: true };
    expect(decideHlsError(data, false)).toEqual({ action: 'recoverMedia' });
    const second = decideHlsError(data, true);
    expect(second.action).toBe('fail');
    expect(second.action === 'fail' && second.error.code).toBe('MEDIA');
  });

  it('turns a fatal 404 on the playlist into NOT_FOUND with a readable message', () => {
    const decision = decideHlsError(
      { type: 'networkError', details: 'manifestLoadError', fatal: true, response: { code: 404 } },
      false,
    );
    expect(decision.action === 'fail' && decision.error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(decision.action === 'fail' && decision.error.message).toMatch(/not available/);
  });

  it('reads the status from the XHR when the response has none', () => {
    const decision = decideHlsError(
      { type: 'networkError', details: 'manifestLoadError', fatal: true, networkDetails: { status: 403 } },
      false,
    );
    expect(decision.action === 'fail' && decision.error.code).toBe('FORBIDDEN');
  });

  it('says "too many connections" when a one-connection account is refused with 403', () => {
    const decision = decideHlsError(
      { type: 'networkError', details: 'levelLoadError', fatal: true, response: { code: 403 } },
      false,
      account(1, 1),
    );
    expect(decision.action === 'fail' && decision.error.code).toBe('TOO_MANY_CONNECTIONS');
    expect(decision.action === 'fail' && decision.error.message).toMatch(/Too many devices/);
  });

  it('reports a network failure without a status as NETWORK, and a timeout as such', () => {
    const lost = decideHlsError({ type: 'networkError', details: 'manifestLoadError', fatal: true }, false);
    expect(lost.action === 'fail' && lost.error.code).toBe('NETWORK');
    const slow = decideHlsError({ type: 'networkError', details: 'manifestLoadTimeOut', fatal: true }, false);
    expect(slow.action === 'fail' && slow.error.message).toMatch(/did not answer in time/);
  });
});

it('says the format is unsupported when the playlist is not HLS at all (a TS-only account)', () => {
  const decision = decideHlsError({ type: 'networkError', details: 'manifestParsingError', fatal: true }, false);
  expect(decision.action === 'fail' && decision.error.code).toBe('UNSUPPORTED');
});

describe('playerErrorFromStatus', () => {
  it('maps the connection-limit statuses 458 and 509 whatever the account says', () => {
    expect(playerErrorFromStatus(458).code).toBe('TOO_MANY_CONNECTIONS');
    expect(playerErrorFromStatus(509).code).toBe('TOO_MANY_CONNECTIONS');
  });

  it('keeps 403 as FORBIDDEN when the account has connections left', () => {
    const error = playerErrorFromStatus(403, account(0, 2));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.hint).not.toBe('');
  });

  it('treats server errors as a network problem', () => {
    expect(playerErrorFromStatus(502).code).toBe('NETWORK');
  });
});
