/**
 * A faithful fake of Samsung's `webapis.avplay`, written from the documented state rules and names (research:
 * tv-platforms.md §1). Each rule names its section. It plays streams from a {@link FakeMediaNetwork} on a clock
 * driven by timers (jest's fake timers in tests), so engines and the player can be tested without a TV.
 *
 * Rules enforced:
 * - §1.3 states NONE → open() → IDLE → prepare()/prepareAsync() → READY → play() → PLAYING ⇄ PAUSED; stop() → IDLE;
 *   close() → NONE from anywhere. A call in a state that does not allow it throws a WebAPIException named
 *   `InvalidStateError` (§1.4) whose message carries AVPlay's `PLAYER_ERROR_INVALID_STATE`; e.g. play() before prepare.
 * - §1.3 per-method states: setListener, setStreamingProperty, setTimeoutForBuffering, setBufferingParam, prepare:
 *   IDLE · setDisplayRect/setDisplayMethod: IDLE/READY/PLAYING/PAUSED · play: READY/PAUSED · pause: PLAYING ·
 *   seekTo: IDLE/PLAYING/PAUSED · stop: IDLE/PLAYING/PAUSED · getDuration: READY/PLAYING/PAUSED · getCurrentTime:
 *   PLAYING/PAUSED · getTotalTrackInfo: READY/PLAYING · setSelectTrack/setSilentSubtitle: PLAYING/PAUSED.
 * - §1.3 open() on an instance that was not closed fails (a stale instance causes INVALID_STATE).
 * - §1.3 times are milliseconds; seekTo() before prepare sets the start position.
 * - §1.4 listener callbacks: onbufferingstart/progress/complete, oncurrentplaytime (while PLAYING),
 *   onstreamcompleted (VOD end; the app calls stop()), onevent, onerror with the documented error names,
 *   onsubtitlechange(duration, text, type, attrCount, attrs).
 * - §1.6 getCurrentStreamInfo() returns an array; track indices are AVPlay's own `index`; extra_info is JSON with
 *   `language` (audio) or `track_lang` (text). Tizen 3 refuses audio changes while PAUSED (option `tizenVersion`).
 * - §1.7 live: getDuration() is 0, seekTo() fails, pause() on live MPEG-TS throws; a bad URL fails with
 *   PLAYER_ERROR_CONNECTION_FAILED only after about 30 s; an HTTP status may come first as
 *   onevent('PLAYER_MSG_HTTP_ERROR_CODE'); a live stream whose connection drops ends in CONNECTION_FAILED.
 * - §1.8 suspend() in READY/PLAYING/PAUSED releases the decoder; restore() in NONE/PLAYING/PAUSED takes it back.
 */
import type { AvPlayApi, AvPlayListener, AvPlayState, AvPlayStreamInfo } from '../../src/platform';
import {
  BUFFER_OPTIONS,
  BUFFER_UNITS,
  DISPLAY_METHODS,
  FakeWebApiException,
  STREAMING_PROPERTIES,
  streamTracks,
} from './avplayRules';
import type { FakeMediaNetwork, FakeStream } from './mediaNetwork';

export { FakeWebApiException } from './avplayRules';

/** Options of {@link FakeAvPlay}; defaults follow the documented behaviour. */
export interface FakeAvPlayOptions {
  /** Tizen version; 3 refuses audio track changes while PAUSED (§1.6). Default 6. */
  tizenVersion?: number;
  /** How long a bad or unreachable URL takes to fail (§1.7, about 30 s on a Tizen 8 TV). Default 30000. */
  connectionFailMs?: number;
  /** Whether onevent('PLAYER_MSG_HTTP_ERROR_CODE') reports statuses (§1.7 says it may). Default true. */
  reportsHttpStatus?: boolean;
  /** Time from prepareAsync() to READY for a good stream. Default 300 ms. */
  prepareMs?: number;
  /** How often oncurrentplaytime fires while playing. Default 500 ms. */
  tickMs?: number;
}

