/**
 * The deterministic programme schedule. Time is cut into 2-hour blocks (aligned to UTC even hours, so to
 * 30-minute boundaries in any whole-hour zone); each block of a guide channel is split into programmes of
 * 30/60/90/120 minutes by a hash of (seed, channel, block). Any time range can be computed on its own, so
 * get_short_epg, get_simple_data_table and xmltv.php answer from the same schedule.
 */
import { programmeText, type ProgrammeText } from './programmeTitles';
import { Random, hashString } from './random';
import type { LiveKind } from './words';

export const SLOT_SECONDS = 1800;
const BLOCK_SECONDS = 4 * SLOT_SECONDS;
/** The guide covers the last 7 days and the next 3 days (XMLTV export and simple data table). */
export const GUIDE_PAST_SECONDS = 7 * 86_400;
export const GUIDE_FUTURE_SECONDS = 3 * 86_400;

const SCHEDULE = 5;
const PROGRAMME = 6;

/** Ways to split a block's four half-hour slots into programmes, and how often each is used. */
const splits: readonly (readonly number[])[] = [
  [4],
  [3, 1],
  [1, 3],
  [2, 2],
  [2, 1, 1],
  [1, 2, 1],
  [1, 1, 2],
  [1, 1, 1, 1],
];
const splitWeights: readonly number[] = [2, 2, 2, 4, 3, 3, 3, 2];

/** One programme of a guide channel; times are unix seconds. */
export interface Programme extends ProgrammeText {
  id: string;
  epgChannelId: string;
  start: number;
  stop: number;
}

/** Programmes of a guide channel that overlap [from, to), in start order. */
export function programmesBetween(seed: number, epgChannelId: string, kind: LiveKind, from: number, to: number) {
  const channelHash = hashString(epgChannelId);
  const programmes: Programme[] = [];
  for (let block = Math.floor(from / BLOCK_SECONDS); block * BLOCK_SECONDS < to; block++) {
    const split = Random.for(seed, SCHEDULE, channelHash, block).weighted(splits, splitWeights);
    let start = block * BLOCK_SECONDS;
    for (const slots of split) {
      const stop = start + slots * SLOT_SECONDS;
      if (stop > from && start < to) {
        const text = programmeText(Random.for(seed, PROGRAMME, channelHash, start / SLOT_SECONDS), kind);
        // Spelled out rather than spread: spreading optional fields made this loop ten times slower.
        programmes.push({
          id: `${(channelHash % 9000) + 1000}${String(start / SLOT_SECONDS).padStart(7, '0')}`,
          epgChannelId,
          start,
          stop,
          title: text.title,
          lang: text.lang,
          altTitle: text.altTitle,
          description: text.description,
          category: text.category,
          episode: text.episode,
        });
      }
      start = stop;
    }
  }
  return programmes;
}

/** The guide window around an instant: from 7 days back to 3 days ahead. */
export function guideWindow(nowSeconds: number): { from: number; to: number } {
  return { from: nowSeconds - GUIDE_PAST_SECONDS, to: nowSeconds + GUIDE_FUTURE_SECONDS };
}
