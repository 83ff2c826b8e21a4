/** Generates one live channel from the seed and its index, without looking at any other channel. */
import { slotOf, type CategorySlot } from './categories';
import { Random } from './random';
import type { LiveChannel, ImageKind } from './records';
import { channelStems, epgCountry, qualitySuffixes, specialChannelNames, type LiveKind } from './words';

/** Items are "added" between 2021-01-01 and 2025-01-01: fixed, so the catalogue is the same every day. */
export const ADDED_FROM = 1_609_459_200;
export const ADDED_SPAN = 4 * 365 * 86_400;

const LIVE_STREAM = 1;

/** Letters and digits of a name, for XMLTV ids such as `Sport3.uk`. */
function slug(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z0-9]/g, '') || 'Channel';
}

function logoKind(random: Random): ImageKind {
  const roll = random.next();
  if (roll < 0.03) return 'broken';
  if (roll < 0.07) return 'none';
  return 'svg';
}

function channelName(random: Random, slot: CategorySlot<LiveKind>, position: number): string {
  const specials = specialChannelNames[slot.kind] ?? [];
  const specialIndex = (position - 2) / 5;
  if (Number.isInteger(specialIndex) && specialIndex >= 0 && specialIndex < specials.length) {
    return specials[specialIndex];
  }
  const stem = random.pick(channelStems[slot.kind]);
  const drawn = random.chance(0.6) ? String(random.int(1, 9)) : '';
  const number = /\d$/.test(stem) ? '' : drawn;
  const quality = slot.kind === 'radio' ? '' : random.pick(qualitySuffixes);
  const base = [stem, number, quality].filter(Boolean).join(' ');
  // Large catalogues have regional categories ("UK | News"); their channels carry the region like real lists do.
  const region = slot.category.name.includes(' | ') ? slot.category.name.split(' | ')[0] : '';
  return region && !/^[A-Z]{2}: /.test(base) ? `${region}: ${base}` : base;
}

/** Builds the live channel at a 0-based index (stream id = index + 1). */
export function makeLiveChannel(seed: number, slots: readonly CategorySlot<LiveKind>[], index: number): LiveChannel {
  const random = Random.for(seed, LIVE_STREAM, index);
  const slot = slotOf(slots, index);
  const kind = slot.kind;
  const name = channelName(random, slot, index - slot.first);
  const special = kind === 'radio' || kind === 'adult';
  const hasEpg = !special && random.chance(0.5);
  const hasArchive = !special && random.chance(hasEpg ? 0.4 : 0.1);
  const categoryIds = [slot.category.id];
  if (!special && random.chance(0.04)) {
    const other = random.pick(slots.filter((s) => s !== slot && s.kind !== 'adult' && s.kind !== 'radio'));
    if (other) categoryIds.push(other.category.id);
  }
  const withoutQuality = name.replace(/ (HD|FHD|SD|4K)$/, '').replace(/^[A-Z]{2}: /, '');
  return {
    streamId: index + 1,
    name,
    kind,
    categoryId: slot.category.id,
    categoryIds,
    categoryMissing: !special && random.chance(0.03),
    streamType: kind === 'radio' ? 'radio_streams' : random.chance(0.04) ? 'created_live' : 'live',
    epgChannelId: hasEpg ? `${slug(withoutQuality)}.${epgCountry[kind]}` : null,
    archiveDays: hasArchive ? random.int(3, 7) : 0,
    logo: logoKind(random),
    added: ADDED_FROM + random.int(0, ADDED_SPAN),
    customSid: random.chance(0.04) ? null : '',
    isAdult: kind === 'adult',
  };
}
