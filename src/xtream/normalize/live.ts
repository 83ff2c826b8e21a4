import type { LiveStream } from '../models';
import { categoryIds, isObject, type RawObject } from './coerce';
import { Collector } from './collector';
import type { Field } from './field';
import { expectList, isHole } from './shape';

/** The fields a channel is read from, taken once per answer. */
interface ChannelFields {
  streamId: Field;
  categoryId: Field;
  tvArchive: Field;
  num: Field;
  name: Field;
  streamIcon: Field;
  epgChannelId: Field;
  tvArchiveDuration: Field;
  isAdult: Field;
  added: Field;
  directSource: Field;
}

function channelFields(collector: Collector): ChannelFields {
  return {
    streamId: collector.field('stream_id'),
    categoryId: collector.field('category_id'),
    tvArchive: collector.field('tv_archive'),
    num: collector.field('num'),
    name: collector.field('name'),
    streamIcon: collector.field('stream_icon'),
    epgChannelId: collector.field('epg_channel_id'),
    tvArchiveDuration: collector.field('tv_archive_duration'),
    isAdult: collector.field('is_adult'),
    added: collector.field('added'),
    directSource: collector.field('direct_source'),
  };
}

function channelOf(item: RawObject, id: string, f: ChannelFields): LiveStream {
  const categoryId = f.categoryId.id(item.category_id);
  const hasArchive = f.tvArchive.bool(item.tv_archive);
  const streamType = item.stream_type;
  return {
    id,
    num: f.num.num(item.num),
    name: f.name.name(item.name),
    logo: f.streamIcon.text(item.stream_icon),
    categoryId,
    categoryIds: categoryIds(item.category_ids, categoryId),
    epgChannelId: f.epgChannelId.text(item.epg_channel_id),
    // Q12: live, created_live and radio_streams all play through /live/.
    type: streamType === 'radio_streams' || streamType === 'radio' ? 'radio' : 'live',
    hasArchive,
    // Q9: tv_archive_duration is 0 without archive but "3" (a string) with it.
    archiveDays: hasArchive ? (f.tvArchiveDuration.num(item.tv_archive_duration) ?? 0) : 0,
    isAdult: f.isAdult.bool(item.is_adult),
    added: f.added.time(item.added),
    directSource: f.directSource.text(item.direct_source),
  };
}

/** Channels of `get_live_streams`. Items without a `stream_id` are dropped and reported. */
export function normalizeLiveStreams(raw: unknown, collector = new Collector()): LiveStream[] {
  const items = expectList(raw, 'list of channels');
  const f = channelFields(collector);
  const out: LiveStream[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) {
      if (!isHole(items, index)) collector.drop(index, 'not an object');
      continue;
    }
    const id = f.streamId.id(item.stream_id);
    if (id === undefined) collector.drop(index, 'no stream_id');
    else out.push(channelOf(item, id, f));
  }
  return out;
}
