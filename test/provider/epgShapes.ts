/** get_short_epg and get_simple_data_table rows per flavour (xtream-api.md §2.7, §2.8). */
import type { Catalogue } from './catalogue';
import { guideWindow, programmesBetween, type Programme } from './epg';
import type { Flavour } from './flavour';
import type { LiveChannel } from './records';
import { formatLocalDateTime } from './time';

/** Q25: titles and descriptions are base64 of their UTF-8 bytes. */
export function base64Text(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function baseRow(p: Programme) {
  return {
    id: p.id,
    epg_id: '1',
    title: base64Text(p.title),
    lang: p.lang,
    start: formatLocalDateTime(p.start),
  };
}

function shortRow(flavour: Flavour, p: Programme) {
  const times = { start_timestamp: String(p.start), stop_timestamp: String(p.stop) };
  const text = { description: base64Text(p.description), channel_id: p.epgChannelId };
  if (flavour === 'xui') {
    // Q24: XUI rewrites `start` to a date string, leaves `end` as unix time and adds `stop`.
    return { ...baseRow(p), end: String(p.stop), ...text, ...times, stop: formatLocalDateTime(p.stop) };
  }
  return { ...baseRow(p), end: formatLocalDateTime(p.stop), ...text, ...times };
}

/** The programmes of a live channel's guide channel in [from, to), or none without an `epg_channel_id`. */
export function channelProgrammes(catalogue: Catalogue, channel: LiveChannel | undefined, from: number, to: number) {
  if (!channel?.epgChannelId) return [];
  const guide = catalogue.channelForEpgId(channel.epgChannelId) ?? channel;
  return programmesBetween(catalogue.seed, channel.epgChannelId, guide.kind, from, to);
}

/** get_short_epg: programmes running now or later, `limit` of them (default 4). */
export function shortEpgAnswer(
  flavour: Flavour,
  catalogue: Catalogue,
  channel: LiveChannel | undefined,
  nowSeconds: number,
  limit: number,
) {
  const { to } = guideWindow(nowSeconds);
  const programmes = channelProgrammes(catalogue, channel, nowSeconds, to).slice(0, Math.max(0, limit));
  return { epg_listings: programmes.map((p) => shortRow(flavour, p)) };
}

/** get_simple_data_table: the whole guide window, with `now_playing` and `has_archive`. */
export function dataTableAnswer(
  flavour: Flavour,
  catalogue: Catalogue,
  channel: LiveChannel | undefined,
  nowSeconds: number,
) {
  const { from, to } = guideWindow(nowSeconds);
  const archiveFrom = nowSeconds - (channel?.archiveDays ?? 0) * 86_400;
  const rows = channelProgrammes(catalogue, channel, from, to).map((p) => {
    const flags = {
      now_playing: p.start <= nowSeconds && nowSeconds < p.stop ? 1 : 0,
      has_archive: channel && channel.archiveDays > 0 && p.stop <= nowSeconds && p.stop >= archiveFrom ? 1 : 0,
    };
    // XUI writes both `start` and `end` as date strings here and has no `stop`.
    const row = flavour === 'xui' ? { ...shortRow('xc2', p) } : shortRow(flavour, p);
    return { ...row, ...flags };
  });
  return { epg_listings: rows };
}
