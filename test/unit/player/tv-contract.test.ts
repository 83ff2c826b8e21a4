/**
 * The player contract on the TV engines, against faithful fakes of Samsung's AVPlay and LG's webOS media pipeline
 * (no TV is attached here). The same behaviours run in Chromium for the web engines (player-contract.e2e.ts).
 */
import type { Cue, PlaybackState } from '../../../src/player';
import {
  playerContract,
  type ContractDriver,
  type ContractSnapshot,
  type ContractStream,
} from './contract/playerContract';
import { advanceUntil, makeTv, URLS, type TvWorld } from './tvWorld';

const STREAMS: Record<ContractStream, { url: string; kind: 'live' | 'movie' }> = {
  live: { url: URLS.liveTs, kind: 'live' },
  vod: { url: URLS.movie, kind: 'movie' },
  missing: { url: URLS.missing, kind: 'live' },
  multitrack: { url: URLS.multiTrack, kind: 'movie' },
};

function fakeTvDriver(engine: string): ContractDriver {
  let world: TvWorld;
  let states: string[] = [];
  let cues: string[] = [];
  const snapshot = (): ContractSnapshot => {
    const player = world.player;
    const stats = player.stats();
    return {
      state: player.state,
      states: states.slice(),
      position: player.position,
      duration: player.duration,
      engine: stats.engine,
      errorCode: player.error ? player.error.code : undefined,
      tracks: player.tracks(),
      cues: cues.slice(),
    };
  };
  return {
    abilities: { renditions: true, cues: true },
    async setUp() {
      jest.useFakeTimers();
      world = makeTv(engine === 'avplay' ? 'tizen' : 'webos');
      states = [];
      cues = [];
      world.player.on('state', (state: PlaybackState, reconnect) =>
        states.push(reconnect ? `${state} ${reconnect.attempt}/${reconnect.max}` : state),
      );
      world.player.on('cue', (cue: Cue | null) => cues.push(cue ? cue.text : ''));
    },
    async tearDown() {
      world.player.destroy();
      jest.clearAllTimers();
      jest.useRealTimers();
    },
    load: (stream) => world.player.load(STREAMS[stream]),
    snapshot: () => Promise.resolve(snapshot()),
    waitFor: (what, accept, timeoutMs) => advanceUntil(snapshot, accept, what, timeoutMs),
    elapse: (ms) => jest.advanceTimersByTimeAsync(ms),
    play: async () => world.player.play(),
    pause: async () => world.player.pause(),
    seek: async (seconds) => world.player.seek(seconds),
    selectAudio: async (id) => world.player.selectAudio(id),
    selectSubtitles: async (id) => world.player.selectSubtitles(id),
    dropConnection: async () => world.network.drop(URLS.liveTs, 6000),
    async destroy() {
      world.player.destroy();
      await jest.advanceTimersByTimeAsync(1000);
      const loadRefused = await world.player.load(STREAMS.live).then(
        () => false,
        () => true,
      );
      let playRefused = false;
      try {
        world.player.play();
      } catch {
        playRefused = true;
      }
      return { mediaElements: world.mediaElements(), heldResources: world.heldResources(), loadRefused, playRefused };
    },
  };
}

playerContract(['avplay', 'webos'], fakeTvDriver, { start: 30000, reconnect: 60000 });
