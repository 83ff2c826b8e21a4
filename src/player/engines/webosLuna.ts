import { WEBOS_MEDIA_SERVICE, type LunaService, type WebOsVideoElement } from '../../platform';

/** How often and how long to wait for LG's `video.mediaId` after setting a source (Stremio polls 300 ms, ~1.5 s). */
const MEDIA_ID_POLL_MS = 300;
const MEDIA_ID_POLLS = 6;

/**
 * Talks to `luna://com.webos.media` for one `<video>`: track selection and subtitle switching need the pipeline's
 * `mediaId`, which LG sets on the element shortly after `src`. Calls made before it is known wait for it; if it
 * never comes (an older TV, or no webOSTV.js) they are dropped and the element's own track lists are used instead.
 */
export class LunaMediaControl {
  private mediaId: string | undefined;
  private waiting: ((mediaId: string) => void)[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private polls = 0;
  private closed = false;

  constructor(
    private readonly luna: LunaService | undefined,
    private readonly video: WebOsVideoElement,
  ) {}

  /** Starts looking for the media id (call after setting the source). */
  watch(): void {
    if (!this.luna || this.timer !== undefined) return;
    this.timer = setInterval(() => this.poll(), MEDIA_ID_POLL_MS);
    this.poll();
  }

  /** Selects an audio or text track by the pipeline's index. */
  selectTrack(type: 'audio' | 'text', index: number): void {
    this.call('selectTrack', (mediaId) => ({ type, mediaId, index }));
  }

  /** Switches the pipeline's subtitles on or off. */
  enableSubtitles(enable: boolean): void {
    this.call('setSubtitleEnable', (mediaId) => ({ mediaId, enable }));
  }

  /** Whether Luna can be used for this element at all. */
  get available(): boolean {
    return this.luna !== undefined && !this.closed;
  }

  close(): void {
    this.closed = true;
    this.waiting = [];
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private call(method: string, parameters: (mediaId: string) => Record<string, unknown>): void {
    const luna = this.luna;
    if (!luna || this.closed) return;
    const send = (mediaId: string): void => {
      try {
        luna.request(WEBOS_MEDIA_SERVICE, { method, parameters: parameters(mediaId), onFailure: () => undefined });
      } catch {
        // A TV without the media service: the element's own track switch already ran.
      }
    };
    if (this.mediaId) send(this.mediaId);
    else this.waiting.push(send);
  }

  private poll(): void {
    const id = this.video.mediaId;
    if (typeof id === 'string' && id !== '') {
      this.mediaId = id;
      if (this.timer !== undefined) clearInterval(this.timer);
      this.timer = undefined;
      const waiting = this.waiting;
      this.waiting = [];
      waiting.forEach((send) => send(id));
      return;
    }
    if (++this.polls >= MEDIA_ID_POLLS) {
      if (this.timer !== undefined) clearInterval(this.timer);
      this.timer = undefined;
      this.waiting = [];
    }
  }
}
