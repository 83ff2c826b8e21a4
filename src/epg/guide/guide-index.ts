/**
 * The guide index: programmes per channel in compact sorted arrays, answering "what is on X at T", "what is on X
 * between T1 and T2" and "now and next" with binary searches. Offsets (per account and per channel, in minutes)
 * are applied at query time: changing one needs no rebuild, and the cached data stays as the guide published it.
 */
import { ChannelMatcher } from './channel-names';
import { checkGuideData, LIST_SEPARATOR, type SerializedGuideIndex } from './guide-data';
import type { ChannelRef, GuideChannel, GuideProgramme, NowAndNext } from './types';

const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * A finished guide: built by {@link GuideIndexBuilder}, or read back with {@link GuideIndex.deserialize}. Queries
 * take and return times in ms since the epoch, as shown to the viewer (offsets applied).
 *
 * @example
 * ```ts
 * const id = index.matchChannel({ epgChannelId: stream.epgChannelId, name: stream.name });
 * const onAir = id ? index.programmeAt(id, Date.now()) : undefined;
 * ```
 */
export class GuideIndex {
  private readonly data: SerializedGuideIndex;
  private readonly numbers = new Map<string, number>();
  private matcher: ChannelMatcher | undefined;
  private accountOffsetMinutes = 0;
  private readonly channelOffsetMinutes = new Map<string, number>();

  /** Wraps checked data; use {@link GuideIndexBuilder} or {@link GuideIndex.deserialize} to get one. */
  constructor(data: SerializedGuideIndex) {
    this.data = data;
    data.channelIds.forEach((id, number) => this.numbers.set(id, number));
  }

  /** An index from {@link GuideIndex.serialize} output (e.g. read back from a cache); throws if it is not one. */
  static deserialize(data: unknown): GuideIndex {
    return new GuideIndex(checkGuideData(data));
  }

  /**
   * The index as plain data (typed arrays and a string table) for structured clone or transfer. The arrays are the
   * index's own: transferring them empties this index.
   */
  serialize(): SerializedGuideIndex {
    return this.data;
  }

  /** Channels in the guide (declared, or known from their programmes). */
  get channelCount(): number {
    return this.data.channelIds.length;
  }

  /** Programmes stored (inside the window, without repeats). */
  get programmeCount(): number {
    return this.data.starts.length;
  }

  /** The window the programmes were cut to (ms since the epoch, as published, before offsets). */
  get window(): { start: number; end: number } {
    return { start: this.data.windowStart, end: this.data.windowEnd };
  }

  /** The guide's channel ids, in the order the guide declared them. */
  channelIds(): readonly string[] {
    return this.data.channelIds;
  }

  /** Names, icon and programme count of a channel; undefined when the guide does not have it. */
  channel(channelId: string): GuideChannel | undefined {
    const c = this.numbers.get(channelId);
    if (c === undefined) return undefined;
    const data = this.data;
    return {
      id: channelId,
      name: this.text(data.channelNames[c]),
      displayNames: this.list(data.channelDisplayNames[c]),
      icon: this.text(data.channelIcons[c]),
      programmeCount: data.channelFirst[c + 1] - data.channelFirst[c],
    };
  }

  /** The guide channel id for a playlist channel: by `epg_channel_id`/`tvg-id` first, then by name. */
  matchChannel(ref: ChannelRef): string | undefined {
    if (!this.matcher)
      this.matcher = new ChannelMatcher(this.data.channelIds, (c) => this.list(this.data.channelDisplayNames[c]));
    const c = this.matcher.match(ref);
    return c < 0 ? undefined : this.data.channelIds[c];
  }

  /** Shifts every channel's programmes by `minutes` (the account's "EPG time shift" setting). */
  setAccountOffset(minutes: number): void {
    this.accountOffsetMinutes = minutes;
  }

  /** Removes every channel's own offset (the account's stays). */
  clearChannelOffsets(): void {
    this.channelOffsetMinutes.clear();
  }

  /** Shifts one channel's programmes by `minutes`, on top of the account offset. */
  setChannelOffset(channelId: string, minutes: number): void {
    if (minutes === 0) this.channelOffsetMinutes.delete(channelId);
    else this.channelOffsetMinutes.set(channelId, minutes);
  }

