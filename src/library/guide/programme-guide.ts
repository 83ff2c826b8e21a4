/**
 * The programme guide of one source: the XMLTV guide index (from the cache at once, downloaded again in the
 * background once it is older than the refresh interval), with the panel's short EPG standing in for channels
 * the guide does not cover. A guide that cannot be loaded leaves the guide "unavailable" and nothing else: the
 * catalogue keeps working and the short-EPG fallback still answers.
 */
import type { GuideIndex, GuideProgramme, GuideWindowOptions } from '../../epg';
import type { HttpOptions } from '../../net';
import type { AccountCache } from '../../store';
import type { LiveStream } from '../../xtream';
import { Listeners } from '../source/listeners';
import { throttleProgress, type ProgressListener } from '../source/progress';
import { cachedGuide, GUIDE_REFRESH_INTERVAL_MS, guideCacheKey, guideNeedsRefresh } from './guide-cache';
import { downloadGuide } from './guide-download';
import { ShortEpgFallback, type ShortEpgFetch } from './short-epg';

/** Where the guide is. */
export type GuideState = 'idle' | 'loading' | 'ready' | 'unavailable';

/** What the guide can answer with now. */
export interface GuideStatus {
  state: GuideState;
  /** The index in use was read from the cache (not downloaded during this run). */
  fromCache: boolean;
  /** When the index in use was downloaded (epoch ms). */
  fetchedAt?: number;
  /** A background download is running. */
  refreshing: boolean;
  channels: number;
  programmes: number;
  /** Why the guide is unavailable, or why the last background refresh failed. */
  error?: unknown;
}

/** Options of {@link ProgrammeGuide}. */
export interface ProgrammeGuideOptions {
  /** The account's cache (the guide is stored there, serialised). */
  cache: AccountCache;
  /** The guide addresses, read at each load (the account's own, or a playlist's `url-tvg`). */
  urls: () => readonly string[];
  /** The panel's short EPG (Xtream accounts); without it, channels missing from the guide have no programmes. */
  shortEpg?: ShortEpgFetch;
  http?: Pick<HttpOptions, 'rewriteUrl' | 'fetch' | 'userAgent'>;
  now?: () => number;
  /** Default {@link GUIDE_REFRESH_INTERVAL_MS} (12 h). */
  refreshIntervalMs?: number;
  /** How long a channel's short EPG is reused (default 10 min). */
  shortEpgTtlMs?: number;
  /** Days kept before and after now (default 3 back, 7 ahead). */
  window?: Omit<GuideWindowOptions, 'now'>;
  /** The UI language: guide titles in it are preferred. */
  language?: string;
}

/** Options of {@link ProgrammeGuide.load}. */
export interface GuideLoadOptions {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** `auto` (default): download when missing or due; `always`: download again now, in the background if cached. */
  refresh?: 'auto' | 'always';
}

/** What {@link ProgrammeGuide.load} resolves with. */
export interface GuideLoad {
  /** The status once something usable is there (the cached guide), or once the first download ended. */
  status: GuideStatus;
  /** The background download, when one was started; resolves (never rejects) with the status after it. */
  refresh: Promise<GuideStatus>;
}

/**
 * Time shifts for a guide written in the wrong time zone (TiviMate's "EPG time shift"): minutes added to every
 * programme of the account, and per playlist channel on top of that.
 */
export interface GuideOffsets {
  accountMinutes: number;
  channels: readonly { channel: LiveStream; minutes: number }[];
}

const NO_OFFSETS: GuideOffsets = { accountMinutes: 0, channels: [] };

function sameOffsets(a: GuideOffsets, b: GuideOffsets): boolean {
  if (a.accountMinutes !== b.accountMinutes || a.channels.length !== b.channels.length) return false;
  return a.channels.every(
    (entry, i) => entry.channel === b.channels[i].channel && entry.minutes === b.channels[i].minutes,
  );
}

/** Programmes of one channel, and where they came from. */
export interface ChannelProgrammes {
  from: 'guide' | 'short-epg' | 'none';
  programmes: GuideProgramme[];
}

/** The programme on air and the next one, and where they came from. */
export interface ChannelNowAndNext {
  from: 'guide' | 'short-epg' | 'none';
  now?: GuideProgramme;
  next?: GuideProgramme;
}

const EMPTY: GuideStatus = { state: 'idle', fromCache: false, refreshing: false, channels: 0, programmes: 0 };

