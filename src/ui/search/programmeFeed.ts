/**
 * Which guide programmes search can find, and in which order they are indexed. Only programmes a viewer can act on
 * are kept: those on air or still to come, and past ones inside the archive of a channel with catch-up. The index
 * ranks ties in the order documents were added, so programmes are added by their distance from now: on air first,
 * then hour by hour further away (upcoming and recent catch-up side by side), which puts what is on now or soon
 * above next week's repeats. The work is done in slices: a call does a little and says whether it finished.
 */
import type { GuideIndex } from '../../epg';
import type { ProgrammeTitle } from '../../library';
import type { LiveStream } from '../../xtream';

const HOUR_MS = 3600000;
const DAY_MS = 24 * HOUR_MS;
/** Buckets of one hour each; anything further away than this shares the last one. */
const BUCKETS = 24 * 14;
/** Channels read between two looks at the clock (a channel holds up to ten days of programmes). */
const CHUNK = 4;

/** The channel a guide channel plays on: the first visible stream matched to it, one with catch-up preferred. */
export type ChannelsByGuideId = Map<string, LiveStream>;

/** Adds `channel` as a stream of guide channel `guideId`, keeping the first one unless this one has an archive. */
export function addGuideChannel(channels: ChannelsByGuideId, guideId: string, channel: LiveStream): void {
  const known = channels.get(guideId);
  if (!known || (!known.hasArchive && channel.hasArchive)) channels.set(guideId, channel);
}

/** Whether a programme of `channel` ending at `stop` and starting at `start` can be watched from its archive. */
export function inArchive(channel: LiveStream, start: number, stop: number, now: number): boolean {
  if (!channel.hasArchive || stop > now) return false;
  return channel.archiveDays <= 0 || start >= now - channel.archiveDays * DAY_MS;
}

/** Collects the programmes of matched channels in slices, then hands them over nearest to now first. */
export class ProgrammeFeed {
  private readonly ids: string[];
  private next = 0;
  private readonly buckets: ProgrammeTitle[][] = [];

  constructor(
    private readonly index: GuideIndex,
    private readonly channels: ChannelsByGuideId,
    private readonly now: number,
  ) {
    this.ids = Array.from(channels.keys());
    for (let b = 0; b < BUCKETS; b++) this.buckets.push([]);
  }

  /** Reads channels until `deadline` (a `clock()` value); true once every channel was read. */
  collect(deadline: number, clock: () => number): boolean {
    const end = this.index.window.end + DAY_MS;
    while (this.next < this.ids.length) {
      const stop = Math.min(this.ids.length, this.next + CHUNK);
      for (; this.next < stop; this.next++) this.collectChannel(this.ids[this.next], end);
      if (clock() >= deadline) break;
    }
    return this.next >= this.ids.length;
  }

  /** The programmes collected, nearest to now first (call once {@link collect} finished). */
  ordered(): ProgrammeTitle[][] {
    return this.buckets.filter((bucket) => bucket.length > 0);
  }

  private collectChannel(guideId: string, end: number): void {
    const channel = this.channels.get(guideId) as LiveStream;
    const now = this.now;
    const from = channel.hasArchive ? (channel.archiveDays > 0 ? now - channel.archiveDays * DAY_MS : 0) : now;
    const programmes = this.index.programmesBetween(guideId, from, end);
    for (let i = 0; i < programmes.length; i++) {
      const p = programmes[i];
      if (!p.title) continue;
      let distance: number;
      if (p.start <= now && now < p.stop) distance = 0;
      else if (p.start > now) distance = p.start - now;
      else if (inArchive(channel, p.start, p.stop, now)) distance = now - p.stop;
      else continue;
      const bucket = Math.min(BUCKETS - 1, distance === 0 ? 0 : 1 + Math.floor(distance / HOUR_MS));
      this.buckets[bucket].push({ title: p.title, channelId: guideId, start: p.start, stop: p.stop });
    }
  }
}
