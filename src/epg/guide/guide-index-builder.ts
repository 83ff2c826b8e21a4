/**
 * Builds a {@link GuideIndex} incrementally from the parser's callbacks: programmes may arrive in any order; they
 * are stored compactly as they come (integer columns and a shared string table) and sorted once at the end.
 */
import type { XmltvChannel, XmltvProgramme } from '../xmltv/types';
import { BlockColumn } from './block-column';
import { LIST_SEPARATOR, type SerializedGuideIndex } from './guide-data';
import { GuideIndex } from './guide-index';
import { detachString } from '../shared/detach-string';
import { NO_STRING, StringPool } from './string-pool';
import type { GuideBuildReport, GuideWindowOptions } from './types';

/** Defaults of {@link GuideWindowOptions}: catch-up depth behind, a week ahead. */
export const DEFAULT_GUIDE_WINDOW = { daysBack: 3, daysAhead: 7 } as const;

/** How long the last programme of a channel lasts when the guide gives neither a stop nor a following programme. */
export const OPEN_ENDED_SECONDS = 3600;

const DAY_SECONDS = 86400;
const MISSING_STOP = -0x80000000;

/**
 * Accumulates a guide; {@link GuideIndexBuilder.finish} turns it into the compact, sorted index. Times are kept as
 * the guide published them: offsets are the index's business, at query time.
 *
 * @example
 * ```ts
 * const builder = new GuideIndexBuilder({ now: Date.now() });
 * await parseXmltvFromStream(body, { onChannel: builder.onChannel, onProgramme: builder.onProgramme });
 * const index = builder.finish();
 * ```
 */
export class GuideIndexBuilder {
  /** Pass as the parser's `onChannel`. */
  readonly onChannel = (channel: XmltvChannel): void => this.addChannel(channel);
  /** Pass as the parser's `onProgramme`. */
  readonly onProgramme = (programme: XmltvProgramme): void => this.addProgramme(programme);

  private readonly baseSeconds: number;
  private readonly windowEnd: number;
  private readonly pool = new StringPool();
  private readonly channelNumbers = new Map<string, number>();
  private readonly channelIds: string[] = [];
  private readonly channelNames: number[] = [];
  private readonly channelDisplayNames: number[] = [];
  private readonly channelIcons: number[] = [];
  private readonly channel = new BlockColumn();
  private readonly start = new BlockColumn();
  private readonly stop = new BlockColumn();
  private readonly title = new BlockColumn();
  private readonly subTitle = new BlockColumn();
  private readonly description = new BlockColumn();
  private readonly icon = new BlockColumn();
  private readonly categories = new BlockColumn();
  private readonly onscreen = new BlockColumn();
  /** Season in the high 16 bits, episode in the low 16 (0 = unknown). */
  private readonly numbers = new BlockColumn();
  private readonly counts: GuideBuildReport = {
    channels: 0,
    programmes: 0,
    outsideWindow: 0,
    duplicatesDropped: 0,
    emptyDropped: 0,
    overlapping: 0,
  };
  private finished = false;
  private lastChannel = 0;

  constructor(options: GuideWindowOptions = {}) {
    const now = Math.floor((options.now ?? Date.now()) / 1000);
    this.baseSeconds = now - Math.round((options.daysBack ?? DEFAULT_GUIDE_WINDOW.daysBack) * DAY_SECONDS);
    this.windowEnd =
      now + Math.round((options.daysAhead ?? DEFAULT_GUIDE_WINDOW.daysAhead) * DAY_SECONDS) - this.baseSeconds;
  }

  /** What the build kept and dropped (complete after {@link finish}). */
  get report(): GuideBuildReport {
    return { ...this.counts, channels: this.channelIds.length };
  }

  /** Records a channel's names and icon (a channel declared twice keeps its first names and first icon). */
  addChannel(channel: XmltvChannel): void {
    const number = this.channelNumber(channel.id);
    if (this.channelDisplayNames[number] !== NO_STRING || channel.displayNames.length === 0) {
      if (this.channelIcons[number] === NO_STRING) this.channelIcons[number] = this.pool.intern(channel.icon);
      return;
    }
    this.channelNames[number] = this.pool.intern(channel.name);
    this.channelDisplayNames[number] = this.pool.intern(channel.displayNames.join(LIST_SEPARATOR));
    if (this.channelIcons[number] === NO_STRING) this.channelIcons[number] = this.pool.intern(channel.icon);
  }

  /** Stores a programme unless it lies entirely outside the window; any order, any channel. */
  addProgramme(programme: XmltvProgramme): void {
    if (this.finished) throw new Error('addProgramme() after finish()');
    const start = Math.floor(programme.start / 1000) - this.baseSeconds;
    const stop = programme.stop === undefined ? MISSING_STOP : Math.floor(programme.stop / 1000) - this.baseSeconds;
    // A programme without stop is judged at the end, once the next one on its channel is known.
    if (start >= this.windowEnd || (stop !== MISSING_STOP && stop <= 0)) {
      this.counts.outsideWindow++;
      return;
    }
    const pool = this.pool;
    const episode = programme.episode;
    const cats = programme.categories;
    this.channel.push(this.channelNumber(programme.channel));
    this.start.push(start);
    this.stop.push(stop);
    this.title.push(pool.intern(programme.title));
    this.subTitle.push(pool.intern(programme.subTitle));
    this.description.push(pool.intern(programme.description));
    this.icon.push(pool.intern(programme.icon));
    this.categories.push(
      cats.length === 0 ? NO_STRING : pool.intern(cats.length === 1 ? cats[0] : cats.join(LIST_SEPARATOR)),
    );
    this.onscreen.push(pool.intern(episode ? episode.onscreen : undefined));
    const season = episode && episode.season !== undefined && episode.season < 0x10000 ? episode.season : 0;
    const number = episode && episode.episode !== undefined && episode.episode < 0x10000 ? episode.episode : 0;
    this.numbers.push(season * 0x10000 + number);
  }

