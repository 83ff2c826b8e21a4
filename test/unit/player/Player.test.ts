import { PlayerError, type Cue, type PlaybackStats } from '../../../src/player';
import { destroyPlayers, ScriptedEngine, scriptedLoaders, scriptedPlayer, settle } from './scriptedEngine';

const LIVE = { url: 'http://p.test/live/u/p/1.m3u8', kind: 'live' as const };
const MOVIE = { url: 'http://p.test/movie/u/p/7.mp4', kind: 'movie' as const, startAt: 42 };

afterEach(() => {
  destroyPlayers();
  jest.useRealTimers();
});

describe('Player', () => {
  it('goes idle → loading → playing and hands the engine the source', async () => {
    const { player, states } = scriptedPlayer();
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    expect(engine.name).toBe('hlsjs');
    expect(engine.request).toMatchObject({ url: LIVE.url, kind: 'live', format: 'hls' });
    engine.plays();
    expect(player.state).toBe('playing');
    expect(states).toEqual(['loading', 'playing']);
  });

  it('takes a bare URL as a live stream and rewrites URLs for the emulator proxy', async () => {
    const { player } = scriptedPlayer({ rewriteUrl: (u) => `http://emu/proxy/${u}` });
    await player.load('http://p.test/live/u/p/9.ts');
    expect(ScriptedEngine.latest().request).toMatchObject({
      url: 'http://emu/proxy/http://p.test/live/u/p/9.ts',
      kind: 'live',
      format: 'mpegts',
    });
    expect(ScriptedEngine.latest().name).toBe('mpegts');
    expect(player.source?.url).toBe('http://p.test/live/u/p/9.ts');
  });

  it('starts VOD where asked, seeks it, and refuses to seek live', async () => {
    const { player } = scriptedPlayer();
    await player.load(MOVIE);
    const engine = ScriptedEngine.latest();
    expect(engine.request?.startAt).toBe(42);
    engine.plays();
    engine.lasts(3600);
    expect(player.seek(100)).toBe(true);
    expect(player.seek(99999)).toBe(true);
    expect(engine.calls).toEqual(expect.arrayContaining(['seek 100', 'seek 3600']));
    await player.load(LIVE);
    ScriptedEngine.latest().plays();
    expect(player.canSeek).toBe(false);
    expect(player.seek(10)).toBe(false);
    expect(ScriptedEngine.latest().request?.startAt).toBeUndefined();
  });

  it('pauses and resumes through the engine, with matching states', async () => {
    const { player, states } = scriptedPlayer();
    await player.load(MOVIE);
    const engine = ScriptedEngine.latest();
    engine.plays();
    player.pause();
    expect(player.state).toBe('paused');
    player.play();
    engine.plays();
    expect(states).toEqual(['loading', 'playing', 'paused', 'playing']);
    expect(engine.calls).toEqual(expect.arrayContaining(['pause', 'play']));
  });

  it('cancels a load still in progress when another channel is chosen: the old engine never reports', async () => {
    const { player, states } = scriptedPlayer();
    await player.load(LIVE);
    const first = ScriptedEngine.latest();
    await player.load({ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' });
    const second = ScriptedEngine.latest();
    expect(first.destroyed).toBe(true);
    expect(second.destroyed).toBe(false);
    first.plays();
    first.fails({ kind: 'network', detail: 'late' });
    expect(player.state).toBe('loading');
    second.plays();
    expect(player.state).toBe('playing');
    expect(states).toEqual(['loading', 'playing']);
    expect(player.enginesCreated).toBe(2);
  });

  it('never creates the engine of a load replaced before its code arrived', async () => {
    const { player } = scriptedPlayer();
    const slow = player.load(LIVE);
    const fast = player.load({ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' });
    await Promise.all([slow, fast]);
    expect(ScriptedEngine.instances).toHaveLength(1);
    expect(ScriptedEngine.latest().request?.url).toMatch(/2\.m3u8$/);
  });

  it('relays duration, tracks, cues and selections', async () => {
    const { player } = scriptedPlayer();
    const cues: (Cue | null)[] = [];
    const durations: number[] = [];
    player.on('cue', (c) => cues.push(c));
    player.on('duration', (d) => durations.push(d));
    await player.load(MOVIE);
    const engine = ScriptedEngine.latest();
    const tracks = {
      audio: [{ id: 'a', label: 'English', active: true }],
      subtitles: [{ id: 's', label: 'Deutsch', active: false }],
    };
    engine.lists(tracks);
    engine.lasts(120);
    engine.shows({ text: 'Hallo', start: 1, end: 2 });
    player.selectAudio('a');
    player.selectSubtitles('s');
    player.selectSubtitles(null);
    expect(player.tracks()).toEqual(tracks);
    expect(player.duration).toBe(120);
    expect(durations).toEqual([120]);
    expect(cues).toEqual([null, { text: 'Hallo', start: 1, end: 2 }, null]);
    expect(engine.calls).toEqual(expect.arrayContaining(['audio a', 'subtitles s', 'subtitles null']));
  });

  it('places the picture: aspect modes and a preview rectangle reach the engine', async () => {
    const { player, document } = scriptedPlayer();
    player.setRect({ x: 1280, y: 80, w: 560, h: 315 });
    player.setAspect('zoom');
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    expect(engine.presented).toEqual({ rect: { x: 1280, y: 80, w: 560, h: 315 }, aspect: 'zoom' });
    player.setRect();
    expect(engine.presented).toEqual({ rect: undefined, aspect: 'zoom' });
    expect(player.aspect).toBe('zoom');
    expect(document.querySelectorAll('video')).toHaveLength(0);
  });

  it('reports stats and buffered figures about once a second', async () => {
    jest.useFakeTimers();
    const { player } = scriptedPlayer();
    const stats: PlaybackStats[] = [];
    const buffered: number[] = [];
    player.on('stats', (s) => stats.push(s));
    player.on('buffered', (b) => buffered.push(b.ahead));
    await player.load(LIVE);
    ScriptedEngine.latest().plays();
    await jest.advanceTimersByTimeAsync(3000);
    expect(stats.length).toBeGreaterThanOrEqual(2);
    expect(stats[0]).toMatchObject({
      engine: 'hlsjs',
      state: 'playing',
      decodedFrames: 100,
      droppedFrames: 1,
      reconnects: 0,
    });
    expect(stats[0].startupMs).toBeGreaterThanOrEqual(0);
    expect(buffered[0]).toBe(4);
  });

  it('stops: the engine goes, the state is idle, and it can load again', async () => {
    const { player } = scriptedPlayer();
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    player.stop();
    expect(engine.destroyed).toBe(true);
    expect(player.state).toBe('idle');
    await player.load(LIVE);
    expect(player.state).toBe('loading');
  });

  it('refuses everything after destroy', async () => {
    const { player } = scriptedPlayer();
    await player.load(LIVE);
    const engine = ScriptedEngine.latest();
    player.destroy();
    expect(engine.destroyed).toBe(true);
    await expect(player.load(LIVE)).rejects.toThrow(/after destroy/);
    expect(() => player.play()).toThrow(/after destroy/);
    expect(() => player.pause()).toThrow(/after destroy/);
    expect(() => player.seek(1)).toThrow(/after destroy/);
    expect(() => player.setAspect('fill')).toThrow(/after destroy/);
    expect(() => player.stop()).not.toThrow();
    expect(() => player.destroy()).not.toThrow();
  });

  it('reports a failed stream as an error state with a PlayerError', async () => {
    const { player } = scriptedPlayer();
    const errors: PlayerError[] = [];
    player.on('error', (e) => errors.push(e));
    await player.load(LIVE);
    ScriptedEngine.latest().fails({ kind: 'http', status: 404, detail: 'manifestLoadError' });
    expect(player.state).toBe('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(PlayerError);
    expect(player.error).toMatchObject({
      code: 'STREAM_NOT_FOUND',
      status: 404,
      engine: 'hlsjs',
      detail: 'manifestLoadError',
    });
  });

  it('plays the next episode when one ends (state ended)', async () => {
    const { player, states } = scriptedPlayer();
    await player.load(MOVIE);
    ScriptedEngine.latest().plays();
    ScriptedEngine.latest().ends();
    expect(states[states.length - 1]).toBe('ended');
    player.play();
    expect(ScriptedEngine.latest().calls).toEqual(expect.arrayContaining(['seek 0', 'play']));
  });

  it('falls back to the next engine when the chosen one cannot be downloaded', async () => {
    const { player } = scriptedPlayer({ engines: scriptedLoaders({ failing: ['hlsjs'] }) });
    await player.load(LIVE);
    await settle();
    expect(ScriptedEngine.latest().name).toBe('shaka');
  });
});

describe('Player in the background', () => {
  it('suspends a VOD engine that can, and restores it on return', async () => {
    const { player, platform } = scriptedPlayer({ suspendable: true });
    await player.load(MOVIE);
    const engine = ScriptedEngine.latest();
    engine.plays();
    platform.setHidden(true);
    platform.setHidden(false);
    expect(engine.calls).toEqual(expect.arrayContaining(['suspend', 'restore']));
    expect(engine.destroyed).toBe(false);
  });

  it('stops a live stream when hidden and re-tunes it at the live edge when shown', async () => {
    const { player, platform, states } = scriptedPlayer({ suspendable: true });
    await player.load(LIVE);
    const first = ScriptedEngine.latest();
    first.plays();
    first.moves(30);
    platform.setHidden(true);
    expect(first.destroyed).toBe(true);
    expect(player.state).toBe('idle');
    platform.setHidden(false);
    await settle();
    const second = ScriptedEngine.latest();
    expect(second).not.toBe(first);
    expect(second.request).toMatchObject({ url: LIVE.url, startAt: undefined });
    expect(states).toEqual(['loading', 'playing', 'idle', 'loading']);
  });

  it('resumes VOD where it was when the engine cannot suspend', async () => {
    const { player, platform } = scriptedPlayer();
    await player.load(MOVIE);
    const first = ScriptedEngine.latest();
    first.plays();
    first.moves(75);
    platform.setHidden(true);
    platform.setHidden(false);
    await settle();
    expect(ScriptedEngine.latest().request?.startAt).toBe(75);
  });
});

describe('Player prefetching', () => {
  it('starts a channel change with the neighbour’s playlist fetched ahead, through its session URL', async () => {
    const { startProvider } = await import('../../provider/server');
    const provider = await startProvider({ port: 0, quiet: true });
    try {
      const { player } = scriptedPlayer();
      const next = { url: `${provider.url}/live/unlimited/unlimited/2.m3u8`, kind: 'live' as const };
      await player.load({ url: `${provider.url}/live/unlimited/unlimited/1.m3u8`, kind: 'live' });
      ScriptedEngine.latest().plays();
      await player.prefetch([next], 1);
      await player.load(next);
      const request = ScriptedEngine.latest().request;
      expect(request?.url).toBe(next.url);
      expect(request?.preloaded?.url).toMatch(/\/hls\/unlimited\/unlimited\/2\/[0-9a-f]+\/index\.m3u8$/);
      expect(request?.preloaded?.text.startsWith('#EXTM3U')).toBe(true);
      // Only the first start uses it: a reconnect asks the panel again.
      ScriptedEngine.latest().fails({ kind: 'network', detail: 'x' });
      await new Promise((r) => setTimeout(r, 600));
      expect(ScriptedEngine.latest().request?.preloaded).toBeUndefined();
    } finally {
      await provider.close();
    }
  });

  it('does not prefetch without a connection to spare, nor streams hls.js would not play', async () => {
    const { player } = scriptedPlayer();
    await player.prefetch([{ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' }], 0);
    await player.prefetch([{ url: 'http://p.test/live/u/p/2.ts', kind: 'live' }], 2);
    await player.load({ url: 'http://p.test/live/u/p/2.m3u8', kind: 'live' });
    expect(ScriptedEngine.latest().request?.preloaded).toBeUndefined();
  });
});