  /** The programme on air on `channelId` at `time` (start inclusive, stop exclusive); undefined in a gap. */
  programmeAt(channelId: string, time: number): GuideProgramme | undefined {
    const c = this.numbers.get(channelId);
    if (c === undefined) return undefined;
    const row = this.rowAt(c, this.toStored(c, time));
    return row < 0 ? undefined : this.programme(c, row);
  }

  /** Programmes of `channelId` that overlap `[from, to)`, in start order. */
  programmesBetween(channelId: string, from: number, to: number): GuideProgramme[] {
    const c = this.numbers.get(channelId);
    if (c === undefined || !(to > from)) return [];
    const { stops, channelMaxDuration } = this.data;
    const low = this.toStored(c, from);
    const end = this.firstStartAtOrAfter(c, this.toStored(c, to));
    const out: GuideProgramme[] = [];
    // No programme starting before `low - longest` can still run at `low`.
    for (let row = this.firstStartAfter(c, low - channelMaxDuration[c]); row < end; row++) {
      if (stops[row] > low) out.push(this.programme(c, row));
    }
    return out;
  }

  /** For each channel, the programme on air at `time` and the first one starting after it. */
  nowAndNext(channelIds: readonly string[], time: number): NowAndNext[] {
    return channelIds.map((channelId) => {
      const c = this.numbers.get(channelId);
      if (c === undefined) return { channelId, now: undefined, next: undefined };
      const t = this.toStored(c, time);
      const now = this.rowAt(c, t);
      const next = this.firstStartAfter(c, t);
      return {
        channelId,
        now: now < 0 ? undefined : this.programme(c, now),
        next: next < this.data.channelFirst[c + 1] ? this.programme(c, next) : undefined,
      };
    });
  }

  /** `time` (ms, as shown) in stored units for channel `c`: seconds after `baseSeconds`, offsets removed. */
  private toStored(c: number, time: number): number {
    return (time - this.offsetMs(c)) / 1000 - this.data.baseSeconds;
  }

  private offsetMs(c: number): number {
    const own = this.channelOffsetMinutes.size ? (this.channelOffsetMinutes.get(this.data.channelIds[c]) ?? 0) : 0;
    return (this.accountOffsetMinutes + own) * 60000;
  }

  /** The row on air at stored time `t`, preferring the latest start; -1 in a gap. */
  private rowAt(c: number, t: number): number {
    const { starts, stops, channelFirst, channelMaxDuration } = this.data;
    const first = channelFirst[c];
    const earliest = t - channelMaxDuration[c];
    for (let row = this.firstStartAfter(c, t) - 1; row >= first && starts[row] >= earliest; row--) {
      if (stops[row] > t) return row;
    }
    return -1;
  }

  /** The first row of channel `c` whose start is after `t` (binary search), or the channel's end. */
  private firstStartAfter(c: number, t: number): number {
    const starts = this.data.starts;
    let low = this.data.channelFirst[c];
    let high = this.data.channelFirst[c + 1];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] > t) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** The first row of channel `c` whose start is at or after `t`, or the channel's end. */
  private firstStartAtOrAfter(c: number, t: number): number {
    const starts = this.data.starts;
    let low = this.data.channelFirst[c];
    let high = this.data.channelFirst[c + 1];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] >= t) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  private programme(c: number, row: number): GuideProgramme {
    const data = this.data;
    const shift = this.offsetMs(c);
    return {
      channelId: data.channelIds[c],
      start: (data.starts[row] + data.baseSeconds) * 1000 + shift,
      stop: (data.stops[row] + data.baseSeconds) * 1000 + shift,
      title: this.text(data.titles[row]) ?? '',
      subTitle: this.text(data.subTitles[row]),
      description: this.text(data.descriptions[row]),
      categories: this.list(data.categories[row]),
      icon: this.text(data.icons[row]),
      season: data.seasons[row] || undefined,
      episode: data.episodes[row] || undefined,
      onscreen: this.text(data.onscreens[row]),
    };
  }

  private text(index: number): string | undefined {
    return index < 0 ? undefined : this.data.strings[index];
  }

  private list(index: number): readonly string[] {
    return index < 0 ? NO_NAMES : this.data.strings[index].split(LIST_SEPARATOR);
  }
}
