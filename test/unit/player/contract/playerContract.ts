/**
 * The player contract: one suite of behaviours every engine must pass, whatever plays underneath. It runs in
 * Chromium against the provider (test/e2e/player-contract.e2e.ts: hls.js, shaka, mpegts.js, native) and in jest
 * against the TV fakes (test/unit/player/tv-contract.test.ts: AVPlay, webOS), each through a driver that knows how
 * to load the streams and break the connection in its world.
 */

/** The streams a contract test asks a driver for. */
export type ContractStream = 'live' | 'vod' | 'missing' | 'multitrack';

/** What a driver reports about the player at a moment. */
export interface ContractSnapshot {
  state: string;
  /** Every state the player went through since it was created ("reconnecting 1/5" with its attempt). */
  states: string[];
  position: number;
  duration: number;
  engine?: string;
  errorCode?: string;
  tracks: { audio: { id: string; active: boolean }[]; subtitles: { id: string; active: boolean }[] };
  /** Every subtitle shown so far ('' when cleared). */
  cues: string[];
}

/** What is left after `destroy()`. */
export interface Leftovers {
  /** Media or AVPlay elements still in the page. */
  mediaElements: number;
  /** Connections or native player instances still held. */
  heldResources: number;
  /** Whether `load()` after destroy was refused. */
  loadRefused: boolean;
  /** Whether `play()` after destroy threw. */
  playRefused: boolean;
}

/** One engine's world: how to make a player, load the contract streams and break things. */
export interface ContractDriver {
  /** What the engine can do beyond the basics. */
  readonly abilities: {
    /** Lists several audio and subtitle renditions of the multi-track stream and switches between them. */
    renditions: boolean;
    /** Delivers subtitle cues of the selected track. */
    cues: boolean;
  };
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  load(stream: ContractStream): Promise<void>;
  snapshot(): Promise<ContractSnapshot>;
  /** Waits (in this driver's time) until `accept` likes a snapshot; fails naming `what`. */
  waitFor(what: string, accept: (s: ContractSnapshot) => boolean, timeoutMs: number): Promise<ContractSnapshot>;
  /** Lets `ms` pass in this driver's time. */
  elapse(ms: number): Promise<void>;
  play(): Promise<void>;
  pause(): Promise<void>;
  seek(seconds: number): Promise<boolean>;
  selectAudio(id: string): Promise<void>;
  selectSubtitles(id: string | null): Promise<void>;
  /** The provider drops the stream's connection and refuses it for a few seconds. */
  dropConnection(): Promise<void>;
  destroy(): Promise<Leftovers>;
}

/** How long a driver may take for each step (drivers on fake clocks can use the same figures). */
export interface ContractTimeouts {
  start: number;
  reconnect: number;
}

const DEFAULT_TIMEOUTS: ContractTimeouts = { start: 30000, reconnect: 60000 };

