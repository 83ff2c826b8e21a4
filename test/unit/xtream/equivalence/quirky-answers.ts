// Seeded answers in which every field the normalisers read takes every shape panels have sent
// (xtream-api.md §3) and a few nobody should send, so each coercion and drop path is taken.

import type { EpgClock } from '../../../../src/xtream/normalize';
import type { CallOptions } from './outcome';
import { ABSENT, ANY, FIELDS, TYPICAL } from './quirky-values';

/** A tiny seeded generator (mulberry32): the same seed gives the same answers everywhere. */
export class Seeded {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** The items in a random order. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One raw object of `kind`, its fields in a random order. */
function item(random: Seeded, kind: string): Record<string, unknown> {
  const fields = random.shuffled(FIELDS[kind]);
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const typical = TYPICAL[field];
    const value = typical && random.chance(0.5) ? random.pick(typical) : random.pick(ANY);
    if (value !== ABSENT) out[field] = value;
  }
  return out;
}

/** A list of `count` items, with some junk rows, sometimes keyed by index (Q17). */
function listOf(random: Seeded, count: number, make: () => unknown): unknown {
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) items.push(random.chance(0.04) ? random.pick([null, 'junk', 5, [], {}]) : make());
  if (!random.chance(0.2)) return items;
  const keyed: Record<string, unknown> = {};
  items.forEach((value, index) => (keyed[String(index * 3)] = value));
  return keyed;
}

function episodesOf(random: Seeded): unknown {
  const episode = (): unknown => {
    const raw = item(random, 'episode');
    if (random.chance(0.5)) raw.info = item(random, 'episodeInfo');
    return raw;
  };
  const some = (): unknown[] => Array.from({ length: 1 + Math.floor(random.next() * 4) }, episode);
  switch (random.pick(['keyed', 'nested', 'flat', 'none'])) {
    case 'keyed':
      return { '2': some(), '1': some(), '10': some(), x: some() };
    case 'nested':
      return [some(), some(), episode()];
    case 'flat':
      return some();
    default:
      return random.pick([null, undefined, {}, []]);
  }
}

/** One generated answer and how to call its normaliser. */
export interface QuirkyAnswer {
  action: string;
  raw: unknown;
  options?: CallOptions;
}

const CLOCKS: readonly EpgClock[] = [{}, { timezone: 'Europe/Berlin' }, { utcOffsetMinutes: 120 }, { timezone: 'UTC' }];

/** Answers per action, deterministic for a seed. */
export function quirkyAnswers(seed: number): QuirkyAnswer[] {
  const random = new Seeded(seed);
  const out: QuirkyAnswer[] = [];
  out.push({ action: 'get_live_categories', raw: listOf(random, 200, () => item(random, 'category')) });
  out.push({ action: 'get_live_streams', raw: listOf(random, 600, () => item(random, 'live')) });
  out.push({ action: 'get_vod_streams', raw: listOf(random, 600, () => item(random, 'movie')) });
  out.push({ action: 'get_series', raw: listOf(random, 400, () => item(random, 'series')) });
  for (let i = 0; i < 150; i++) {
    const info = random.chance(0.1) ? random.pick([[], {}, null]) : item(random, 'vodInfo');
    const data = random.chance(0.1) ? random.pick([[], null]) : item(random, 'vodData');
    const options = random.chance(0.5) ? { requestedId: String(i) } : {};
    out.push({ action: 'get_vod_info', raw: random.chance(0.05) ? [] : { info, movie_data: data }, options });
  }
  for (let i = 0; i < 150; i++) {
    const info = random.chance(0.1) ? random.pick([[], {}, { name: null, title: null }]) : item(random, 'series');
    const seasons = random.chance(0.5) ? [] : Array.from({ length: 3 }, () => item(random, 'season'));
    const options = random.chance(0.5) ? { requestedId: String(i) } : {};
    out.push({ action: 'get_series_info', raw: { info, seasons, episodes: episodesOf(random) }, options });
  }
  for (let i = 0; i < 60; i++) {
    const rows = Array.from({ length: 1 + Math.floor(random.next() * 12) }, () =>
      random.chance(0.05) ? random.pick([null, 'x', {}]) : item(random, 'epg'),
    );
    const shape = random.pick(['wrapped', 'bare', 'multi']);
    const raw =
      shape === 'bare' ? rows : { epg_listings: shape === 'wrapped' ? rows : { '5': rows, '6': rows.slice(1) } };
    const action = random.pick(['get_short_epg', 'get_simple_data_table']);
    out.push({ action, raw, options: { clock: random.pick(CLOCKS) } });
  }
  for (let i = 0; i < 100; i++) {
    const userInfo = item(random, 'userInfo');
    if (random.chance(0.7)) userInfo.auth = 1;
    if (random.chance(0.7)) userInfo.status = 'Active';
    const options = { now: 1741000000000 + Math.floor(random.next() * 1e9) };
    out.push({ action: 'login', raw: { user_info: userInfo, server_info: item(random, 'serverInfo') }, options });
  }
  return out;
}
