/**
 * Bad input and faults, each its own test, in Chromium against the provider behind a proxy that breaks things on
 * purpose: a connection cut mid-segment, a 403 once another device takes the only connection, a 404 channel, a
 * live playlist that stops updating, garbage bytes, and a channel change while the previous one is still loading.
 */
import http from 'node:http';
import type { Account } from '../../src/xtream';
import { startPlayerLab, type PlayerLab } from './harness/lab';

let lab: PlayerLab;

beforeAll(async () => {
  lab = await startPlayerLab();
});

afterAll(async () => {
  if (lab) await lab.close();
});

beforeEach(() => lab.proxy.reset());

/** A fast-failing policy so the faults resolve within the test's time; the rules are the production ones. */
const POLICY = { liveStallTimeoutMs: 4000, startTimeoutMs: 10000, reconnectBaseDelayMs: 300 };

const moving = (from: number) => (s: { state: string; position: number }) =>
  s.state === 'playing' && s.position > from + 1;

/** The account `single/single` as the panel reported it at login: one connection, in use by this device. */
const SINGLE: Account = {
  username: 'single',
  password: 'single',
  status: 'Active',
  isTrial: false,
  activeConnections: 1,
  maxConnections: 1,
  allowedOutputFormats: ['m3u8', 'ts'],
  server: {},
} as Account;

/** A live MPEG-TS stream watched by another device (a plain HTTP client), kept open until `close()`. */
function watchElsewhere(url: string): Promise<{ bytes(): number; ended(): boolean; close(): void }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let ended = false;
    const request = http.get(url, (response) => {
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('close', () => {
        ended = true;
      });
      resolve({ bytes: () => bytes, ended: () => ended, close: () => request.destroy() });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error);
    });
  });
}

