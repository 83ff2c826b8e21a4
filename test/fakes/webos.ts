/**
 * Faithful fakes of the webOS media pieces the player uses (research: tv-platforms.md §3.6, §3.3), written from
 * LG's documentation and the behaviour the research records. Each rule names its section.
 *
 * - §3.6 LG's `<video>` plays the stream URL natively (HLS, progressive MPEG-TS/MP4/MKV): `src` or a `<source>`
 *   child, then `load()`/`play()`. A `<source type="…;mediaOption=…">` carries JSON (URI-encoded) whose
 *   `option.transmission.playTime.start` (ms) makes the pipeline start there.
 * - §3.6 the non-standard `video.mediaId` appears shortly after a source is set (Stremio polls it every 300 ms).
 * - §3.6 tracks: `video.audioTracks[i].enabled` and `video.textTracks`; switching through Luna
 *   `luna://com.webos.media` `selectTrack {type, mediaId, index}` and `setSubtitleEnable {mediaId, enable}`, which
 *   fail without a known mediaId.
 * - §3.3 `webOS.service.request(uri, { method, parameters, onSuccess, onFailure })` answers asynchronously.
 * - HTML: a failing `<source>` fires `error` on the source element and leaves `video.error` null; a failing `src`
 *   sets `video.error` (MEDIA_ERR_SRC_NOT_SUPPORTED for a refused or missing URL: the element cannot tell which).
 *   A live stream reports `duration` Infinity. A connection lost while playing fires `waiting`, later
 *   `error` with MEDIA_ERR_NETWORK.
 */
import { FakeDocument, FakeElement } from './dom';
import type { FakeMediaNetwork, FakeStream } from './mediaNetwork';

/** MediaError codes. */
const MEDIA_ERR_NETWORK = 2;
const MEDIA_ERR_SRC_NOT_SUPPORTED = 4;

/** A text track with cues the pipeline decodes (mode `hidden` still gets cues; `disabled` does not). */
export class FakeTextTrack extends EventTarget {
  mode: 'disabled' | 'hidden' | 'showing' = 'disabled';
  activeCues: { startTime: number; endTime: number; text: string }[] = [];
  readonly kind = 'subtitles';

  constructor(
    readonly language: string,
    readonly label: string,
  ) {
    super();
  }
}

/** `video.textTracks`: indexable, with `change` and `addtrack` events. */
export class FakeTextTrackList extends EventTarget {
  [index: number]: FakeTextTrack;
  length = 0;

  add(track: FakeTextTrack): void {
    this[this.length++] = track;
    this.dispatchEvent(new Event('addtrack'));
  }

  clear(): void {
    for (let i = 0; i < this.length; i++) delete this[i];
    this.length = 0;
  }
}

/** One entry of `video.audioTracks`. */
export interface FakeAudioTrack {
  id: string;
  label: string;
  language: string;
  enabled: boolean;
}

/** A `<source>` element. */
export class FakeSource extends FakeElement {
  src = '';
  type = '';
}

let nextMediaId = 1;

/** LG's `<video>`, playing from a {@link FakeMediaNetwork} on timers. */
export class FakeWebOsVideo extends FakeElement {
  currentTime = 0;
  duration = NaN;
  paused = true;
  ended = false;
  muted = false;
  readyState = 0;
  error: { code: number } | null = null;
  mediaId: string | undefined;
  /** The start position the last mediaOption asked for, in ms. */
  mediaOptionStartMs: number | undefined;
  readonly textTracks = new FakeTextTrackList();
  audioTracks: FakeAudioTrack[] = [];
  decodedFrames = 0;
  private url: string | undefined;
  private stream: FakeStream | undefined;
  private wantPlay = false;
  private clock: ReturnType<typeof setInterval> | undefined;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private connected = false;

  constructor(
    document: FakeDocument,
    private readonly network: FakeMediaNetwork,
  ) {
    super('video', document);
  }

  get src(): string {
    return this.getAttribute('src') ?? '';
  }

  set src(url: string) {
    this.setAttribute('src', url);
    this.load();
  }

  get currentSrc(): string {
    return this.url ?? '';
  }

  get buffered(): { length: number; start(i: number): number; end(i: number): number } {
    const has = this.readyState > 0 && this.url !== undefined;
    const end =
      this.stream && this.stream.kind === 'vod' ? Math.min(this.duration, this.currentTime + 10) : this.currentTime + 4;
    return { length: has ? 1 : 0, start: () => Math.max(0, this.currentTime - 5), end: () => end };
  }

  /** Whether a stream holds a connection or timers (what "released" means for a media element). */
  get busy(): boolean {
    return this.connected || this.clock !== undefined || this.timers.length > 0;
  }

  canPlayType(type: string): string {
    return /mpegurl|mp4|mp2t|matroska/i.test(type) ? 'maybe' : '';
  }

  getVideoPlaybackQuality(): { totalVideoFrames: number; droppedVideoFrames: number } {
    return { totalVideoFrames: this.decodedFrames, droppedVideoFrames: 0 };
  }