/** See the file comment. */
export class ProgrammeGuide {
  private current: GuideIndex | undefined;
  private statusValue: GuideStatus = EMPTY;
  private readonly changes = new Listeners<GuideStatus>();
  private readonly fallback: ShortEpgFallback | undefined;
  private readonly matches = new Map<string, string | null>();
  private running: Promise<GuideStatus> | undefined;
  private offsets: GuideOffsets = NO_OFFSETS;
  private revisionValue = 0;

  constructor(private readonly options: ProgrammeGuideOptions) {
    this.fallback = options.shortEpg
      ? new ShortEpgFallback(options.shortEpg, { ttlMs: options.shortEpgTtlMs, now: options.now })
      : undefined;
  }

  /** What the guide can answer with now. */
  get status(): GuideStatus {
    return this.statusValue;
  }

  /** The XMLTV index in use; undefined until a guide was read or downloaded. */
  get index(): GuideIndex | undefined {
    return this.current;
  }

  /**
   * Changes whenever the answers may have changed for the same question: another index swapped in, or the offsets
   * changed. Readers that keep what they drew compare it.
   */
  get revision(): number {
    return this.revisionValue;
  }

  /**
   * Shifts the guide's times from now on (the index in use and every index swapped in later, and the short-EPG
   * answers), and tells the listeners, so what is on screen is drawn again. A channel's offset applies to the
   * guide channel it is matched to: playlist channels sharing one guide channel share the shift.
   */
  setOffsets(offsets: GuideOffsets): void {
    if (sameOffsets(this.offsets, offsets)) return;
    this.offsets = offsets;
    if (this.current) this.applyOffsets(this.current);
    this.revisionValue++;
    this.setStatus({ ...this.statusValue });
  }

  /** Calls `listener` with every status change; returns the function that stops it. */
  onChange(listener: (status: GuideStatus) => void): () => void {
    return this.changes.add(listener);
  }

  /**
   * Shows the cached guide at once when there is one (downloading again in the background when it is due), or
   * downloads it. Never rejects for a guide problem: the status says `unavailable` with the error.
   */
  async load(options: GuideLoadOptions = {}): Promise<GuideLoad> {
    const report = throttleProgress(options.onProgress);
    const urls = this.options.urls();
    const key = guideCacheKey(urls);
    if (!this.current) this.setStatus({ ...this.statusValue, state: 'loading', error: undefined });
    report({ task: 'guide', phase: 'cache' });
    const hit = await this.options.cache.read(key, cachedGuide);
    if (hit) {
      this.swap(hit.value);
      this.setStatus(this.readyStatus(true, hit.storedAt));
      const due = options.refresh === 'always' || guideNeedsRefresh(hit, this.now(), this.refreshInterval());
      if (!due) {
        report({ task: 'guide', phase: 'done', fraction: 1 });
        return { status: this.statusValue, refresh: Promise.resolve(this.statusValue) };
      }
      const refresh = this.download(urls, key, report, options.signal);
      return { status: this.statusValue, refresh };
    }
    const status = await this.download(urls, key, report, options.signal);
    return { status, refresh: Promise.resolve(status) };
  }

  /** The programme on air at `time` and the next one; the short EPG answers for channels the guide lacks. */
  async nowAndNext(channel: LiveStream, time: number = this.now(), signal?: AbortSignal): Promise<ChannelNowAndNext> {
    const id = this.guideChannelOf(channel);
    if (id !== undefined && this.current) {
      const [answer] = this.current.nowAndNext([id], time);
      return { from: 'guide', now: answer.now, next: answer.next };
    }
    const fallback = await this.fallbackProgrammes(channel, signal);
    if (fallback.from === 'none') return { from: 'none' };
    const programmes = fallback.programmes;
    const now = programmes.filter((p) => p.start <= time && p.stop > time).pop();
    const next = programmes.filter((p) => p.start > time)[0];
    return { from: 'short-epg', now, next };
  }

  /** Programmes of a channel overlapping `[from, to)`; the short EPG answers for channels the guide lacks. */
  async programmesBetween(
    channel: LiveStream,
    from: number,
    to: number,
    signal?: AbortSignal,
  ): Promise<ChannelProgrammes> {
    const id = this.guideChannelOf(channel);
    if (id !== undefined && this.current) {
      return { from: 'guide', programmes: this.current.programmesBetween(id, from, to) };
    }
    const fallback = await this.fallbackProgrammes(channel, signal);
    return { from: fallback.from, programmes: fallback.programmes.filter((p) => p.stop > from && p.start < to) };
  }