/** The fake `webapis.avplay`; also records what the app did, for assertions. */
export class FakeAvPlay implements AvPlayApi {
  /** Every call made, in order (`open`, `prepareAsync`, `play`...). */
  readonly calls: string[] = [];
  /** The last display rectangle and method set. */
  displayRect: [number, number, number, number] | undefined;
  displayMethod: string | undefined;
  readonly streamingProperties = new Map<string, string>();
  suspended = false;
  private state: AvPlayState = 'NONE';
  private url: string | undefined;
  private stream: FakeStream | undefined;
  private listener: AvPlayListener = {};
  private positionMs = 0;
  private startMs = 0;
  private audioIndex = 1;
  private textIndex: number | undefined;
  private silent = true;
  private clock: ReturnType<typeof setInterval> | undefined;
  private pending: ReturnType<typeof setTimeout>[] = [];
  private connected = false;
  private readonly options: Required<FakeAvPlayOptions>;

  constructor(
    private readonly network: FakeMediaNetwork,
    options: FakeAvPlayOptions = {},
  ) {
    this.options = {
      tizenVersion: options.tizenVersion ?? 6,
      connectionFailMs: options.connectionFailMs ?? 30000,
      reportsHttpStatus: options.reportsHttpStatus ?? true,
      prepareMs: options.prepareMs ?? 300,
      tickMs: options.tickMs ?? 500,
    };
  }

  /** Whether a decoder and connection are held (anything but NONE, or a suspended player). */
  get holdsResources(): boolean {
    return this.state !== 'NONE' || this.connected || this.clock !== undefined || this.pending.length > 0;
  }

  /** The URL opened, while one is. */
  get openedUrl(): string | undefined {
    return this.url;
  }

  getState(): AvPlayState {
    this.calls.push('getState');
    return this.state;
  }

  open(url: string): void {
    this.record('open', ['NONE']);
    if (typeof url !== 'string' || url === '')
      throw new FakeWebApiException('InvalidValuesError', 'PLAYER_ERROR_INVALID_URI');
    this.url = url;
    this.stream = this.network.lookup(url);
    this.positionMs = 0;
    this.startMs = 0;
    this.audioIndex = 1;
    this.textIndex = undefined;
    this.silent = true;
    this.state = 'IDLE';
  }

  close(): void {
    this.calls.push('close');
    this.halt();
    this.disconnect();
    this.state = 'NONE';
    this.url = undefined;
    this.stream = undefined;
    this.suspended = false;
  }

  setListener(listener: AvPlayListener): void {
    this.record('setListener', ['IDLE']);
    this.listener = listener;
  }

  setDisplayRect(x: number, y: number, width: number, height: number): void {
    this.record('setDisplayRect', ['IDLE', 'READY', 'PLAYING', 'PAUSED']);
    if ([x, y, width, height].some((n) => typeof n !== 'number' || !isFinite(n) || n < 0)) {
      throw new FakeWebApiException('InvalidValuesError', 'PLAYER_ERROR_INVALID_PARAMETER');
    }
    this.displayRect = [x, y, width, height];
  }

  setDisplayMethod(method: string): void {
    this.record('setDisplayMethod', ['IDLE', 'READY', 'PLAYING', 'PAUSED']);
    if (DISPLAY_METHODS.indexOf(method) === -1) throw new FakeWebApiException('TypeMismatchError', method);
    this.displayMethod = method;
  }

  setStreamingProperty(type: string, value: string): void {
    this.record('setStreamingProperty', ['IDLE']);
    if (STREAMING_PROPERTIES.indexOf(type) === -1) throw new FakeWebApiException('TypeMismatchError', type);
    this.streamingProperties.set(type, value);
  }

  setTimeoutForBuffering(seconds: number): void {
    this.record('setTimeoutForBuffering', ['IDLE']);
    if (!(seconds > 0)) throw new FakeWebApiException('InvalidValuesError', 'PLAYER_ERROR_INVALID_PARAMETER');
  }

