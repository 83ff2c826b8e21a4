import type { Account } from '../xtream';
import { Emitter } from './emitter';
import { LIVE_HLS_CONFIG } from './hlsConfig';
import { PlayerError } from './PlayerError';
import { decideHlsError, type HlsErrorLike } from './streamErrors';
import { createVideoSurface, placeVideo, type Rect } from './videoSurface';

/** Where playback is: nothing loaded, starting, showing pictures, waiting for data, or failed. */
export type PlaybackState = 'idle' | 'loading' | 'playing' | 'buffering' | 'error';

/** Events of a {@link Player}. */
export interface PlayerListeners {
  [event: string]: (...args: never[]) => void;
  /** The playback state changed. */
  state: (state: PlaybackState) => void;
  /** Playback failed; the state is now `error`. */
  error: (error: PlayerError) => void;
}

/** The part of an hls.js instance the player uses. */
export interface HlsInstance {
  loadSource(url: string): void;
  attachMedia(media: HTMLMediaElement): void;
  on(event: string, listener: (event: string, data: HlsErrorLike) => void): void;
  recoverMediaError(): void;
  destroy(): void;
}

/** The part of the hls.js class the player uses. */
export interface HlsClass {
  new (config: Record<string, unknown>): HlsInstance;
  isSupported(): boolean;
  readonly Events: { readonly ERROR: string; readonly MANIFEST_PARSED: string };
}

/** Options of a {@link Player}. */
export interface PlayerOptions {
  /** The document to put the `<video>` into (default: the page's). */
  document?: Document;
  /** Loads hls.js; by default a lazy `import()`, so hls.js is a separate chunk fetched only when a stream plays. */
  loadHls?: () => Promise<HlsClass>;
  /** Rewrites stream URLs (the emulator routes them through its CORS proxy). */
  rewriteUrl?: (url: string) => string;
}

/** Options of one {@link Player.load} call. */
export interface LoadOptions {
  /** The signed-in account, so a refused stream can be told apart from a connection limit. */
  account?: Account;
}

const HLS_MIME = 'application/vnd.apple.mpegurl';