  load(): void {
    this.stopPipeline();
    this.error = null;
    this.readyState = 0;
    this.duration = NaN;
    this.ended = false;
    this.mediaId = undefined;
    this.textTracks.clear();
    this.audioTracks = [];
    const source = this.children.find((c): c is FakeSource => c instanceof FakeSource);
    const url = this.getAttribute('src') ?? (source ? source.src : undefined);
    this.url = url || undefined;
    if (!this.url) return;
    this.mediaOptionStartMs = source ? mediaOptionStart(source.type) : undefined;
    this.stream = this.network.lookup(this.url);
    this.network.connect(this.url);
    this.connected = true;
    // The pipeline id comes a little after the source (§3.6).
    this.later(200, () => (this.mediaId = `media-${nextMediaId++}`));
    this.later(100, () => this.open(source));
  }

  play(): Promise<void> {
    this.wantPlay = true;
    if (this.readyState >= 3 && this.paused) this.startClock();
    return Promise.resolve();
  }

  pause(): void {
    this.wantPlay = false;
    if (this.paused) return;
    this.paused = true;
    this.stopClock();
    this.dispatchEvent(new Event('pause'));
  }

  /** Sets the playhead like assigning `currentTime` does, with `seeking` and `seeked`. */
  seekTo(seconds: number): void {
    this.currentTime = seconds;
    this.dispatchEvent(new Event('seeking'));
    this.later(50, () => {
      this.dispatchEvent(new Event('seeked'));
      this.dispatchEvent(new Event('timeupdate'));
    });
  }

  private open(source: FakeSource | undefined): void {
    const stream = this.stream as FakeStream;
    const url = this.url as string;
    if (stream.hang) return;
    if (this.network.isDown(url) || stream.status !== undefined || stream.unsupported) {
      this.disconnect();
      if (source) {
        // Every <source> failed: the event goes to the source element, video.error stays null.
        source.dispatchEvent(new Event('error'));
      } else {
        this.error = { code: MEDIA_ERR_SRC_NOT_SUPPORTED };
        this.dispatchEvent(new Event('error'));
      }
      return;
    }
    this.duration = stream.kind === 'live' ? Infinity : (stream.durationMs ?? 0) / 1000;
    this.currentTime = this.mediaOptionStartMs !== undefined ? this.mediaOptionStartMs / 1000 : 0;
    (stream.audio ?? ['und']).forEach((language, i) =>
      this.audioTracks.push({ id: String(i), label: language, language, enabled: i === 0 }),
    );
    (stream.subtitles ?? []).forEach((language) => this.textTracks.add(new FakeTextTrack(language, language)));
    this.readyState = 4;
    ['loadedmetadata', 'durationchange', 'canplay'].forEach((type) => this.dispatchEvent(new Event(type)));
    if (this.wantPlay) this.startClock();
  }

  private startClock(): void {
    this.paused = false;
    this.dispatchEvent(new Event('play'));
    this.dispatchEvent(new Event('playing'));
    this.stopClock();
    let sinceCue = 0;
    this.clock = setInterval(() => {
      const url = this.url as string;
      if (this.network.isDown(url)) {
        this.stopClock();
        this.dispatchEvent(new Event('waiting'));
        this.later(2000, () => {
          this.error = { code: MEDIA_ERR_NETWORK };
          this.dispatchEvent(new Event('error'));
        });
        return;
      }
      this.currentTime += 0.25;
      this.decodedFrames += 6;
      if (isFinite(this.duration) && this.currentTime >= this.duration) {
        this.currentTime = this.duration;
        this.ended = true;
        this.paused = true;
        this.stopClock();
        this.dispatchEvent(new Event('pause'));
        this.dispatchEvent(new Event('ended'));
        return;
      }
      this.dispatchEvent(new Event('timeupdate'));
      sinceCue += 0.25;
      if (sinceCue >= 2) {
        sinceCue = 0;
        this.emitCues();
      }
    }, 250);
  }

  private emitCues(): void {
    for (let i = 0; i < this.textTracks.length; i++) {
      const track = this.textTracks[i];
      if (track.mode === 'disabled') continue;
      const n = Math.round(this.currentTime / 2);
      track.activeCues = [
        { startTime: this.currentTime, endTime: this.currentTime + 1.8, text: `Line ${n} (${track.language})` },
      ];
      track.dispatchEvent(new Event('cuechange'));
    }
  }

  private stopPipeline(): void {
    this.stopClock();
    this.timers.forEach((t) => clearTimeout(t));
    this.timers = [];
    this.paused = true;
    this.disconnect();
  }

  private stopClock(): void {
    if (this.clock !== undefined) clearInterval(this.clock);
    this.clock = undefined;
  }

  private disconnect(): void {
    if (this.connected && this.url) this.network.disconnect(this.url);
    this.connected = false;
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer);
      action();
    }, ms);
    this.timers.push(timer);
  }
}

/** `option.transmission.playTime.start` from a `<source type>` with `;mediaOption=` (§3.6), in ms. */
export function mediaOptionStart(type: string): number | undefined {
  const at = type.indexOf(';mediaOption=');
  if (at < 0) return undefined;
  const parsed = JSON.parse(decodeURI(type.slice(at + ';mediaOption='.length))) as {
    option?: { transmission?: { playTime?: { start?: number } } };
  };
  const start = parsed.option?.transmission?.playTime?.start;
  return typeof start === 'number' ? start : undefined;
}

/** Registers LG's `<video>` and `<source>` on a fake document. */
export function installWebOsMedia(document: FakeDocument, network: FakeMediaNetwork): void {
  document.register('video', (doc) => new FakeWebOsVideo(doc, network));
  document.register('source', (doc) => new FakeSource('source', doc));
}
