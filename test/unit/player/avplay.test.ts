/**
 * Tizen AVPlay: the fake keeps the documented rules (so the engine cannot get away with breaking them), and the
 * engine's own behaviour on top of the player contract (tv-contract.test.ts).
 */
import { FakeAvPlay } from '../../fakes/avplay';
import { FakeMediaNetwork } from '../../fakes/mediaNetwork';
import { advanceUntil, makeTv, URLS, type TvWorld } from './tvWorld';

let world: TvWorld | undefined;

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  if (world) world.player.destroy();
  world = undefined;
  jest.clearAllTimers();
  jest.useRealTimers();
});

function tv(options: Parameters<typeof makeTv>[1] = {}): TvWorld & { avplay: FakeAvPlay } {
  world = makeTv('tizen', options);
  return world as TvWorld & { avplay: FakeAvPlay };
}

const playing = (w: TvWorld) =>
  advanceUntil(
    () => w.player.state,
    (s) => s === 'playing',
    'playing',
    20000,
  );

describe('the AVPlay fake keeps the documented rules', () => {
  const network = new FakeMediaNetwork()
    .add(URLS.liveTs, { kind: 'live' })
    .add(URLS.movie, { kind: 'vod', durationMs: 60000, audio: ['en', 'de'] });

  it('throws INVALID_STATE for play() before prepare', () => {
    const avplay = new FakeAvPlay(network);
    avplay.open(URLS.movie);
    expect(() => avplay.play()).toThrow(
      expect.objectContaining({
        name: 'InvalidStateError',
        message: expect.stringContaining('PLAYER_ERROR_INVALID_STATE'),
      }),
    );
  });

  it('goes NONE → IDLE → READY → PLAYING → PAUSED → IDLE → NONE', async () => {
    const avplay = new FakeAvPlay(network);
    const seen = [avplay.getState()];
    avplay.open(URLS.movie);
    seen.push(avplay.getState());
    avplay.prepareAsync(() => seen.push(avplay.getState()));
    await jest.advanceTimersByTimeAsync(1000);
    avplay.play();
    seen.push(avplay.getState());
    avplay.pause();
    seen.push(avplay.getState());
    avplay.stop();
    seen.push(avplay.getState());
    avplay.close();
    seen.push(avplay.getState());
    expect(seen).toEqual(['NONE', 'IDLE', 'READY', 'PLAYING', 'PAUSED', 'IDLE', 'NONE']);
  });

  it('allows setDisplayRect only in IDLE, READY, PLAYING and PAUSED, and refuses a second open()', () => {
    const avplay = new FakeAvPlay(network);
    expect(() => avplay.setDisplayRect(0, 0, 1920, 1080)).toThrow(/INVALID_STATE/);
    avplay.open(URLS.movie);
    avplay.setDisplayRect(0, 0, 1920, 1080);
    expect(() => avplay.open(URLS.movie)).toThrow(/INVALID_STATE/);
    expect(() => avplay.setListener({})).not.toThrow();
  });

  it('reports the current streams as an array, live duration as 0, and refuses to seek live', async () => {
    const avplay = new FakeAvPlay(network);
    avplay.open(URLS.liveTs);
    avplay.prepare();
    avplay.play();
    expect(Array.isArray(avplay.getCurrentStreamInfo())).toBe(true);
    expect(avplay.getDuration()).toBe(0);
    const failed: unknown[] = [];
    avplay.seekTo(1000, undefined, (e) => failed.push(e));
    await jest.advanceTimersByTimeAsync(10);
    expect(failed).toEqual([{ name: 'PLAYER_ERROR_SEEK_FAILED' }]);
    expect(() => avplay.pause()).toThrow(/INVALID_OPERATION/);
  });

  it('calls the listener: buffering, play time, stream end', async () => {
    const avplay = new FakeAvPlay(new FakeMediaNetwork().add(URLS.movie, { kind: 'vod', durationMs: 2000 }));
    const events: string[] = [];
    avplay.open(URLS.movie);
    avplay.setListener({
      onbufferingstart: () => events.push('start'),
      onbufferingcomplete: () => events.push('complete'),
      oncurrentplaytime: (ms) => events.push(`t${ms}`),
      onstreamcompleted: () => events.push('end'),
    });
    avplay.prepareAsync(() => avplay.play());
    await jest.advanceTimersByTimeAsync(3000);
    expect(events).toEqual(['start', 'complete', 't500', 't1000', 't1500', 'end']);
  });

  it('refuses an audio change while paused on Tizen 3', async () => {
    const avplay = new FakeAvPlay(network, { tizenVersion: 3 });
    avplay.open(URLS.movie);
    avplay.prepare();
    avplay.play();
    avplay.pause();
    expect(() => avplay.setSelectTrack('AUDIO', 2)).toThrow(/INVALID_STATE/);
    avplay.play();
    expect(() => avplay.setSelectTrack('AUDIO', 2)).not.toThrow();
  });
});