/** Whether a stream URL is raw MPEG-TS (`…/123.ts`), which only native TV players and mpegts.js can play. */
function isMpegTsUrl(url: string): boolean {
  return /\.ts$/i.test(url.split(/[?#]/)[0]);
}

function importHls(): Promise<HlsClass> {
  return import('hls.js').then((module) => module.default as unknown as HlsClass);
}

/**
 * Plays live HLS streams in a `<video>` behind the UI, with hls.js (loaded on first use). One stream at a time:
 * `load()` replaces the current one. Nothing works after `destroy()`.
 */
export class Player {
  /** The element pictures appear in. */
  readonly video: HTMLVideoElement;
  private readonly events = new Emitter<PlayerListeners>();
  private readonly loadHls: () => Promise<HlsClass>;
  private readonly rewriteUrl: (url: string) => string;
  private hls: HlsInstance | undefined;
  private currentState: PlaybackState = 'idle';
  private lastError: PlayerError | undefined;
  /** Increases on every load/stop so callbacks of an older stream are ignored. */
  private generation = 0;
  private destroyed = false;
  private readonly onVideoEvent = (event: Event): void => this.handleVideoEvent(event.type);

  constructor(options: PlayerOptions = {}) {
    this.video = createVideoSurface(options.document ?? document);
    this.loadHls = options.loadHls ?? importHls;
    this.rewriteUrl = options.rewriteUrl ?? ((url) => url);
    ['playing', 'waiting', 'stalled', 'error'].forEach((type) => this.video.addEventListener(type, this.onVideoEvent));
  }

  /** The current playback state. */
  get state(): PlaybackState {
    return this.currentState;
  }

  /** Why the last stream failed, while the state is `error`. */
  get error(): PlayerError | undefined {
    return this.currentState === 'error' ? this.lastError : undefined;
  }

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof PlayerListeners & string>(event: K, listener: PlayerListeners[K]): () => void {
    return this.events.on(event, listener);
  }

  /** Plays `url` (an HLS playlist), replacing whatever played before. Resolves once the stream is being loaded. */
  load(url: string, options: LoadOptions = {}): Promise<void> {
    if (this.destroyed) return Promise.reject(new Error('Player.load() called after destroy()'));
    this.reset();
    const generation = ++this.generation;
    this.video.style.display = 'block';
    this.setState('loading');
    return this.loadHls().then(
      (Hls) => {
        if (generation !== this.generation) return;
        this.start(Hls, this.rewriteUrl(url), generation, options.account);
      },
      (cause: unknown) => {
        if (generation !== this.generation) return;
        this.fail(new PlayerError('UNSUPPORTED', 'The video player could not be loaded.', { cause }));
      },
    );
  }

  /** Stops playback and hides the video. */
  stop(): void {
    this.generation++;
    this.reset();
    this.video.style.display = 'none';
    this.setState('idle');
  }

  /** Places the video over `rect` (stage coordinates), or full screen. */
  setRect(rect?: Rect): void {
    placeVideo(this.video, rect);
  }

  /** Stops playback, removes the video element and every listener. */
  destroy(): void {
    if (this.destroyed) return;
    this.stop();
    this.destroyed = true;
    ['playing', 'waiting', 'stalled', 'error'].forEach((type) =>
      this.video.removeEventListener(type, this.onVideoEvent),
    );
    if (this.video.parentNode) this.video.parentNode.removeChild(this.video);
    this.events.removeAll();
  }

  private start(Hls: HlsClass, url: string, generation: number, account: Account | undefined): void {
    if (isMpegTsUrl(url)) {
      // hls.js would wait for a raw MPEG-TS stream as if it were a playlist that never ends.
      this.fail(
        new PlayerError(
          'UNSUPPORTED',
          'This channel is offered only as an MPEG-TS stream, which this player cannot show.',
          {
            hint: 'Ask your provider to allow HLS (m3u8) streams for your account.',
          },
        ),
      );
      return;
    }
    if (!Hls.isSupported()) {
      if (this.video.canPlayType(HLS_MIME) !== '') {
        // Safari and some TV engines play HLS themselves, without Media Source Extensions.
        this.video.src = url;
        this.play(generation);
        return;
      }
      this.fail(new PlayerError('UNSUPPORTED', 'This device cannot play HLS streams.'));
      return;
    }
    const hls = new Hls({ ...LIVE_HLS_CONFIG });
    this.hls = hls;
    let mediaRecoveryUsed = false;
    hls.on(Hls.Events.MANIFEST_PARSED, () => {
      if (generation === this.generation) this.play(generation);
    });
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (generation !== this.generation) return;
      const decision = decideHlsError(data, mediaRecoveryUsed, account);
      if (decision.action === 'recoverMedia') {
        mediaRecoveryUsed = true;
        hls.recoverMediaError();
      } else if (decision.action === 'fail') {
        this.fail(decision.error);
      }
    });
    hls.loadSource(url);
    hls.attachMedia(this.video);
  }

  private play(generation: number): void {
    const started = this.video.play();
    if (!started || typeof started.then !== 'function') return;
    started.catch((e: unknown) => {
      if (generation !== this.generation) return;
      // Desktop browsers refuse sound without a user gesture; a muted picture beats none.
      if (e && (e as { name?: string }).name === 'NotAllowedError') {
        this.video.muted = true;
        this.video.play().catch(() => undefined);
      }
    });
  }

  private handleVideoEvent(type: string): void {
    if (this.currentState === 'idle' || this.currentState === 'error') return;
    if (type === 'playing') this.setState('playing');
    else if ((type === 'waiting' || type === 'stalled') && this.currentState === 'playing') this.setState('buffering');
    else if (type === 'error' && !this.hls) {
      this.fail(new PlayerError('MEDIA', 'This channel could not be played.', { cause: this.video.error }));
    }
  }

  private fail(error: PlayerError): void {
    this.generation++;
    this.reset();
    this.lastError = error;
    this.setState('error');
    this.events.emit('error', error);
  }

  private reset(): void {
    if (this.hls) {
      this.hls.destroy();
      this.hls = undefined;
    }
    if (this.video.getAttribute('src') !== null) {
      this.video.removeAttribute('src');
      this.video.load();
    }
  }

  private setState(state: PlaybackState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.events.emit('state', state);
  }
}
