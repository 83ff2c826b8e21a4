/**
 * Stand-ins for the browser parts the player touches. hls.js needs Media Source Extensions, which Node lacks, so unit
 * tests drive the player through a scripted hls.js double; the browser test plays real streams with the real hls.js.
 */
import type { HlsClass, HlsInstance } from '../../../src/player';
import type { HlsErrorLike } from '../../../src/player';

export class FakeVideo extends EventTarget {
  readonly style: Record<string, string> = {};
  private readonly attributes = new Map<string, string>();
  parentNode: { removeChild(node: unknown): void } | null = null;
  muted = false;
  playCalls = 0;
  loadCalls = 0;
  error: unknown = null;
  /** What play() does: resolve, or reject with this error name. */
  playOutcome: 'resolve' | string = 'resolve';

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  set src(value: string) {
    this.attributes.set('src', value);
  }
  get src(): string {
    return this.attributes.get('src') ?? '';
  }
  canPlayType(): string {
    return '';
  }
  play(): Promise<void> {
    this.playCalls++;
    if (this.playOutcome === 'resolve') return Promise.resolve();
    const name = this.playOutcome;
    this.playOutcome = 'resolve';
    return Promise.reject(Object.assign(new Error(name), { name }));
  }
  load(): void {
    this.loadCalls++;
  }
  fire(type: string): void {
    this.dispatchEvent(new Event(type));
  }
}

export class FakeDocument {
  readonly videos: FakeVideo[] = [];
  readonly body = {
    children: [] as unknown[],
    firstChild: null as unknown,
    insertBefore: (node: FakeVideo): void => {
      this.body.children.unshift(node);
      node.parentNode = {
        removeChild: (n: unknown) => {
          this.body.children = this.body.children.filter((c) => c !== n);
        },
      };
    },
  };
  createElement(): FakeVideo {
    const video = new FakeVideo();
    this.videos.push(video);
    return video;
  }
}

/** A scripted hls.js double: records calls and lets a test fire hls.js events. */
export class ScriptedHls implements HlsInstance {
  static readonly Events = { ERROR: 'hlsError', MANIFEST_PARSED: 'hlsManifestParsed' };
  static supported = true;
  static instances: ScriptedHls[] = [];
  static isSupported(): boolean {
    return ScriptedHls.supported;
  }

  readonly listeners = new Map<string, ((event: string, data: HlsErrorLike) => void)[]>();
  source?: string;
  media?: unknown;
  recoverCalls = 0;
  destroyed = false;

  constructor(readonly config: Record<string, unknown>) {
    ScriptedHls.instances.push(this);
  }
  loadSource(url: string): void {
    this.source = url;
  }
  attachMedia(media: HTMLMediaElement): void {
    this.media = media;
  }
  on(event: string, listener: (event: string, data: HlsErrorLike) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  recoverMediaError(): void {
    this.recoverCalls++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  fire(event: string, data: HlsErrorLike = { type: '', details: '', fatal: false }): void {
    (this.listeners.get(event) ?? []).forEach((l) => l(event, data));
  }
}

export const scriptedHlsClass = ScriptedHls as unknown as HlsClass;
