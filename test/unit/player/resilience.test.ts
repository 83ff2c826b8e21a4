import { DEFAULT_POLICY, describeState, reconnectDelay } from '../../../src/player';
import { levelCap } from '../../../src/player/engines/hlsjsConfig';
import type { Account } from '../../../src/xtream';
import { RecoveryLimiter } from '../../../src/player/resilience/RecoveryLimiter';
import { StallWatchdog } from '../../../src/player/resilience/StallWatchdog';
import { canTransition } from '../../../src/player/playerState';
import { destroyPlayers, ScriptedEngine, scriptedPlayer, settle } from './scriptedEngine';

const LIVE = {
  url: 'http://p.test/live/u/p/1.ts',
  kind: 'live' as const,
  alternates: [{ url: 'http://p.test/live/u/p/1.m3u8', format: 'hls' as const }],
};

afterEach(() => {
  destroyPlayers();
  jest.useRealTimers();
});

describe('reconnect backoff', () => {
  it('doubles from the base delay and stops growing at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => reconnectDelay(n, DEFAULT_POLICY))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
  });

  it('describes the reconnect for the viewer', () => {
    expect(describeState('reconnecting', { attempt: 2, max: 5, delayMs: 1000 })).toBe('Reconnecting 2/5');
    expect(describeState('buffering')).toBe('Buffering…');
    expect(describeState('playing')).toBe('');
  });
});

describe('RecoveryLimiter', () => {
  it('allows one recovery per window and a few per stream', () => {
    let now = 0;
    const limiter = new RecoveryLimiter(2, 5000, () => now);
    expect(limiter.take()).toBe(true);
    now = 1000;
    expect(limiter.take()).toBe(false);
    now = 6000;
    expect(limiter.take()).toBe(true);
    now = 60000;
    expect(limiter.take()).toBe(false);
    expect(limiter.count).toBe(2);
  });
});

describe('StallWatchdog', () => {
  it('fires once when the playhead stops, but not while paused', () => {
    jest.useFakeTimers();
    let position = 0;
    let moving = true;
    const stalls: boolean[] = [];
    const dog = new StallWatchdog(
      { position: () => position, shouldAdvance: () => moving, onStall: (s) => stalls.push(s) },
      15000,
      4000,
      1000,
    );
    dog.start();
    dog.markStarted();
    for (let i = 0; i < 5; i++) {
      position += 1;
      jest.advanceTimersByTime(1000);
    }
    moving = false;
    jest.advanceTimersByTime(10000);
    expect(stalls).toEqual([]);
    moving = true;
    jest.advanceTimersByTime(5000);
    expect(stalls).toEqual([true]);
    jest.advanceTimersByTime(10000);
    expect(stalls).toEqual([true]);
  });

  it('allows the longer start timeout before the first picture', () => {
    jest.useFakeTimers();
    const stalls: boolean[] = [];
    const dog = new StallWatchdog(
      { position: () => 0, shouldAdvance: () => true, onStall: (s) => stalls.push(s) },
      15000,
      4000,
      1000,
    );
    dog.start();
    jest.advanceTimersByTime(14000);
    expect(stalls).toEqual([]);
    jest.advanceTimersByTime(2000);
    expect(stalls).toEqual([false]);
    dog.stop();
  });
});

describe('player state machine', () => {
  it('allows what engines can report and refuses the rest', () => {
    expect(canTransition('idle', 'loading')).toBe(true);
    expect(canTransition('idle', 'playing')).toBe(false);
    expect(canTransition('error', 'playing')).toBe(false);
    expect(canTransition('reconnecting', 'reconnecting')).toBe(true);
    expect(canTransition('playing', 'playing')).toBe(false);
    expect(canTransition('ended', 'playing')).toBe(true);
  });
});

