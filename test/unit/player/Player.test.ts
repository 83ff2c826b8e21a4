import { Player, type PlaybackState } from '../../../src/player';
import { FakeDocument, ScriptedHls, scriptedHlsClass } from './fakeMedia';

function makePlayer(rewriteUrl?: (url: string) => string) {
  const doc = new FakeDocument();
  const player = new Player({
    document: doc as unknown as Document,
    loadHls: () => Promise.resolve(scriptedHlsClass),
    rewriteUrl,
  });
  const states: PlaybackState[] = [];
  player.on('state', (s) => states.push(s));
  return { doc, player, states, video: doc.videos[0] };
}

const latestHls = (): ScriptedHls => ScriptedHls.instances[ScriptedHls.instances.length - 1];

beforeEach(() => {
  ScriptedHls.instances = [];
  ScriptedHls.supported = true;
});

describe('Player', () => {
  it('puts one hidden video behind the UI and shows it when a stream loads', async () => {
    const { doc, player, video } = makePlayer();
    expect(doc.body.children).toEqual([video]);
    expect(video.style.display).toBe('none');
    expect(video.style.zIndex).toBe('0');
    await player.load('http://p/live/u/p/1.m3u8');
    expect(video.style.display).toBe('block');
  });

  it('goes loading → playing with a live config that bounds the back buffer', async () => {
    const { player, states, video } = makePlayer();
    await player.load('http://p/live/u/p/1.m3u8');
    const hls = latestHls();
    expect(hls.source).toBe('http://p/live/u/p/1.m3u8');
    expect(hls.media).toBe(video);
    expect(hls.config.backBufferLength).toBe(30);
    expect(hls.config.lowLatencyMode).toBe(false);
    hls.fire(ScriptedHls.Events.MANIFEST_PARSED);
    expect(video.playCalls).toBe(1);
    video.fire('playing');
    video.fire('waiting');
    video.fire('playing');
    expect(states).toEqual(['loading', 'playing', 'buffering', 'playing']);
  });

  it('routes stream URLs through the rewriter', async () => {
    const { player } = makePlayer((url) => `http://emu/proxy/${url}`);
    await player.load('http://p/1.m3u8');
    expect(latestHls().source).toBe('http://emu/proxy/http://p/1.m3u8');
  });

  it('recovers a fatal media error once and fails on the second', async () => {
    const { player, states } = makePlayer();
    const errors: string[] = [];
    player.on('error', (e) => errors.push(e.code));
    await player.load('http://p/1.m3u8');
    const hls = latestHls();
    hls.fire(ScriptedHls.Events.ERROR, { type: 'mediaError', details: 'bufferAppendError', fatal: true });
    expect(hls.recoverCalls).toBe(1);
    expect(player.state).toBe('loading');
    hls.fire(ScriptedHls.Events.ERROR, { type: 'mediaError', details: 'bufferAppendError', fatal: true });
    expect(errors).toEqual(['MEDIA']);
    expect(states[states.length - 1]).toBe('error');
    expect(hls.destroyed).toBe(true);
  });

  it('surfaces a refused stream as an error state with a readable message', async () => {
    const { player } = makePlayer();
    await player.load('http://p/1.m3u8');
    latestHls().fire(ScriptedHls.Events.ERROR, {
      type: 'networkError',
      details: 'manifestLoadError',
      fatal: true,
      response: { code: 404 },
    });
    expect(player.state).toBe('error');
    expect(player.error?.code).toBe('NOT_FOUND');
    expect(player.error?.message).toMatch(/not available/);
  });

  it('ignores events of a stream that was replaced by a newer one', async () => {
    const { player } = makePlayer();
    await player.load('http://p/1.m3u8');
    const first = latestHls();
    await player.load('http://p/2.m3u8');
    expect(first.destroyed).toBe(true);
    first.fire(ScriptedHls.Events.ERROR, { type: 'networkError', details: 'fragLoadError', fatal: true });
    expect(player.state).toBe('loading');
  });

  it('falls back to a muted start when the browser refuses sound without a gesture', async () => {
    const { player, video } = makePlayer();
    await player.load('http://p/1.m3u8');
    video.playOutcome = 'NotAllowedError';
    latestHls().fire(ScriptedHls.Events.MANIFEST_PARSED);
    await new Promise((r) => setTimeout(r, 0));
    expect(video.muted).toBe(true);
    expect(video.playCalls).toBe(2);
  });

  it('refuses a raw MPEG-TS URL at once instead of waiting for it as a playlist', async () => {
    const { player } = makePlayer();
    await player.load('http://p/live/u/p/7.ts');
    expect(player.error?.code).toBe('UNSUPPORTED');
    expect(ScriptedHls.instances).toHaveLength(0);
  });

  it('says so when the device can play HLS neither through MSE nor natively', async () => {
    ScriptedHls.supported = false;
    const { player } = makePlayer();
    await player.load('http://p/1.m3u8');
    expect(player.error?.code).toBe('UNSUPPORTED');
  });

  it('stops, hides the video, and refuses to load after destroy', async () => {
    const { doc, player, video, states } = makePlayer();
    await player.load('http://p/1.m3u8');
    player.stop();
    expect(latestHls().destroyed).toBe(true);
    expect(video.style.display).toBe('none');
    expect(states[states.length - 1]).toBe('idle');
    player.destroy();
    expect(doc.body.children).toEqual([]);
    await expect(player.load('http://p/1.m3u8')).rejects.toThrow(/after destroy/);
  });

  it('places the video over a rectangle given in stage coordinates', () => {
    const { player, video } = makePlayer();
    player.setRect({ x: 960, y: 0, w: 960, h: 540 });
    expect(video.style).toMatchObject({ left: '50%', top: '0%', width: '50%', height: '50%' });
  });
});
