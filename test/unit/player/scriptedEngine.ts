/**
 * A scripted engine for testing the Player facade on its own: it records what the player asks and lets a test say
 * what the stream does (plays, moves, fails). The real engines are tested in Chromium and on the TV fakes.
 */
import type { PlatformMedia } from '../../../src/platform';
import {
  Player,
  type AspectMode,
  type BufferedSpan,
  type Cue,
  type Engine,
  type EngineContext,
  type EngineFailure,
  type EngineLoader,
  type EngineName,
  type PlayerOptions,
  type Rect,
  type StartRequest,
  type TrackList,
} from '../../../src/player';
import { FakeDocument } from '../../fakes/dom';

export class ScriptedEngine implements Engine {
  static instances: ScriptedEngine[] = [];
  request: StartRequest | undefined;
  destroyed = false;
  readonly calls: string[] = [];
  positionValue = 0;
  durationValue = 0;
  trackList: TrackList = { audio: [], subtitles: [] };
  canRecover = true;
  presented: { rect: Rect | undefined; aspect: AspectMode } | undefined;
  suspend?: () => void;
  restore?: () => void;

  constructor(
    readonly name: EngineName,
    readonly context: EngineContext,
    options: { suspendable?: boolean } = {},
  ) {
    ScriptedEngine.instances.push(this);
    if (options.suspendable) {
      this.suspend = () => this.calls.push('suspend');
      this.restore = () => this.calls.push('restore');
    }
  }

  /** The newest engine instance. */
  static latest(): ScriptedEngine {
    return ScriptedEngine.instances[ScriptedEngine.instances.length - 1];
  }

  start(request: StartRequest): void {
    this.request = request;
    this.calls.push('start');
  }
  play(): void {
    this.calls.push('play');
  }
  pause(): void {
    this.calls.push('pause');
  }
  seek(seconds: number): void {
    this.calls.push(`seek ${seconds}`);
    this.positionValue = seconds;
  }
  position(): number {
    return this.positionValue;
  }
  duration(): number {
    return this.durationValue;
  }
  buffered(): BufferedSpan {
    return { ahead: 4, behind: 2 };
  }
  frames() {
    return { decoded: 100, dropped: 1 };
  }
  tracks(): TrackList {
    return this.trackList;
  }
  selectAudio(id: string): void {
    this.calls.push(`audio ${id}`);
  }
  selectSubtitles(id: string | null): void {
    this.calls.push(`subtitles ${id}`);
  }
  recoverMedia(): boolean {
    this.calls.push('recover');
    return this.canRecover;
  }
  present(rect: Rect | undefined, aspect: AspectMode): void {
    this.presented = { rect, aspect };
  }
  destroy(): void {
    this.destroyed = true;
    this.calls.push('destroy');
  }

  // What the stream does:
  plays(): void {
    this.context.sink.playing();
  }
  moves(to: number): void {
    this.positionValue = to;
    this.context.sink.progress(to);
  }
  fails(failure: EngineFailure): void {
    this.context.sink.failure(failure);
  }
  /** A problem the engine works around itself (non-fatal). */
  struggles(failure: EngineFailure): void {
    if (this.context.sink.trouble) this.context.sink.trouble(failure);
  }
  shows(cue: Cue | null): void {
    this.context.sink.cue(cue);
  }
  lists(tracks: TrackList): void {
    this.trackList = tracks;
    this.context.sink.tracks(tracks);
  }
  lasts(seconds: number): void {
    this.durationValue = seconds;
    this.context.sink.duration(seconds);
  }
  ends(): void {
    this.context.sink.ended();
  }
}

/** Loaders that make scripted engines; `slow` engines load only when the test resolves them. */
export function scriptedLoaders(
  options: { suspendable?: boolean; failing?: EngineName[] } = {},
): Record<EngineName, EngineLoader> {
  const make =
    (name: EngineName): EngineLoader =>
    () =>
      options.failing && options.failing.indexOf(name) !== -1
        ? Promise.reject(new Error(`chunk for ${name} failed to load`))
        : Promise.resolve((context: EngineContext) => new ScriptedEngine(name, context, options));
  return {
    avplay: make('avplay'),
    webos: make('webos'),
    hlsjs: make('hlsjs'),
    shaka: make('shaka'),
    mpegts: make('mpegts'),
    native: make('native'),
  };
}

/** A platform stub whose visibility the test switches. */
export class StubPlatform {
  private listeners: ((hidden: boolean) => void)[] = [];
  constructor(private readonly mediaInfo: PlatformMedia) {}
  media = (): PlatformMedia => this.mediaInfo;
  onVisibilityChange = (listener: (hidden: boolean) => void): (() => void) => {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  };
  setHidden(hidden: boolean): void {
    this.listeners.forEach((l) => l(hidden));
  }
}

export const BROWSER_MEDIA: PlatformMedia = {
  engines: ['hlsjs', 'shaka', 'mpegts', 'native'],
  mse: true,
  nativeHls: true,
};

const made: Player[] = [];

/** Destroys every player the tests made (their watchdog and stats timers would keep jest alive). */
export function destroyPlayers(): void {
  made.splice(0).forEach((player) => player.destroy());
}

/** A Player on scripted engines in a fake document, with the states it went through. */
export function scriptedPlayer(
  options: Partial<PlayerOptions> & { media?: PlatformMedia; suspendable?: boolean } = {},
) {
  ScriptedEngine.instances = [];
  const document = new FakeDocument();
  const platform = new StubPlatform(options.media ?? BROWSER_MEDIA);
  const player = new Player({
    document: document as unknown as PlayerOptions['document'],
    platform,
    engines: scriptedLoaders({ suspendable: options.suspendable }),
    probeStatus: false,
    lineCheck: false,
    ...options,
  });
  made.push(player);
  const states: string[] = [];
  player.on('state', (state, reconnect) =>
    states.push(reconnect ? `${state} ${reconnect.attempt}/${reconnect.max}` : state),
  );
  return { player, platform, document, states };
}

/** Lets promise callbacks run (engine loaders resolve in a microtask). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
