/**
 * Matching playlist channels to guide channels: by id first (`epg_channel_id`, `tvg-id`), then by a normalised
 * display name, so "BBC One HD", "bbc one" and "BBC ONE (FHD)" meet while "BBC One +1" stays its own channel.
 */
import type { ChannelRef } from './types';

/** Quality and format words providers append to names; they do not make another channel. */
const QUALITY_SUFFIXES = new Set([
  'hd',
  'fhd',
  'uhd',
  'sd',
  'hq',
  '4k',
  '8k',
  'hevc',
  'h264',
  'h265',
  '720p',
  '1080p',
  '1080i',
  '2160p',
  '50fps',
  '60fps',
]);

/** Letters that do not decompose into a base letter and a mark. */
const FOLDED: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Country tags Xtream panels put in front of names: "UK: BBC One", "|UK| BBC One", "UK | BBC One". */
const COUNTRY_TAG = /^\s*(?:\|\s*[a-z]{2,3}\s*\||[a-z]{2,3}\s*[:|])\s*/i;

function stripDiacritics(text: string): string {
  // String.prototype.normalize is missing on the oldest TV engines: there only the folding table applies.
  const decomposed = typeof text.normalize === 'function' ? text.normalize('NFD') : text;
  return decomposed.replace(/[\u0300-\u036f]/g, '').replace(/[øæœßłđðþı]/g, (c) => FOLDED[c] ?? c);
}

/**
 * A channel name reduced to what identifies it: lower case, no diacritics, no punctuation or spaces, without
 * trailing quality words (HD, FHD, UHD, 4K…). A "+N" time-shift stays part of the name.
 *
 * @example
 * ```ts
 * normalizeChannelName('BBC One HD') === normalizeChannelName('bbc-one'); // true
 * normalizeChannelName('BBC One +1') === normalizeChannelName('BBC One'); // false
 * ```
 */
export function normalizeChannelName(name: string): string {
  const words = stripDiacritics(name.toLowerCase())
    .replace(/\+\s*(\d+)/g, ' plus$1 ')
    .split(/[^a-z0-9\u00c0-\u1fff\u2070-\uffff]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && QUALITY_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join('');
}

/** The name without a leading country tag, or undefined when it has none. */
function withoutCountryTag(name: string): string | undefined {
  const stripped = name.replace(COUNTRY_TAG, '');
  return stripped !== name && stripped.trim() !== '' ? stripped : undefined;
}

/** Looks guide channels up by id or name; built once per index, on first use. */
export class ChannelMatcher {
  private readonly byId = new Map<string, number>();
  private readonly byLowerId = new Map<string, number>();
  private readonly byName = new Map<string, number>();

  constructor(ids: readonly string[], displayNames: (channel: number) => readonly string[]) {
    ids.forEach((id, channel) => {
      this.byId.set(id, channel);
      this.addOnce(this.byLowerId, id.toLowerCase(), channel);
      // iptv-org style ids carry a feed after "@" ("ABC.us@SD"); playlists often omit it, or the other way round.
      const at = id.indexOf('@');
      if (at > 0) this.addOnce(this.byLowerId, id.slice(0, at).toLowerCase(), channel);
    });
    ids.forEach((_, channel) => {
      for (const name of displayNames(channel)) this.addOnce(this.byName, normalizeChannelName(name), channel);
    });
  }

  /** The channel number for `ref`, or -1. */
  match(ref: ChannelRef): number {
    for (const id of [ref.epgChannelId, ref.tvgId]) {
      if (!id) continue;
      const found = this.matchId(id.trim());
      if (found >= 0) return found;
    }
    if (!ref.name) return -1;
    const found = this.byName.get(normalizeChannelName(ref.name));
    if (found !== undefined) return found;
    const untagged = withoutCountryTag(ref.name);
    return untagged ? (this.byName.get(normalizeChannelName(untagged)) ?? -1) : -1;
  }

  private matchId(id: string): number {
    const exact = this.byId.get(id);
    if (exact !== undefined) return exact;
    const lower = id.toLowerCase();
    const loose = this.byLowerId.get(lower);
    if (loose !== undefined) return loose;
    const at = lower.indexOf('@');
    return at > 0 ? (this.byLowerId.get(lower.slice(0, at)) ?? -1) : -1;
  }

  private addOnce(map: Map<string, number>, key: string, channel: number): void {
    if (key !== '' && !map.has(key)) map.set(key, channel);
  }
}
