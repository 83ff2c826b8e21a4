/**
 * The player contract in Chromium against the provider, for every web engine: hls.js and shaka-player on HLS,
 * mpegts.js on raw MPEG-TS, the plain <video> on MP4 and (Chromium's own) HLS. The same behaviours run on the TV
 * engines' fakes in test/unit/player/tv-contract.test.ts.
 */
import type { PlaybackSource } from '../../src/player';
import { playerContract, type ContractDriver, type ContractStream } from '../unit/player/contract/playerContract';
import { ARCHIVE_CHANNEL, MOVIE_ID, startPlayerLab, type PlayerLab } from './harness/lab';

let lab: PlayerLab;

beforeAll(async () => {
  lab = await startPlayerLab();
});

afterAll(async () => {
  if (lab) await lab.close();
});

function source(engine: string, stream: ContractStream): PlaybackSource {
  const urls = lab.urls();
  const format = engine === 'mpegts' ? 'ts' : 'm3u8';
  switch (stream) {
    case 'live':
      return { url: urls.live('1', format), kind: 'live' };
    case 'missing':
      return { url: urls.live('999999', format), kind: 'live' };
    case 'vod':
      return engine === 'native'
        ? { url: urls.movie(MOVIE_ID), kind: 'movie' }
        : { url: urls.catchup(ARCHIVE_CHANNEL, format), kind: 'catchup' };
    default:
      if (engine === 'hlsjs' || engine === 'shaka') {
        return { url: lab.server.multiTrackUrl(urls.catchup(ARCHIVE_CHANNEL, 'm3u8'), 60), kind: 'catchup' };
      }
      return engine === 'native'
        ? { url: urls.movie(MOVIE_ID), kind: 'movie' }
        : { url: urls.catchup(ARCHIVE_CHANNEL, 'ts'), kind: 'catchup' };
  }
}

function browserDriver(engine: string): ContractDriver {
  const snapshot = async () => {
    const s = await lab.snapshot();
    return { ...s, errorCode: s.error ? s.error.code : undefined };
  };
  return {
    // Only hls.js and shaka read HLS renditions and deliver the cues of the selected subtitle track.
    abilities: { renditions: engine === 'hlsjs' || engine === 'shaka', cues: engine === 'hlsjs' || engine === 'shaka' },
    async setUp() {
      lab.proxy.reset();
      await lab.open({
        only: engine as never,
        policy: { liveStallTimeoutMs: 4000, reconnectBaseDelayMs: 300, maxReconnects: 8 },
      });
    },
    async tearDown() {
      lab.proxy.reset();
      await lab.call((h) => h.stop(), null).catch(() => undefined);
    },
    load: (stream) => lab.load(source(engine, stream)),
    snapshot,
    waitFor: async (what, accept, timeoutMs) => {
      const s = await lab.waitFor(
        what,
        (x) => accept({ ...x, errorCode: x.error ? x.error.code : undefined }),
        timeoutMs,
      );
      return { ...s, errorCode: s.error ? s.error.code : undefined };
    },
    elapse: (ms) => lab.page.waitForTimeout(ms),
    play: () => lab.call((h) => h.play(), null),
    pause: () => lab.call((h) => h.pause(), null),
    seek: (seconds) => lab.call((h, s) => h.seek(s), seconds),
    selectAudio: (id) => lab.call((h, i) => h.selectAudio(i), id),
    selectSubtitles: (id) => lab.call((h, i) => h.selectSubtitles(i), id),
    // Longer than any engine's own buffer and retries, so the player's reconnect is what brings the picture back.
    dropConnection: async () => lab.proxy.dropConnections(12000),
    async destroy() {
      const page = await lab.call((h) => {
        h.destroy();
        let playRefused = false;
        try {
          h.play();
        } catch {
          playRefused = true;
        }
        return h.load({ url: 'http://127.0.0.1:9/none.m3u8', kind: 'live' }).then(
          () => ({ loadRefused: false, playRefused }),
          () => ({ loadRefused: true, playRefused }),
        );
      }, null);
      // Requests the page still has open (a live TS body, a segment) must end. mpegts.js in Chromium cancels a body
      // it is reading at its next chunk, which a live TS sends once per segment: allow a few seconds.
      for (let waited = 0; waited < 5000 && lab.proxy.activeRequests() > 0; waited += 250) {
        await lab.page.waitForTimeout(250);
      }
      const mediaElements = await lab.page.evaluate(() => document.querySelectorAll('video, object').length);
      return { mediaElements, heldResources: lab.proxy.activeRequests(), ...page };
    },
  };
}

playerContract(['hlsjs', 'shaka', 'mpegts', 'native'], browserDriver, { start: 30000, reconnect: 60000 });