  setBufferingParam(option: string, unit: string, amount: number): void {
    this.record('setBufferingParam', ['IDLE']);
    if (BUFFER_OPTIONS.indexOf(option) === -1 || BUFFER_UNITS.indexOf(unit) === -1 || !(amount > 0)) {
      throw new FakeWebApiException('InvalidValuesError', 'PLAYER_ERROR_INVALID_PARAMETER');
    }
  }

  seekTo(ms: number, success?: () => void, error?: (e: unknown) => void): void {
    this.record('seekTo', ['IDLE', 'PLAYING', 'PAUSED']);
    if (this.stream && this.stream.kind === 'live') {
      // Seeking is not supported on live streams (§1.7).
      this.later(0, () => error && error({ name: 'PLAYER_ERROR_SEEK_FAILED' }));
      return;
    }
    const target = Math.max(0, Math.min(ms, this.stream && this.stream.durationMs ? this.stream.durationMs : ms));
    if (this.state === 'IDLE') this.startMs = target;
    else this.positionMs = target;
    this.later(0, () => success && success());
  }

  prepare(): void {
    this.record('prepare', ['IDLE']);
    const failure = this.failureOf();
    if (failure) throw new FakeWebApiException('InvalidStateError', failure);
    this.connect();
    this.positionMs = this.startMs;
    this.state = 'READY';
  }

  prepareAsync(success?: () => void, error?: (e: unknown) => void): void {
    this.record('prepareAsync', ['IDLE']);
    this.connect();
    const stream = this.stream as FakeStream;
    this.listener.onbufferingstart?.();
    if (stream.hang) return;
    const failure = this.failureOf();
    if (failure) {
      const status = this.url && !this.network.isDown(this.url) ? stream.status : undefined;
      this.later(
        failure === 'PLAYER_ERROR_CONNECTION_FAILED' ? this.options.connectionFailMs : this.options.prepareMs,
        () => {
          if (status !== undefined && this.options.reportsHttpStatus) {
            this.listener.onevent?.('PLAYER_MSG_HTTP_ERROR_CODE', String(status));
          }
          error?.({ name: failure, message: failure });
        },
      );
      return;
    }
    this.later(this.options.prepareMs, () => {
      this.positionMs = this.startMs;
      this.state = 'READY';
      this.listener.onbufferingprogress?.(100);
      success?.();
      // Event order is not guaranteed (§1.4); here the buffering end follows the ready callback.
      this.listener.onbufferingcomplete?.();
    });
  }

  play(): void {
    this.record('play', ['READY', 'PAUSED']);
    this.state = 'PLAYING';
    this.run();
  }

  pause(): void {
    this.record('pause', ['PLAYING']);
    if (this.stream && this.stream.kind === 'live' && /\.ts($|\?)/.test(this.url ?? '')) {
      // Progressive live MPEG-TS cannot pause (§1.7).
      throw new FakeWebApiException('InvalidStateError', 'PLAYER_ERROR_INVALID_OPERATION');
    }
    this.halt();
    this.state = 'PAUSED';
  }

  stop(): void {
    this.record('stop', ['IDLE', 'PLAYING', 'PAUSED']);
    this.halt();
    this.disconnect();
    this.state = 'IDLE';
  }

  getDuration(): number {
    this.record('getDuration', ['READY', 'PLAYING', 'PAUSED']);
    // Live duration is 0 (§1.7).
    return this.stream && this.stream.kind === 'vod' ? (this.stream.durationMs ?? 0) : 0;
  }

  getCurrentTime(): number {
    this.record('getCurrentTime', ['PLAYING', 'PAUSED']);
    return this.positionMs;
  }

  getTotalTrackInfo(): AvPlayStreamInfo[] {
    this.record('getTotalTrackInfo', ['READY', 'PLAYING']);
    return streamTracks(this.stream);
  }

  getCurrentStreamInfo(): AvPlayStreamInfo[] {
    this.record('getCurrentStreamInfo', ['READY', 'PLAYING', 'PAUSED']);
    const all = streamTracks(this.stream);
    return all.filter(
      (t) =>
        t.type === 'VIDEO' ||
        (t.type === 'AUDIO' && t.index === this.audioIndex) ||
        (t.type === 'TEXT' && t.index === this.textIndex),
    );
  }