/** Defines the contract for `engines`, one `describe` each, with a fresh driver per test. */
export function playerContract(
  engines: readonly string[],
  makeDriver: (engine: string) => ContractDriver,
  timeouts: ContractTimeouts = DEFAULT_TIMEOUTS,
): void {
  describe.each(engines.map((e) => [e]))('%s engine', (engine) => {
    let driver: ContractDriver;

    beforeEach(async () => {
      driver = makeDriver(engine);
      await driver.setUp();
    });

    afterEach(async () => {
      await driver.tearDown();
    });

    const advanced = (from: number, by: number) => (s: ContractSnapshot) =>
      s.state === 'playing' && s.position >= from + by;

    it('goes from load to playing, with the picture moving', async () => {
      await driver.load('live');
      const playing = await driver.waitFor('playing', (s) => s.state === 'playing', timeouts.start);
      expect(playing.states[0]).toBe('loading');
      expect(playing.engine).toBe(engine);
      expect(playing.duration).toBe(0);
      await driver.waitFor('the playhead to advance', advanced(playing.position, 1), timeouts.start);
    });

    it('pauses and resumes', async () => {
      await driver.load('vod');
      await driver.waitFor('playing', (s) => s.state === 'playing' && s.position > 0.5, timeouts.start);
      await driver.pause();
      const paused = await driver.waitFor('paused', (s) => s.state === 'paused', timeouts.start);
      await driver.elapse(1500);
      const still = await driver.snapshot();
      expect(still.state).toBe('paused');
      expect(Math.abs(still.position - paused.position)).toBeLessThan(0.6);
      await driver.play();
      await driver.waitFor('playing again', advanced(still.position, 0.5), timeouts.start);
    });

    it('seeks on VOD and refuses to seek on live', async () => {
      await driver.load('vod');
      const playing = await driver.waitFor('playing', (s) => s.state === 'playing' && s.duration > 0, timeouts.start);
      const target = Math.min(20, Math.floor(playing.duration / 2));
      expect(await driver.seek(target)).toBe(true);
      const after = await driver.waitFor(
        'the new position',
        (s) => s.state === 'playing' && s.position >= target,
        timeouts.start,
      );
      expect(after.position).toBeLessThan(target + 5);
      await driver.load('live');
      await driver.waitFor('live playing', (s) => s.state === 'playing', timeouts.start);
      expect(await driver.seek(5)).toBe(false);
    });

    it('lists the audio and subtitle tracks and switches them', async () => {
      await driver.load('multitrack');
      const playing = await driver.waitFor(
        'tracks',
        (s) => s.state === 'playing' && s.tracks.audio.length > 0,
        timeouts.start,
      );
      expect(playing.tracks.audio.filter((t) => t.active)).toHaveLength(1);
      if (!driver.abilities.renditions) return;
      const listed = await driver.waitFor(
        'two audio and two subtitle tracks',
        (s) => s.tracks.audio.length === 2 && s.tracks.subtitles.length === 2,
        timeouts.start,
      );
      const second = listed.tracks.audio[1].id;
      await driver.selectAudio(second);
      await driver.waitFor(
        'the second audio track active',
        (s) => s.tracks.audio.some((t) => t.id === second && t.active),
        timeouts.start,
      );
      const subtitle = listed.tracks.subtitles[1].id;
      await driver.selectSubtitles(subtitle);
      await driver.waitFor(
        'the subtitle track active',
        (s) => s.tracks.subtitles.some((t) => t.id === subtitle && t.active),
        timeouts.start,
      );
      if (driver.abilities.cues) {
        await driver.waitFor('a subtitle cue', (s) => s.cues.some((c) => c !== ''), timeouts.start);
      }
      await driver.selectSubtitles(null);
      await driver.waitFor('subtitles off', (s) => s.tracks.subtitles.every((t) => !t.active), timeouts.start);
    });

    it('fails a missing channel with STREAM_NOT_FOUND', async () => {
      await driver.load('missing');
      const failed = await driver.waitFor('an error', (s) => s.state === 'error', timeouts.reconnect);
      expect(failed.errorCode).toBe('STREAM_NOT_FOUND');
    });

    it('reconnects after the provider drops the connection', async () => {
      await driver.load('live');
      const playing = await driver.waitFor('playing', (s) => s.state === 'playing' && s.position > 0.5, timeouts.start);
      await driver.dropConnection();
      await driver.waitFor(
        'a reconnect',
        (s) => s.states.some((state) => state.startsWith('reconnecting')),
        timeouts.reconnect,
      );
      const back = await driver.waitFor(
        'playing after the reconnect',
        (s) =>
          s.state === 'playing' &&
          s.states.lastIndexOf('playing') > s.states.findIndex((x) => x.startsWith('reconnecting')),
        timeouts.reconnect,
      );
      await driver.waitFor('the playhead moving again', advanced(back.position, 1), timeouts.start);
      expect(back.states.filter((s) => s === 'error')).toEqual([]);
      expect(playing.engine).toBe(engine);
    });

    it('releases everything on destroy, and nothing works afterwards', async () => {
      await driver.load('live');
      await driver.waitFor('playing', (s) => s.state === 'playing', timeouts.start);
      const left = await driver.destroy();
      expect(left).toEqual({ mediaElements: 0, heldResources: 0, loadRefused: true, playRefused: true });
    });
  });
}
