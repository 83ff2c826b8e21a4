/**
 * What the guide grid reads about its channels: programmes in a time range straight from the guide index (a binary
 * search per channel, nothing scanned), the panel's short EPG for channels the index does not cover (asked only for
 * channels on screen, once, in the background), and whether a programme can be watched from the archive.
 */
import type { GuideProgramme } from '../../epg';
import type { ProgrammeGuide } from '../../library';
import type { LiveStream } from '../../xtream';
import { DAY_MS } from './layout';
import type { Span } from './timeline';

const NONE: readonly GuideProgramme[] = [];

/** What a fallback answer looks like while it is on its way. */
type Fallback = readonly GuideProgramme[] | 'pending';

/** See the file comment. */
export class GuideData {
  private readonly fallbacks = new Map<string, Fallback>();
  private versionValue = 0;
  private seenRevision: number;
  private seenLoading = true;

  constructor(
    private readonly guide: ProgrammeGuide,
    private readonly now: () => number = Date.now,
  ) {
    this.seenRevision = guide.revision;
    this.seenLoading = this.loading;
  }

  /** Changes whenever what the grid shows may have changed (a guide swapped in, a fallback arrived). */
  get version(): number {
    return this.versionValue;
  }

  /** Whether the guide index is still on its way (nothing can be said about any channel yet). */
  get loading(): boolean {
    const state = this.guide.status.state;
    return !this.guide.index && (state === 'idle' || state === 'loading');
  }

  /**
   * Call when the guide's status changed. Returns whether the answers may have changed: a new index (downloaded or
   * refreshed) or new time offsets replace everything, the short-EPG answers included; a mere progress report
   * changes nothing.
   */
  guideChanged(): boolean {
    const revision = this.guide.revision;
    const loading = this.loading;
    if (revision === this.seenRevision && loading === this.seenLoading) return false;
    this.seenRevision = revision;
    this.seenLoading = loading;
    this.fallbacks.clear();
    this.versionValue++;
    return true;
  }

  /** The programmes of `channel` overlapping `[from, to)`, in start order; empty when nothing is known. */
  programmes(channel: LiveStream, from: number, to: number): readonly GuideProgramme[] {
    const index = this.guide.index;
    const id = index ? this.guide.guideChannelOf(channel) : undefined;
    if (index && id !== undefined) return index.programmesBetween(id, from, to);
    const known = this.fallbacks.get(channel.id);
    if (!known || known === 'pending') return NONE;
    return known.filter((p) => p.stop > from && p.start < to);
  }

  /**
   * Asks the panel's short EPG for those of `channels` the guide does not cover and that were not asked yet; calls
   * `arrived` once for each answer with programmes. Does nothing while the guide itself is loading (it may cover them).
   */
  fetchMissing(channels: readonly LiveStream[], arrived: () => void): void {
    if (this.loading) return;
    const index = this.guide.index;
    for (const channel of channels) {
      if (this.fallbacks.has(channel.id)) continue;
      if (index && this.guide.guideChannelOf(channel) !== undefined) continue;
      this.fallbacks.set(channel.id, 'pending');
      const now = this.now();
      void this.guide.programmesBetween(channel, now - DAY_MS, now + DAY_MS).then((answer) => {
        this.fallbacks.set(channel.id, answer.programmes);
        if (answer.programmes.length === 0) return;
        this.versionValue++;
        arrived();
      });
    }
  }

  /** Whether `programme` of `channel` is over and inside the channel's archive (watchable as catch-up). */
  inArchive(channel: LiveStream, programme: Span, now: number = this.now()): boolean {
    if (!channel.hasArchive || programme.stop > now) return false;
    return channel.archiveDays <= 0 || programme.start >= now - channel.archiveDays * DAY_MS;
  }
}