  setSelectTrack(type: 'AUDIO' | 'TEXT', index: number): void {
    this.record('setSelectTrack', ['PLAYING', 'PAUSED']);
    if (type === 'AUDIO' && this.state === 'PAUSED' && this.options.tizenVersion < 4) {
      throw new FakeWebApiException('InvalidStateError', 'PLAYER_ERROR_INVALID_STATE: audio change while paused');
    }
    if (!streamTracks(this.stream).some((t) => t.type === type && t.index === index)) {
      throw new FakeWebApiException('InvalidValuesError', 'PLAYER_ERROR_INVALID_PARAMETER');
    }
    if (type === 'AUDIO') this.audioIndex = index;
    else this.textIndex = index;
  }

  setSilentSubtitle(silent: boolean): void {
    this.record('setSilentSubtitle', ['PLAYING', 'PAUSED']);
    this.silent = silent;
  }

  suspend(): void {
    this.record('suspend', ['READY', 'PLAYING', 'PAUSED']);
    this.halt();
    this.suspended = true;
  }

  restore(): void {
    this.record('restore', ['NONE', 'PLAYING', 'PAUSED']);
    this.suspended = false;
    if (this.state === 'PLAYING') this.run();
  }

  private failureOf(): string | undefined {
    const stream = this.stream;
    if (!stream || !this.url) return 'PLAYER_ERROR_INVALID_URI';
    if (this.network.isDown(this.url) || stream.status !== undefined) return 'PLAYER_ERROR_CONNECTION_FAILED';
    if (stream.unsupported) return 'PLAYER_ERROR_NOT_SUPPORTED_FORMAT';
    return undefined;
  }

  private run(): void {
    this.halt();
    if (this.suspended) return;
    let sinceCue = 0;
    this.clock = setInterval(() => {
      if (this.url && this.network.isDown(this.url)) {
        this.halt();
        this.listener.onbufferingstart?.();
        this.later(1000, () => this.listener.onerror?.('PLAYER_ERROR_CONNECTION_FAILED'));
        return;
      }
      this.positionMs += this.options.tickMs;
      const stream = this.stream as FakeStream;
      if (stream.kind === 'vod' && stream.durationMs !== undefined && this.positionMs >= stream.durationMs) {
        this.positionMs = stream.durationMs;
        this.halt();
        this.listener.onstreamcompleted?.();
        return;
      }
      this.listener.oncurrentplaytime?.(this.positionMs);
      sinceCue += this.options.tickMs;
      if (!this.silent && this.textIndex !== undefined && sinceCue >= 2000) {
        sinceCue = 0;
        const language = streamTracks(this.stream).find((t) => t.index === this.textIndex);
        const lang = language ? (JSON.parse(language.extra_info) as { track_lang: string }).track_lang : '';
        this.listener.onsubtitlechange?.(1800, `Line ${Math.round(this.positionMs / 2000)} (${lang})`, 0, 0, null);
      }
    }, this.options.tickMs);
  }

  private halt(): void {
    if (this.clock !== undefined) clearInterval(this.clock);
    this.clock = undefined;
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending = [];
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.pending = this.pending.filter((t) => t !== timer);
      action();
    }, ms);
    this.pending.push(timer);
  }

  private connect(): void {
    if (this.connected || !this.url) return;
    this.connected = true;
    this.network.connect(this.url);
  }

  private disconnect(): void {
    if (!this.connected || !this.url) return;
    this.connected = false;
    this.network.disconnect(this.url);
  }

  private record(method: string, allowed: readonly AvPlayState[]): void {
    this.calls.push(method);
    if (allowed.indexOf(this.state) === -1) {
      throw new FakeWebApiException('InvalidStateError', `PLAYER_ERROR_INVALID_STATE: ${method}() in ${this.state}`);
    }
  }
}