describe('AVPlay engine', () => {
  it('opens, configures and prepares in the documented order, with the picture in 1920×1080 space', async () => {
    const w = tv();
    w.player.setRect({ x: 1280, y: 80, w: 560, h: 315 });
    await w.player.load({ url: URLS.movie, kind: 'movie', headers: { userAgent: 'IPTVSmarters/1.0' }, startAt: 30 });
    await playing(w);
    const calls = w.avplay.calls.filter((c) => c !== 'getState');
    expect(calls.slice(0, 9)).toEqual([
      'open',
      'setListener',
      'setDisplayRect',
      'setDisplayMethod',
      'setStreamingProperty',
      'setTimeoutForBuffering',
      'setBufferingParam',
      'setBufferingParam',
      'seekTo',
    ]);
    expect(calls).toContain('prepareAsync');
    expect(w.avplay.streamingProperties.get('USER_AGENT')).toBe('IPTVSmarters/1.0');
    expect(w.avplay.displayRect).toEqual([1280, 80, 560, 315]);
    expect(w.player.position).toBeGreaterThanOrEqual(30);
    w.player.setAspect('4:3');
    expect(w.avplay.displayRect).toEqual([1350, 80, 420, 315]);
    expect(w.avplay.displayMethod).toBe('PLAYER_DISPLAY_MODE_FULL_SCREEN');
    w.player.setAspect('fit');
    expect(w.avplay.displayMethod).toBe('PLAYER_DISPLAY_MODE_LETTER_BOX');
    expect(w.document.querySelectorAll('object')).toHaveLength(1);
    expect(w.document.querySelectorAll('video')).toHaveLength(0);
  });

  it('gives up on a server that never answers long before AVPlay’s own 30 s', async () => {
    const w = tv({ player: { policy: { maxReconnects: 0 } } });
    await w.player.load({ url: URLS.hanging, kind: 'live' });
    await advanceUntil(
      () => w.player.state,
      (s) => s === 'error',
      'the error',
      20000,
    );
    expect(w.player.error?.code).toBe('TIMEOUT');
    expect(w.avplay.holdsResources).toBe(false);
  });

  it('explains a refused stream even when the TV does not report the HTTP status', async () => {
    const w = tv({ avplay: { reportsHttpStatus: false } });
    await w.player.load({ url: URLS.forbidden, kind: 'live' });
    await advanceUntil(
      () => w.player.state,
      (s) => s === 'error',
      'the error',
      60000,
    );
    expect(w.player.error).toMatchObject({ code: 'STREAM_FORBIDDEN', status: 403 });
  });

  it('says a format the TV cannot decode is unsupported', async () => {
    const w = tv();
    await w.player.load({ url: URLS.unsupported, kind: 'movie' });
    await advanceUntil(
      () => w.player.state,
      (s) => s === 'error',
      'the error',
      60000,
    );
    expect(w.player.error?.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('stops a live MPEG-TS on pause (it cannot pause) and reopens it at the live edge on play', async () => {
    const w = tv();
    await w.player.load({ url: URLS.liveTs, kind: 'live' });
    await playing(w);
    w.player.pause();
    expect(w.avplay.calls).toContain('stop');
    expect(w.player.state).toBe('paused');
    w.player.play();
    await playing(w);
    expect(w.avplay.calls.filter((c) => c === 'open')).toHaveLength(2);
  });

  it('waits for play to switch audio on Tizen 3, which refuses it while paused', async () => {
    const w = tv({ avplay: { tizenVersion: 3 } });
    await w.player.load({ url: URLS.multiTrack, kind: 'movie' });
    await playing(w);
    w.player.pause();
    w.player.selectAudio(w.player.tracks().audio[1].id);
    expect(w.player.tracks().audio[0].active).toBe(true);
    w.player.play();
    await advanceUntil(
      () => w.player.tracks().audio[1].active,
      (a) => a,
      'the German track',
      5000,
    );
  });

  it('draws AVPlay’s subtitles itself and clears each after its duration', async () => {
    const w = tv();
    const cues: (string | null)[] = [];
    w.player.on('cue', (cue) => cues.push(cue ? cue.text : null));
    await w.player.load({ url: URLS.multiTrack, kind: 'movie' });
    await playing(w);
    w.player.selectSubtitles(w.player.tracks().subtitles[0].id);
    await jest.advanceTimersByTimeAsync(2100);
    expect(cues[cues.length - 1]).toMatch(/^Line \d+ \(en\)$/);
    await jest.advanceTimersByTimeAsync(1800);
    expect(cues[cues.length - 1]).toBeNull();
  });

  it('suspends VOD in the background and restores it; re-tunes live instead', async () => {
    const w = tv();
    await w.player.load({ url: URLS.movie, kind: 'movie' });
    await playing(w);
    w.document.setHidden(true);
    expect(w.avplay.suspended).toBe(true);
    await jest.advanceTimersByTimeAsync(60000);
    w.document.setHidden(false);
    expect(w.avplay.calls).toContain('restore');
    expect(w.player.state).toBe('playing');

    await w.player.load({ url: URLS.liveTs, kind: 'live' });
    await playing(w);
    w.document.setHidden(true);
    expect(w.avplay.getState()).toBe('NONE');
    w.document.setHidden(false);
    await playing(w);
  });
});
