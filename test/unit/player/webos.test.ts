/** LG webOS native playback: the engine's own behaviour on top of the player contract (tv-contract.test.ts). */
import { webosSourceType } from '../../../src/player/engines/webos';
import { mediaOptionStart, type FakeWebOsVideo } from '../../fakes/webos';
import { advanceUntil, makeTv, URLS, type TvWorld } from './tvWorld';

let world: TvWorld | undefined;

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  if (world) world.player.destroy();
  world = undefined;
  jest.clearAllTimers();
  jest.useRealTimers();
});

function tv(): TvWorld {
  world = makeTv('webos');
  return world;
}

const video = (w: TvWorld) => w.document.querySelectorAll('video')[0] as FakeWebOsVideo;
const playing = (w: TvWorld) =>
  advanceUntil(
    () => w.player.state,
    (s) => s === 'playing',
    'playing',
    20000,
  );

describe('webOS engine', () => {
  it('writes the start position into LG’s mediaOption instead of seeking after load', () => {
    const type = webosSourceType('mp4', 95.5);
    expect(type.startsWith('video/mp4;mediaOption=')).toBe(true);
    expect(mediaOptionStart(type)).toBe(95500);
    expect(webosSourceType('hls', undefined)).toBe('application/x-mpegURL');
  });

  it('starts a movie at its resume position through mediaOption', async () => {
    const w = tv();
    await w.player.load({ url: URLS.movie, kind: 'movie', startAt: 120 });
    await playing(w);
    expect(video(w).mediaOptionStartMs).toBe(120000);
    expect(w.player.position).toBeGreaterThanOrEqual(120);
  });

  it('switches audio through Luna once the pipeline’s mediaId is known', async () => {
    const w = tv();
    await w.player.load({ url: URLS.multiTrack, kind: 'movie' });
    // Chosen before LG has assigned the media id: the Luna call waits for it.
    await jest.advanceTimersByTimeAsync(120);
    expect(video(w).mediaId).toBeUndefined();
    w.player.selectAudio('1');
    await playing(w);
    await jest.advanceTimersByTimeAsync(1000);
    const call = w.luna!.calls.find((c) => c.method === 'selectTrack');
    expect(call).toMatchObject({
      uri: 'luna://com.webos.media',
      parameters: { type: 'audio', index: 1, mediaId: video(w).mediaId },
    });
    expect(video(w).audioTracks.map((t) => t.enabled)).toEqual([false, true]);
  });

  it('explains a refused source, which the element itself cannot tell from a bad format', async () => {
    const w = tv();
    await w.player.load({ url: URLS.forbidden, kind: 'live' });
    await advanceUntil(
      () => w.player.state,
      (s) => s === 'error',
      'the error',
      20000,
    );
    expect(w.player.error).toMatchObject({ code: 'STREAM_FORBIDDEN', status: 403 });
  });

  it('says a stream the TV cannot decode is unsupported', async () => {
    const w = tv();
    await w.player.load({ url: URLS.unsupported, kind: 'movie' });
    await advanceUntil(
      () => w.player.state,
      (s) => s === 'error',
      'the error',
      20000,
    );
    expect(w.player.error?.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('releases the decoder in the background and re-tunes live on return', async () => {
    const w = tv();
    await w.player.load({ url: URLS.liveTs, kind: 'live' });
    await playing(w);
    w.document.setHidden(true);
    expect(video(w).busy).toBe(false);
    expect(w.network.connections()).toBe(0);
    w.document.setHidden(false);
    await playing(w);
    expect(w.network.connections()).toBe(1);
  });
});
