import type { LiveStream } from '../models';
import { isObject } from './coerce';
import { Collector, FieldReader } from './report';
import { expectList } from './shape';

/** Channels of `get_live_streams`. Items without a `stream_id` are dropped and reported. */
export function normalizeLiveStreams(raw: unknown, collector = new Collector()): LiveStream[] {
  const out: LiveStream[] = [];
  expectList(raw, 'list of channels').forEach((item, index) => {
    if (!isObject(item)) return collector.drop(index, 'not an object');
    const r = new FieldReader(item, collector);
    const id = r.id('stream_id');
    if (id === undefined) return collector.drop(index, 'no stream_id');
    const categoryId = r.id('category_id');
    const hasArchive = r.bool('tv_archive');
    out.push({
      id,
      num: r.num('num'),
      name: r.name('name'),
      logo: r.text('stream_icon'),
      categoryId,
      categoryIds: r.categoryIds(categoryId),
      epgChannelId: r.text('epg_channel_id'),
      // Q12: live, created_live and radio_streams all play through /live/.
      type: item.stream_type === 'radio_streams' || item.stream_type === 'radio' ? 'radio' : 'live',
      hasArchive,
      // Q9: tv_archive_duration is 0 without archive but "3" (a string) with it.
      archiveDays: hasArchive ? (r.num('tv_archive_duration') ?? 0) : 0,
      isAdult: r.bool('is_adult'),
      added: r.time('added'),
      directSource: r.text('direct_source'),
    });
  });
  return out;
}
