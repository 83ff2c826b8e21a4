import type { EngineFailure } from '../../../src/player';
import { decideFailure, type FailureFacts } from '../../../src/player/resilience/failureDecision';
import type { Account } from '../../../src/xtream';

function facts(failure: EngineFailure, more: Partial<FailureFacts> = {}): FailureFacts {
  return {
    failure,
    engine: 'hlsjs',
    started: false,
    hasNextAttempt: false,
    hasNextUrl: false,
    reconnectsLeft: true,
    canProbe: false,
    ...more,
  };
}

const atLimit = { maxConnections: 1, activeConnections: 1, allowedOutputFormats: [], server: {} } as unknown as Account;

describe('decideFailure', () => {
  it('never retries a refusal, before or after the first picture (a new session would cut the other device)', () => {
    for (const started of [false, true]) {
      const decision = decideFailure(
        facts({ kind: 'http', status: 403, detail: 'x' }, { started, hasNextAttempt: true, hasNextUrl: true }),
      );
      expect(decision).toMatchObject({ action: 'fail', error: { code: 'STREAM_FORBIDDEN', status: 403 } });
    }
  });

  it('says the account is in use elsewhere when a one-connection line is refused', () => {
    const decision = decideFailure(facts({ kind: 'http', status: 403, detail: 'x' }, { account: atLimit }));
    expect(decision.action === 'fail' && decision.error.message).toMatch(/Too many devices/);
  });

  it('tries the other output format for a missing stream, then reports it missing', () => {
    expect(
      decideFailure(facts({ kind: 'http', status: 404, detail: 'x' }, { hasNextAttempt: true, hasNextUrl: true })),
    ).toMatchObject({
      action: 'fallback',
      scope: 'url',
    });
    expect(decideFailure(facts({ kind: 'http', status: 404, detail: 'x' }, { hasNextAttempt: true }))).toMatchObject({
      action: 'fail',
      error: { code: 'STREAM_NOT_FOUND' },
    });
  });

  it('tries the other format when the account may not use this one (405)', () => {
    expect(decideFailure(facts({ kind: 'http', status: 405, detail: 'x' }, { hasNextUrl: true }))).toMatchObject({
      action: 'fallback',
      scope: 'url',
    });
    expect(decideFailure(facts({ kind: 'http', status: 405, detail: 'x' }))).toMatchObject({
      action: 'fail',
      error: { code: 'STREAM_FORBIDDEN' },
    });
  });

  it('falls back to the next engine for format, decode and start-up trouble before the first picture', () => {
    for (const kind of ['format', 'media', 'timeout'] as const) {
      expect(decideFailure(facts({ kind, detail: 'x' }, { hasNextAttempt: true }))).toMatchObject({
        action: 'fallback',
        scope: 'engine',
      });
    }
    expect(decideFailure(facts({ kind: 'format', detail: 'x' }))).toMatchObject({
      action: 'fail',
      error: { code: 'UNSUPPORTED_FORMAT' },
    });
    expect(decideFailure(facts({ kind: 'timeout', detail: 'x' }))).toMatchObject({
      action: 'fail',
      error: { code: 'TIMEOUT' },
    });
    expect(decideFailure(facts({ kind: 'media', detail: 'x' }))).toMatchObject({
      action: 'fail',
      error: { code: 'DECODE' },
    });
  });

  it('reconnects network trouble and server errors, until the budget is used up', () => {
    expect(decideFailure(facts({ kind: 'network', detail: 'x' }))).toEqual({ action: 'reconnect' });
    expect(decideFailure(facts({ kind: 'http', status: 503, detail: 'x' }))).toEqual({ action: 'reconnect' });
    expect(decideFailure(facts({ kind: 'network', detail: 'x' }, { reconnectsLeft: false }))).toMatchObject({
      action: 'fail',
      error: { code: 'NETWORK' },
    });
  });

  it('reconnects anything but refusals and real format errors once the stream has played', () => {
    for (const kind of ['network', 'timeout', 'media'] as const) {
      expect(decideFailure(facts({ kind, detail: 'x' }, { started: true }))).toEqual({ action: 'reconnect' });
    }
    expect(decideFailure(facts({ kind: 'format', detail: 'x', uncertain: true }, { started: true }))).toEqual({
      action: 'reconnect',
    });
    expect(decideFailure(facts({ kind: 'format', detail: 'x' }, { started: true }))).toMatchObject({ action: 'fail' });
    expect(
      decideFailure(facts({ kind: 'http', status: 404, detail: 'x' }, { started: true, hasNextUrl: true })),
    ).toMatchObject({
      action: 'fail',
      error: { code: 'STREAM_NOT_FOUND' },
    });
  });

  it('asks the server about a failure the engine could not explain', () => {
    expect(decideFailure(facts({ kind: 'network', detail: 'MEDIA_ERR_NETWORK' }, { canProbe: true }))).toEqual({
      action: 'probe',
    });
    expect(
      decideFailure(facts({ kind: 'format', detail: 'source failed', uncertain: true }, { canProbe: true })),
    ).toEqual({ action: 'probe' });
    expect(decideFailure(facts({ kind: 'network', detail: 'x' }, { started: true, canProbe: true }))).toEqual({
      action: 'reconnect',
    });
    expect(
      decideFailure(facts({ kind: 'network', detail: 'x' }, { started: true, canProbe: true, reconnectsLeft: false })),
    ).toEqual({
      action: 'probe',
    });
  });
});