  /**
   * The guide channel of a playlist channel, when the guide has programmes for it (by its XMLTV id first, then
   * by name); undefined sends the channel to the short-EPG fallback.
   */
  guideChannelOf(channel: LiveStream): string | undefined {
    const index = this.current;
    if (!index) return undefined;
    // Keyed by what matching reads, so a channel renamed or re-mapped by a catalogue refresh is matched again.
    const key = `${channel.id}\n${channel.epgChannelId ?? ''}\n${channel.name}`;
    let id = this.matches.get(key);
    if (id === undefined) {
      const matched = index.matchChannel({ epgChannelId: channel.epgChannelId, name: channel.name });
      const covered = matched !== undefined && (index.channel(matched)?.programmeCount ?? 0) > 0;
      id = covered ? (matched as string) : null;
      this.matches.set(key, id);
    }
    return id === null ? undefined : id;
  }

  /** The offset of a channel outside the index (the short EPG), in ms: the account's plus the channel's own. */
  private fallbackOffsetMs(channel: LiveStream): number {
    const own = this.offsets.channels.filter((entry) => entry.channel.id === channel.id)[0];
    return (this.offsets.accountMinutes + (own ? own.minutes : 0)) * 60000;
  }

  private async fallbackProgrammes(channel: LiveStream, signal?: AbortSignal): Promise<ChannelProgrammes> {
    if (!this.fallback) return { from: 'none', programmes: [] };
    try {
      const programmes = await this.fallback.programmes(channel, signal);
      const shift = this.fallbackOffsetMs(channel);
      if (shift === 0) return { from: 'short-epg', programmes };
      return {
        from: 'short-epg',
        programmes: programmes.map((p) => ({ ...p, start: p.start + shift, stop: p.stop + shift })),
      };
    } catch {
      // The panel's short EPG is a nicety: a failure shows "no information", never an error.
      return { from: 'none', programmes: [] };
    }
  }

  /** Downloads, stores and swaps in the guide; a download already running is joined. */
  private download(
    urls: readonly string[],
    key: string,
    report: ProgressListener,
    signal: AbortSignal | undefined,
  ): Promise<GuideStatus> {
    if (this.running) return this.running;
    this.setStatus({ ...this.statusValue, refreshing: true });
    const run = this.downloadAndStore(urls, key, report, signal).then(
      (status) => status,
      (error: unknown) => {
        // With a guide already shown, a failed refresh keeps it; without one, the guide is unavailable.
        const base = this.current ? this.statusValue : { ...EMPTY, state: 'unavailable' as const };
        return { ...base, refreshing: false, error };
      },
    );
    this.running = run;
    return run.then((status) => {
      this.running = undefined;
      this.setStatus(status);
      report({ task: 'guide', phase: 'done', fraction: 1 });
      return status;
    });
  }

  private async downloadAndStore(
    urls: readonly string[],
    key: string,
    report: ProgressListener,
    signal: AbortSignal | undefined,
  ): Promise<GuideStatus> {
    const downloaded = await downloadGuide(urls, {
      signal,
      onProgress: report,
      http: this.options.http,
      window: { ...this.options.window, now: this.now() },
      language: this.options.language,
    });
    const index = downloaded.index;
    report({ task: 'guide', phase: 'store', items: index.programmeCount, fraction: 1 });
    let fetchedAt = this.now();
    try {
      fetchedAt = (await this.options.cache.write(key, 'guide', index.serialize(), { expiresAt: index.window.end }))
        .storedAt;
    } catch {
      // Full or unavailable storage: the guide still serves this run from memory.
    }
    this.swap(index);
    return this.readyStatus(false, fetchedAt);
  }

  private swap(index: GuideIndex): void {
    this.current = index;
    this.matches.clear();
    this.fallback?.clear();
    this.applyOffsets(index);
    this.revisionValue++;
  }

  /** Hands the offsets to `index`, by the guide channel each playlist channel is matched to. */
  private applyOffsets(index: GuideIndex): void {
    index.setAccountOffset(this.offsets.accountMinutes);
    index.clearChannelOffsets();
    for (const { channel, minutes } of this.offsets.channels) {
      const id = this.guideChannelOf(channel);
      if (id !== undefined) index.setChannelOffset(id, minutes);
    }
  }

  private readyStatus(fromCache: boolean, fetchedAt: number): GuideStatus {
    const index = this.current;
    return {
      state: 'ready',
      fromCache,
      fetchedAt,
      refreshing: false,
      channels: index ? index.channelCount : 0,
      programmes: index ? index.programmeCount : 0,
    };
  }

  private setStatus(status: GuideStatus): void {
    this.statusValue = status;
    this.changes.emit(status);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private refreshInterval(): number {
    return this.options.refreshIntervalMs ?? GUIDE_REFRESH_INTERVAL_MS;
  }
}
