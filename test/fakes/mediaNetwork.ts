/**
 * What the fake TV players "download": a table of stream URLs with what each one is (live or VOD, duration, tracks)
 * or how it fails (an HTTP status, a format the TV cannot decode, a server that never answers). Tests also cut the
 * connection to a URL for a while, the way a provider or a flaky Wi-Fi does. Time is `Date.now()`, so jest's fake
 * timers move it.
 */

/** One stream as the fake server offers it. */
export interface FakeStream {
  kind: 'live' | 'vod';
  /** VOD length in milliseconds (live streams have none). */
  durationMs?: number;
  /** Audio languages, in stream order. */
  audio?: string[];
  /** Embedded subtitle languages, in stream order. */
  subtitles?: string[];
  /** Answer with this HTTP status instead of the stream. */
  status?: number;
  /** The container or codecs are not decodable by the TV. */
  unsupported?: boolean;
  /** The server accepts the connection and never sends anything. */
  hang?: boolean;
}

/** The fake network: streams by URL, connection cuts, and who is connected. */
export class FakeMediaNetwork {
  private readonly streams = new Map<string, FakeStream>();
  private readonly downUntil = new Map<string, number>();
  private readonly open = new Map<string, number>();

  /**
   * `fallback` answers for URLs not added one by one (a page test serves every live URL of a provider without knowing
   * the channel ids in advance); without it, or when it returns undefined, an unknown URL is a 404.
   */
  constructor(private readonly fallback?: (url: string) => FakeStream | undefined) {}

  /** Serves `stream` at `url`. */
  add(url: string, stream: FakeStream): this {
    this.streams.set(url, stream);
    return this;
  }

  /** What `url` serves; an unknown URL is a 404, like a panel answers for a channel that does not exist. */
  lookup(url: string): FakeStream {
    return this.streams.get(url) ?? (this.fallback && this.fallback(url)) ?? { kind: 'vod', status: 404 };
  }

  /** The HTTP status a GET of `url` would get now (what a status probe sees). */
  statusOf(url: string): number | undefined {
    if (this.isDown(url)) return undefined;
    const stream = this.lookup(url);
    return stream.status ?? 200;
  }

  /** Cuts every connection to `url` and refuses new ones for `ms`. */
  drop(url: string, ms: number): void {
    this.downUntil.set(url, Date.now() + ms);
  }

  isDown(url: string): boolean {
    return (this.downUntil.get(url) ?? 0) > Date.now();
  }

  /** A player connected to `url`. */
  connect(url: string): void {
    this.open.set(url, (this.open.get(url) ?? 0) + 1);
  }

  /** A player let go of `url`. */
  disconnect(url: string): void {
    const count = (this.open.get(url) ?? 0) - 1;
    if (count > 0) this.open.set(url, count);
    else this.open.delete(url);
  }

  /** Open connections, all URLs together. */
  connections(): number {
    let total = 0;
    this.open.forEach((count) => (total += count));
    return total;
  }
}
