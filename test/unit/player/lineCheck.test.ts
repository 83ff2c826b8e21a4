/**
 * The line check against our provider: the panel's own connection count, read from player_api.php while another
 * device holds the only connection of an account, and what the player makes of a dropped live MPEG-TS stream.
 */
import http from 'node:http';
import { createPanelLineCheck, isLineTaken, panelAddress } from '../../../src/player';
import { explainDrop } from '../../../src/player/resilience/droppedLine';
import type { Account } from '../../../src/xtream';
import { startProvider, type RunningProvider } from '../../provider/server';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(() => provider.close());

const SINGLE = { username: 'single', password: 'single', maxConnections: 1, activeConnections: 0 } as Account;

/** Opens a live MPEG-TS stream the way another device would and keeps it open until `close()`. */
function watchElsewhere(url: string): Promise<{ close(): void }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.on('data', () => undefined);
      resolve({ close: () => request.destroy() });
    });
    request.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
  });
}

describe('panelAddress', () => {
  it('finds the panel in every Xtream stream URL form', () => {
    const account = { username: 'joe', password: 'p@ss' };
    expect(panelAddress('http://tv.example:8080/live/joe/p%40ss/1.ts', account)).toBe('http://tv.example:8080');
    expect(panelAddress('http://tv.example:8080/joe/p%40ss/1', account)).toBe('http://tv.example:8080');
    expect(panelAddress('https://tv.example/iptv/movie/joe/p%40ss/9.mkv', account)).toBe('https://tv.example/iptv');
    expect(panelAddress('http://tv.example/timeshift/joe/p%40ss/60/2024-01-01:10-00/5.ts', account)).toBe(
      'http://tv.example',
    );
  });

  it('gives up on URLs that do not carry the account', () => {
    expect(panelAddress('http://cdn.example/stream/1.ts', { username: 'joe', password: 'x' })).toBeUndefined();
    expect(panelAddress('/live/joe/x/1.ts', { username: 'joe', password: 'x' })).toBeUndefined();
  });
});

describe('createPanelLineCheck', () => {
  it('reads the connections in use from the panel, and sees another device take the only one', async () => {
    const check = createPanelLineCheck();
    const url = `${provider.url}/live/single/single/1.ts`;
    const before = await check(url, SINGLE);
    expect(before).toEqual({ active: 0, max: 1 });
    expect(isLineTaken(before!)).toBe(false);
    const other = await watchElsewhere(`${provider.url}/live/single/single/2.ts`);
    try {
      const during = await check(url, SINGLE);
      expect(during).toEqual({ active: 1, max: 1 });
      expect(isLineTaken(during!)).toBe(true);
    } finally {
      other.close();
    }
  });

  it('cannot tell for wrong credentials, a URL of no panel, or a server that is gone', async () => {
    const check = createPanelLineCheck({ timeoutMs: 2000 });
    const wrong = { ...SINGLE, password: 'nope' };
    expect(await check(`${provider.url}/live/single/nope/1.ts`, wrong)).toBeUndefined();
    expect(await check('http://127.0.0.1:9/stream.ts', SINGLE)).toBeUndefined();
    expect(await check('http://127.0.0.1:9/live/single/single/1.ts', SINGLE)).toBeUndefined();
  });

  it('routes the API call like the streams', async () => {
    const seen: string[] = [];
    const check = createPanelLineCheck({
      rewriteUrl: (url) => {
        seen.push(url);
        return url;
      },
    });
    await check(`${provider.url}/live/single/single/1.ts`, SINGLE);
    expect(seen).toEqual([`${provider.url}/player_api.php?username=single&password=single`]);
  });
});

describe('explainDrop', () => {
  const url = 'http://p.test/live/single/single/1.ts';
  const witnesses = (usage: { active: number; max: number } | undefined, status?: number) => {
    const asked: string[] = [];
    return {
      asked,
      checkLine: () => {
        asked.push('line');
        return Promise.resolve(usage);
      },
      probeStatus: (probed: string) => {
        asked.push(`status ${probed}`);
        return Promise.resolve(status);
      },
      account: SINGLE,
      engine: 'mpegts',
    };
  };

  it('ends with a connection-limit refusal when other devices hold the line, without touching the stream', async () => {
    const w = witnesses({ active: 1, max: 1 }, 200);
    const found = await explainDrop(url, w);
    expect(found.verdict).toBe('taken');
    if (found.verdict !== 'taken') return;
    expect(found.error).toMatchObject({ code: 'STREAM_FORBIDDEN', engine: 'mpegts' });
    expect(found.error.message).toMatch(/devices.*1 of 1/);
    expect(w.asked).toEqual(['line']);
  });

  it('reconnects when the panel says the line is free, or sets no limit', async () => {
    expect(await explainDrop(url, witnesses({ active: 0, max: 1 }, 403))).toEqual({ verdict: 'reconnect' });
    expect(await explainDrop(url, witnesses({ active: 7, max: 0 }, 403))).toEqual({ verdict: 'reconnect' });
  });

  it('asks the stream URL when the panel cannot tell', async () => {
    const refused = witnesses(undefined, 403);
    expect(await explainDrop(url, refused)).toEqual({ verdict: 'refused', status: 403 });
    expect(refused.asked).toEqual(['line', `status ${url}`]);
    expect(await explainDrop(url, witnesses(undefined, 200))).toEqual({ verdict: 'reconnect' });
    expect(await explainDrop(url, witnesses(undefined, undefined))).toEqual({ verdict: 'reconnect' });
    expect(await explainDrop(url, { engine: 'mpegts' })).toEqual({ verdict: 'reconnect' });
  });
});