describe('Player resilience', () => {
  it('reconnects a live stream with a visible count and backoff, then gives up with NETWORK', async () => {
    jest.useFakeTimers();
    const { player, states } = scriptedPlayer({ policy: { maxReconnects: 3 } });
    await player.load(LIVE);
    ScriptedEngine.latest().plays();
    for (let i = 1; i <= 3; i++) {
      ScriptedEngine.latest().fails({ kind: 'network', detail: 'UnrecoverableEarlyEof' });
      expect(player.state).toBe('reconnecting');
      expect(player.reconnect).toMatchObject({ attempt: i, max: 3, delayMs: 500 * Math.pow(2, i - 1) });
      await jest.advanceTimersByTimeAsync(500 * Math.pow(2, i - 1));
      expect(ScriptedEngine.latest().request?.url).toBe(LIVE.url);
    }
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'UnrecoverableEarlyEof' });
    expect(player.error?.code).toBe('NETWORK');
    expect(states).toEqual(['loading', 'playing', 'reconnecting 1/3', 'reconnecting 2/3', 'reconnecting 3/3', 'error']);
    expect(ScriptedEngine.instances.every((e) => e.destroyed)).toBe(true);
  });

  it('earns the reconnect budget back after playing steadily', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({ policy: { maxReconnects: 1, stableAfterMs: 20000 } });
    await player.load(LIVE);
    ScriptedEngine.latest().plays();
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'x' });
    await jest.advanceTimersByTimeAsync(500);
    const engine = ScriptedEngine.latest();
    engine.plays();
    for (let t = 1; t <= 25; t++) {
      engine.moves(t);
      await jest.advanceTimersByTimeAsync(1000);
    }
    engine.fails({ kind: 'network', detail: 'x' });
    expect(player.state).toBe('reconnecting');
    expect(player.stats().reconnects).toBe(2);
  });

  it('reconnects when the picture stops moving without any error (a frozen live playlist)', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({ policy: { liveStallTimeoutMs: 5000 } });
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    engine.plays();
    engine.moves(1);
    await jest.advanceTimersByTimeAsync(6000);
    expect(player.state).toBe('reconnecting');
    expect(engine.destroyed).toBe(true);
  });

  it('does not take a paused stream for a stalled one', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({ policy: { liveStallTimeoutMs: 5000 } });
    await player.load(LIVE);
    ScriptedEngine.latest().plays();
    player.pause();
    await jest.advanceTimersByTimeAsync(60000);
    expect(player.state).toBe('paused');
  });

  it('recovers media errors in place, at most one per window, then reconnects', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({ policy: { mediaRecoveryWindowMs: 5000, maxMediaRecoveries: 3 } });
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    engine.plays();
    engine.fails({ kind: 'media', detail: 'bufferAppendError', recoverable: true });
    expect(engine.calls.filter((c) => c === 'recover')).toHaveLength(1);
    expect(player.state).toBe('buffering');
    engine.plays();
    engine.fails({ kind: 'media', detail: 'bufferAppendError', recoverable: true });
    expect(engine.calls.filter((c) => c === 'recover')).toHaveLength(1);
    expect(player.state).toBe('reconnecting');
    expect(player.stats().mediaRecoveries).toBe(1);
  });

  it('falls back from live TS to the same channel’s HLS when the TS cannot play here', async () => {
    const { player } = scriptedPlayer();
    await player.load(LIVE);
    expect(ScriptedEngine.latest().name).toBe('mpegts');
    ScriptedEngine.latest().fails({ kind: 'format', detail: 'CodecUnsupported' });
    await settle();
    expect(ScriptedEngine.latest()).toMatchObject({
      name: 'hlsjs',
      request: { url: 'http://p.test/live/u/p/1.m3u8', format: 'hls' },
    });
    ScriptedEngine.latest().plays();
    expect(player.state).toBe('playing');
  });

  it('reports the most telling error when every attempt fails', async () => {
    const { player } = scriptedPlayer({ media: { engines: ['mpegts', 'native'], mse: true, nativeHls: true } });
    await player.load(LIVE);
    ScriptedEngine.latest().fails({ kind: 'http', status: 404, detail: 'HttpStatusCodeInvalid' });
    await settle();
    expect(ScriptedEngine.latest().name).toBe('native');
    ScriptedEngine.latest().fails({ kind: 'http', status: 404, detail: 'probe' });
    expect(player.error?.code).toBe('STREAM_NOT_FOUND');
  });

  it('asks the server what a native player could not say', async () => {
    const probed: string[] = [];
    const { player } = scriptedPlayer({
      media: { engines: ['native'], mse: false, nativeHls: true },
      probeStatus: (url) => {
        probed.push(url);
        return Promise.resolve(403);
      },
    });
    await player.load({ url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' });
    ScriptedEngine.latest().fails({ kind: 'format', detail: 'MEDIA_ERR_SRC_NOT_SUPPORTED', uncertain: true });
    await settle();
    expect(probed).toEqual(['http://p.test/live/u/p/1.m3u8']);
    expect(player.error).toMatchObject({ code: 'STREAM_FORBIDDEN', status: 403 });
  });

  it('gives up with TIMEOUT when nothing ever plays', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({
      media: { engines: ['hlsjs'], mse: true, nativeHls: false },
      policy: { startTimeoutMs: 8000 },
    });
    await player.load({ url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' });
    await jest.advanceTimersByTimeAsync(9000);
    expect(player.error?.code).toBe('TIMEOUT');
  });

  it('names the media problem met on the way when nothing ever plays, and forgets it on the next load', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer({
      media: { engines: ['hlsjs'], mse: true, nativeHls: false },
      policy: { startTimeoutMs: 8000 },
    });
    await player.load({ url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' });
    ScriptedEngine.latest().struggles({ kind: 'media', detail: 'fragParsingError' });
    await jest.advanceTimersByTimeAsync(9000);
    expect(player.error).toMatchObject({ code: 'DECODE', detail: 'no picture after fragParsingError' });

    await player.load({ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' });
    ScriptedEngine.latest().struggles({ kind: 'network', detail: 'fragLoadError' });
    await jest.advanceTimersByTimeAsync(9000);
    expect(player.error?.code).toBe('TIMEOUT');
  });
});

describe('a dropped live MPEG-TS connection', () => {
  const ACCOUNT = { username: 'u', password: 'p', maxConnections: 1, activeConnections: 1 } as Account;
  const TS = { url: 'http://p.test/live/u/p/1.ts', kind: 'live' as const };

  function lineCheck(usage: { active: number; max: number } | undefined) {
    const asked: string[] = [];
    const check = (url: string, account: Account) => {
      asked.push(`${url} ${account.username}`);
      return Promise.resolve(usage);
    };
    return { asked, check };
  }

  it('stops with STREAM_FORBIDDEN, without a reconnect, when another device holds the only connection', async () => {
    const line = lineCheck({ active: 1, max: 1 });
    const { player, states } = scriptedPlayer({ lineCheck: line.check });
    await player.load(TS, { account: ACCOUNT });
    const engine = ScriptedEngine.latest();
    engine.plays();
    engine.fails({ kind: 'network', detail: 'live stream ended' });
    expect(engine.destroyed).toBe(true);
    await settle();
    expect(line.asked).toEqual(['http://p.test/live/u/p/1.ts u']);
    expect(player.error).toMatchObject({ code: 'STREAM_FORBIDDEN', detail: 'line in use (1 of 1)' });
    expect(player.error?.message).toMatch(/devices/);
    expect(states).toEqual(['loading', 'playing', 'buffering', 'error']);
    expect(ScriptedEngine.instances).toHaveLength(1);
  });

  it('reconnects when the line is still free', async () => {
    jest.useFakeTimers();
    const line = lineCheck({ active: 0, max: 1 });
    const { player, states } = scriptedPlayer({ lineCheck: line.check });
    await player.load(TS, { account: ACCOUNT });
    ScriptedEngine.latest().plays();
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'live stream ended' });
    await settle();
    expect(player.state).toBe('reconnecting');
    await jest.advanceTimersByTimeAsync(500);
    expect(ScriptedEngine.instances).toHaveLength(2);
    expect(states).toEqual(['loading', 'playing', 'buffering', 'reconnecting 1/5']);
  });

  it('asks the stream URL when there is no account to ask the panel about', async () => {
    const probed: string[] = [];
    const line = lineCheck({ active: 1, max: 1 });
    const { player, states } = scriptedPlayer({
      lineCheck: line.check,
      probeStatus: (url) => {
        probed.push(url);
        return Promise.resolve(403);
      },
    });
    await player.load(TS);
    ScriptedEngine.latest().plays();
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'UnrecoverableEarlyEof' });
    await settle();
    expect(line.asked).toEqual([]);
    expect(probed).toEqual([TS.url]);
    expect(player.error).toMatchObject({ code: 'STREAM_FORBIDDEN', status: 403 });
    expect(states).not.toContain('reconnecting 1/5');
  });

  it('leaves HLS and dropped connections before the first picture to the usual rules', async () => {
    jest.useFakeTimers();
    const line = lineCheck({ active: 1, max: 1 });
    const { player } = scriptedPlayer({ lineCheck: line.check });
    await player.load({ url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' }, { account: ACCOUNT });
    ScriptedEngine.latest().plays();
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'fragLoadError' });
    await settle();
    expect(player.state).toBe('reconnecting');
    await player.load(TS, { account: ACCOUNT });
    ScriptedEngine.latest().fails({ kind: 'network', detail: 'UnrecoverableEarlyEof' });
    await settle();
    expect(player.error).toBeUndefined();
    expect(player.state).toBe('reconnecting');
    expect(line.asked).toEqual([]);
  });
});