  /** Sorts, drops duplicates and what falls outside the window, and returns the index. The builder is spent. */
  finish(): GuideIndex {
    if (this.finished) throw new Error('finish() called twice');
    this.finished = true;
    const channels = this.channelIds.length;
    const { order, first } = this.orderByChannelAndStart(channels);
    const channelFirst = new Int32Array(channels + 1);
    const channelMaxDuration = new Int32Array(channels);
    const kept = this.keepPlayable(order, first, channelFirst, channelMaxDuration);
    this.counts.programmes = kept;
    const numbers = this.numbers.gather(order, kept);
    const seasons = new Uint16Array(kept);
    const episodes = new Uint16Array(kept);
    for (let i = 0; i < kept; i++) {
      seasons[i] = numbers[i] >>> 16;
      episodes[i] = numbers[i] & 0xffff;
    }
    this.channel.release();
    const data: SerializedGuideIndex = {
      format: 'guide-index',
      version: 1,
      baseSeconds: this.baseSeconds,
      windowStart: this.baseSeconds * 1000,
      windowEnd: (this.baseSeconds + this.windowEnd) * 1000,
      strings: this.pool.seal(),
      channelIds: this.channelIds,
      channelNames: new Int32Array(this.channelNames),
      channelDisplayNames: new Int32Array(this.channelDisplayNames),
      channelIcons: new Int32Array(this.channelIcons),
      channelFirst,
      channelMaxDuration,
      starts: this.start.gather(order, kept),
      stops: this.stop.gather(order, kept),
      titles: this.title.gather(order, kept),
      subTitles: this.subTitle.gather(order, kept),
      descriptions: this.description.gather(order, kept),
      icons: this.icon.gather(order, kept),
      categories: this.categories.gather(order, kept),
      onscreens: this.onscreen.gather(order, kept),
      seasons,
      episodes,
    };
    return new GuideIndex(data);
  }

  private channelNumber(id: string): number {
    // Guides list a channel's programmes together: the previous channel is nearly always the one asked for.
    const last = this.channelIds.length ? this.channelIds[this.lastChannel] : undefined;
    if (id === last) return this.lastChannel;
    let number = this.channelNumbers.get(id);
    if (number === undefined) {
      number = this.channelIds.length;
      const copy = detachString(id);
      this.channelIds.push(copy);
      this.channelNumbers.set(copy, number);
      this.channelNames.push(NO_STRING);
      this.channelDisplayNames.push(NO_STRING);
      this.channelIcons.push(NO_STRING);
    }
    this.lastChannel = number;
    return number;
  }

  /** Row numbers grouped by channel (counting sort, stable), each channel's rows sorted by start. */
  private orderByChannelAndStart(channels: number): { order: Int32Array; first: Int32Array } {
    const rows = this.start.length;
    const next = new Int32Array(channels + 1);
    for (let i = 0; i < rows; i++) next[this.channel.get(i) + 1]++;
    for (let c = 0; c < channels; c++) next[c + 1] += next[c];
    const first = new Int32Array(next);
    const order = new Int32Array(rows);
    for (let i = 0; i < rows; i++) order[next[this.channel.get(i)]++] = i;
    const start = this.start;
    for (let c = 0; c < channels; c++) {
      let sorted = true;
      for (let k = first[c] + 1; k < first[c + 1] && sorted; k++)
        sorted = start.get(order[k]) >= start.get(order[k - 1]);
      if (sorted) continue;
      // Guides are nearly always in time order per channel; sort only the channels that are not.
      const rowsOfChannel = Array.prototype.slice.call(order.subarray(first[c], first[c + 1])) as number[];
      rowsOfChannel.sort((a, b) => start.get(a) - start.get(b) || a - b);
      order.set(rowsOfChannel, first[c]);
    }
    return { order, first };
  }

  /**
   * Walks each channel in start order: drops repeats and zero-length entries, gives open-ended programmes the
   * next start, drops what ends before the window, counts overlaps. Compacts `order` in place; returns the count.
   */
  private keepPlayable(
    order: Int32Array,
    first: Int32Array,
    channelFirst: Int32Array,
    maxDuration: Int32Array,
  ): number {
    const { start, stop, title, counts } = this;
    let write = 0;
    for (let c = 0; c < first.length - 1; c++) {
      channelFirst[c] = write;
      const end = first[c + 1];
      let previousStart = NaN;
      let previousTitle = NaN;
      let previousStop = -Infinity;
      for (let k = first[c]; k < end; k++) {
        const row = order[k];
        const s = start.get(row);
        const t = title.get(row);
        if (s === previousStart && t === previousTitle) {
          counts.duplicatesDropped++;
          continue;
        }
        let e = stop.get(row);
        if (e === MISSING_STOP) {
          let m = k + 1;
          while (m < end && start.get(order[m]) <= s) m++;
          e = m < end ? start.get(order[m]) : s + OPEN_ENDED_SECONDS;
          stop.set(row, e);
        }
        if (e <= 0) {
          counts.outsideWindow++;
          continue;
        }
        if (e <= s) {
          // A zero-length marker some guides emit: nothing to show, and it would pose as "next".
          counts.emptyDropped++;
          continue;
        }
        if (s < previousStop) counts.overlapping++;
        order[write++] = row;
        previousStart = s;
        previousTitle = t;
        previousStop = e;
        if (e - s > maxDuration[c]) maxDuration[c] = e - s;
      }
    }
    channelFirst[first.length - 1] = write;
    return write;
  }
}