describe('faults', () => {
  it('keeps playing when a segment download is cut halfway (hls.js retries it)', async () => {
    await lab.open({ only: 'hlsjs', policy: POLICY });
    await lab.load({ url: lab.urls().live('1', 'm3u8'), kind: 'live' });
    const playing = await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    lab.proxy.cutMidBody(/\/hls\/.*\d+\.ts$/, 2);
    const later = await lab.waitFor('six more seconds of picture', moving(playing.position + 5), 40000);
    expect(later.error).toBeNull();
    expect(later.states).not.toContain('error');
  });

  it('reconnects a raw MPEG-TS stream whose body is cut mid-stream', async () => {
    await lab.open({ only: 'mpegts', policy: POLICY });
    await lab.load({ url: lab.urls().live('1', 'ts'), kind: 'live' });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    lab.proxy.cutMidBody(/\/live\/.*\/1\.ts$/, 1);
    await lab.page.waitForTimeout(200);
    lab.proxy.dropConnections(0);
    const back = await lab.waitFor(
      'playing after a reconnect',
      (s) => s.state === 'playing' && s.states.some((x) => x.startsWith('reconnecting')),
      40000,
    );
    await lab.waitFor('the picture moving again', moving(back.position), 20000);
  });

  it('stops with STREAM_FORBIDDEN, without fighting back, when another device takes the only connection', async () => {
    await lab.open({ only: 'hlsjs', policy: POLICY });
    await lab.call((h, a) => h.load({ url: a.url, kind: 'live' }, a.account), {
      url: lab.urls('single').live('1', 'm3u8'),
      account: SINGLE,
    });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    // Another device opens a stream on the same line: the panel cuts this one, whose next request gets 403.
    const other = await fetch(`${lab.provider.url}/live/single/single/2.m3u8`);
    expect(other.status).toBe(200);
    const failed = await lab.waitFor('the refusal', (s) => s.state === 'error', 60000);
    expect(failed.error?.code).toBe('STREAM_FORBIDDEN');
    expect(failed.error?.message).toMatch(/devices/);
    expect(failed.error?.status).toBe(403);
    // A reconnect would open a new session and cut the other device in turn.
    expect(failed.states.filter((s) => s.startsWith('reconnecting'))).toEqual([]);
  });

  it('stops a raw MPEG-TS stream with STREAM_FORBIDDEN, leaving the line to the device that took it', async () => {
    await lab.open({ only: 'mpegts', policy: POLICY });
    await lab.call((h, a) => h.load({ url: a.url, kind: 'live' }, a.account), {
      url: lab.urls('single').live('1', 'ts'),
      account: SINGLE,
    });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    // Another device opens a stream on the same line: the panel serves it and ends this one's body.
    const other = await watchElsewhere(`${lab.provider.url}/live/single/single/2.ts`);
    try {
      const failed = await lab.waitFor('the refusal', (s) => s.state === 'error', 60000);
      expect(failed.error?.code).toBe('STREAM_FORBIDDEN');
      expect(failed.error?.message).toMatch(/devices/);
      expect(failed.states.filter((s) => s.startsWith('reconnecting'))).toEqual([]);
      // Asking the stream URL again would have opened a new session and cut the other device in turn.
      expect(lab.proxy.requests.filter((path) => /\/live\/single\/single\/1\.ts$/.test(path))).toHaveLength(1);
      const received = other.bytes();
      await lab.page.waitForTimeout(2500);
      expect(other.ended()).toBe(false);
      expect(other.bytes()).toBeGreaterThan(received);
    } finally {
      other.close();
    }
  });

  it('stops a raw MPEG-TS stream with STREAM_FORBIDDEN when its URL refuses the line after a drop', async () => {
    await lab.open({ only: 'mpegts', policy: POLICY });
    await lab.load({ url: lab.urls().live('1', 'ts'), kind: 'live' });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    // A proxy that counts connections refuses the line at the stream URL itself (no account to ask the panel).
    lab.proxy.refuse(/\/live\/unlimited\/unlimited\/1\.ts$/, 403);
    lab.proxy.dropConnections(0);
    const failed = await lab.waitFor('the refusal', (s) => s.state === 'error', 60000);
    expect(failed.error).toMatchObject({ code: 'STREAM_FORBIDDEN', status: 403 });
    expect(failed.states.filter((s) => s.startsWith('reconnecting'))).toEqual([]);
  });

  it.each(['hlsjs', 'mpegts'])('explains a channel that does not exist (%s)', async (engine) => {
    await lab.open({ only: engine as 'hlsjs' | 'mpegts', policy: POLICY });
    await lab.load({ url: lab.urls().live('999999', engine === 'mpegts' ? 'ts' : 'm3u8'), kind: 'live' });
    const failed = await lab.waitFor('the error', (s) => s.state === 'error', 30000);
    expect(failed.error).toMatchObject({
      code: 'STREAM_NOT_FOUND',
      status: 404,
      message: 'This stream is not available right now.',
    });
    expect(failed.error?.hint).not.toBe('');
  });

  it('reconnects when the live playlist stops updating, and plays again once it moves', async () => {
    await lab.open({ only: 'hlsjs', policy: POLICY });
    await lab.load({ url: lab.urls().live('1', 'm3u8'), kind: 'live' });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    lab.proxy.freezePlaylists(/index\.m3u8$/);
    const stuck = await lab.waitFor('the stall to be noticed', (s) => s.state === 'reconnecting', 60000);
    expect(stuck.reconnect).toMatchObject({ attempt: 1, max: 5 });
    lab.proxy.freezePlaylists(undefined);
    const back = await lab.waitFor('playing again', (s) => s.state === 'playing', 60000);
    await lab.waitFor('the picture moving', moving(back.position), 20000);
  });

  it('ends in a clear error on garbage segments instead of spinning forever', async () => {
    await lab.open({ only: 'hlsjs', policy: POLICY });
    lab.proxy.garbage(/\/hls\/.*\d+\.ts$/);
    await lab.load({ url: lab.urls().live('1', 'm3u8'), kind: 'live' });
    const failed = await lab.waitFor('an error', (s) => s.state === 'error', 90000);
    expect(['DECODE', 'UNSUPPORTED_FORMAT']).toContain(failed.error?.code);
    expect(failed.videoElements).toBe(1);
  });

  it('says the format is unsupported when the playlist itself is garbage', async () => {
    await lab.open({ only: 'hlsjs', policy: POLICY });
    lab.proxy.garbage(/index\.m3u8$/);
    await lab.load({ url: lab.urls().live('1', 'm3u8'), kind: 'live' });
    const failed = await lab.waitFor('an error', (s) => s.state === 'error', 60000);
    expect(failed.error?.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('ends in a clear error on a garbage MPEG-TS stream', async () => {
    await lab.open({ only: 'mpegts', policy: POLICY });
    lab.proxy.garbage(/\/live\/.*\.ts$/);
    await lab.load({ url: lab.urls().live('1', 'ts'), kind: 'live' });
    const failed = await lab.waitFor('an error', (s) => s.state === 'error', 120000);
    expect(['DECODE', 'UNSUPPORTED_FORMAT', 'TIMEOUT']).toContain(failed.error?.code);
  });

  it('cancels a channel still loading when another is chosen: one engine, one picture, no zombie requests', async () => {
    await lab.open({ policy: POLICY });
    const mark = lab.proxy.requests.length;
    lab.proxy.delay(/\/live\/unlimited\/unlimited\/1\.m3u8$/, 3000);
    const slow = lab.load({ url: lab.urls().live('1', 'm3u8'), kind: 'live' });
    await lab.page.waitForTimeout(300);
    await lab.load({ url: lab.urls().live('2', 'm3u8'), kind: 'live' });
    await slow;
    const playing = await lab.waitFor('the second channel', (s) => s.state === 'playing', 30000);
    expect(playing.url).toMatch(/\/2\.m3u8$/);
    // Long enough for the held-back answer of the first channel to arrive and be ignored.
    await lab.page.waitForTimeout(4000);
    const after = await lab.snapshot();
    expect(after.url).toMatch(/\/2\.m3u8$/);
    expect(after.videoElements).toBe(1);
    expect(after.activeVideos).toBe(1);
    expect(lab.proxy.requests.slice(mark).some((path) => /\/hls\/unlimited\/unlimited\/1\//.test(path))).toBe(false);
  });

  it('keeps one raw MPEG-TS download when zapping between TS channels mid-load', async () => {
    await lab.open({ only: 'mpegts', policy: POLICY });
    void lab.load({ url: lab.urls().live('3', 'ts'), kind: 'live' });
    await lab.load({ url: lab.urls().live('4', 'ts'), kind: 'live' });
    await lab.waitFor('playing', (s) => s.state === 'playing', 30000);
    // One live body (channel 4) stays open; channel 3's is cancelled with its engine (mpegts.js does it at the
    // next chunk it reads, at most a segment later).
    for (let waited = 0; waited < 5000 && lab.proxy.activeRequests() > 1; waited += 250)
      await lab.page.waitForTimeout(250);
    expect(lab.proxy.activeRequests()).toBe(1);
    const snap = await lab.snapshot();
    expect(snap.url).toMatch(/\/4\.ts$/);
    expect(snap.videoElements).toBe(1);
  });
});