describe('the viewer’s buffer and resolution settings', () => {
  it('reach the engine of the next load, not the one playing', async () => {
    const { player } = scriptedPlayer({ media: { engines: ['hlsjs'], mse: true, nativeHls: false } });
    await player.load({ url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' });
    const before = ScriptedEngine.latest();
    player.setTuning({ maxVideoHeight: 720, forwardBufferSeconds: 60 });
    expect(before.context.tuning.maxVideoHeight).toBe(0);
    await player.load({ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' });
    expect(ScriptedEngine.latest().context.tuning).toMatchObject({ maxVideoHeight: 720, forwardBufferSeconds: 60 });
    expect(ScriptedEngine.latest().context.tuning.backBufferSeconds).toBe(30);
  });

  it('cap hls.js levels at the tallest rendition within the limit', () => {
    const levels = [{ height: 360 }, { height: 720 }, { height: 1080 }, {}];
    expect(levelCap(levels, 0)).toBeUndefined();
    expect(levelCap(levels.slice(0, 3), 720)).toBe(1);
    expect(levelCap(levels.slice(0, 3), 2160)).toBe(2);
    // Every rendition taller than the limit: the smallest one still plays.
    expect(levelCap([{ height: 1080 }, { height: 2160 }], 480)).toBe(0);
  });
});
