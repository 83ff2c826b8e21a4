import { decodeEpgText } from '../base64';
import { XtreamError } from '../errors';
import type { EpgEntry, ServerInfo } from '../models';
import { parseServerWallClock } from '../server-time';
import { isObject, list, num, str, text, unixMs, type RawObject } from './coerce';
import { Collector } from './collector';
import { FieldReader } from './field-reader';
import { expectObjectOrList } from './shape';

/** What EPG normalisation needs to know about the panel to read date strings. */
export type EpgClock = Pick<ServerInfo, 'timezone' | 'utcOffsetMinutes'>;

function listingsOf(raw: unknown): unknown[] {
  const answer = expectObjectOrList(raw, 'programme guide');
  // XUI's get_epg answers a bare list; the other actions wrap it in epg_listings.
  const listings = isObject(answer) && 'epg_listings' in answer ? answer.epg_listings : answer;
  const items = list(listings);
  if (items !== undefined) return items;
  // Several stream ids at once (XUI) give an object keyed by stream id.
  if (isObject(listings) && listings !== answer) return Object.keys(listings).map((key) => listings[key]);
  throw new XtreamError('BAD_RESPONSE', 'The server sent something other than the programme guide.');
}

/** A time that may be unix seconds or a date string on the panel's clock. */
function timeOf(value: unknown, field: string, clock: EpgClock, collector: Collector): number | undefined {
  const unix = num(value) !== undefined ? unixMs(value) : undefined;
  if (unix !== undefined) {
    collector.note(field, typeof value === 'number' ? 'number' : 'text', 'time');
    return unix;
  }
  const date = text(value) === undefined ? undefined : parseServerWallClock(str(value), clock);
  if (date !== undefined) collector.note(field, 'date text', 'time');
  return date;
}

function decoded(value: unknown, field: string, collector: Collector): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const out = decodeEpgText(raw);
  if (out !== raw) collector.note(field, 'base64', 'text');
  return out.trim() === '' ? undefined : out;
}

function normalizeEntry(item: RawObject, clock: EpgClock, collector: Collector): EpgEntry | string {
  const r = new FieldReader(item, collector);
  // Client rule: trust start_timestamp/stop_timestamp; XUI's short-EPG `end` is unix while
  // `start`/`stop` are date strings (Q24), so the strings are only a fallback.
  const start = r.time('start_timestamp') ?? timeOf(item.start, 'start', clock, collector);
  const end =
    r.time('stop_timestamp', 'end_timestamp') ??
    (num(item.end) !== undefined ? timeOf(item.end, 'end', clock, collector) : undefined) ??
    timeOf(item.stop, 'stop', clock, collector) ??
    timeOf(item.end, 'end', clock, collector);
  if (start === undefined) return 'no start time';
  if (end === undefined) return 'no end time';
  if (end < start) return 'ends before it starts';
  const entry: EpgEntry = {
    id: r.id('id'),
    title: decoded(item.title, 'title', collector) ?? '',
    description: decoded(item.description, 'description', collector),
    start,
    end,
    channelId: r.text('channel_id'),
    lang: r.text('lang'),
  };
  if (item.has_archive !== undefined) entry.hasArchive = r.bool('has_archive');
  if (item.now_playing !== undefined) entry.nowPlaying = r.bool('now_playing');
  return entry;
}

/**
 * Programmes of `get_short_epg` or `get_simple_data_table`, ordered by start. Titles and
 * descriptions are decoded from base64 (UTF-8). `clock` tells how to read date strings when a
 * row lacks unix timestamps.
 */
export function normalizeEpg(raw: unknown, collector = new Collector(), clock: EpgClock = {}): EpgEntry[] {
  const out: EpgEntry[] = [];
  const rows: RawObject[] = [];
  for (const item of listingsOf(raw)) {
    // A multi-stream answer nests one list per stream.
    if (Array.isArray(item)) item.forEach((nested) => rows.push(isObject(nested) ? nested : {}));
    else rows.push(isObject(item) ? item : {});
  }
  rows.forEach((row, index) => {
    if (Object.keys(row).length === 0) return collector.drop(index, 'not an object');
    const entry = normalizeEntry(row, clock, collector);
    if (typeof entry === 'string') collector.drop(index, entry);
    else out.push(entry);
  });
  return out.sort((a, b) => a.start - b.start);
}
