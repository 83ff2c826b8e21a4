/**
 * Now and next for the channel list and the preview: read from the guide index without waiting (a row must never
 * wait for the network), and re-judged against the clock when shown, so an answer kept for a while still shows
 * the programme actually on air.
 */
import type { GuideProgramme } from '../../epg';
import type { ChannelNowAndNext, ProgrammeGuide } from '../../library';
import type { LiveStream } from '../../xtream';

/** A programme as a row or the preview shows it. */
export interface ShownProgramme {
  title: string;
  start: number;
  stop: number;
  description?: string;
}

/** What is on a channel at one moment. */
export interface ShownNowNext {
  now?: ShownProgramme;
  /** How much of `now` has passed, 0–1. */
  progress: number;
  next?: ShownProgramme;
}

/** A programme pair as the guide answers it (from the index or the panel's short EPG). */
export type ProgrammePair = Pick<ChannelNowAndNext, 'now' | 'next'>;

function shown(programme: GuideProgramme): ShownProgramme {
  const out: ShownProgramme = { title: programme.title, start: programme.start, stop: programme.stop };
  if (programme.description) out.description = programme.description;
  return out;
}

/**
 * The programme on air at `time` and the one after it, from a pair fetched earlier: a `now` that has ended gives
 * way to `next` once that has started; a gap in the guide shows no `now` but still the `next`.
 */
export function selectNowNext(pair: ProgrammePair | undefined, time: number): ShownNowNext {
  if (!pair) return { progress: 0 };
  let now = pair.now && pair.now.start <= time && pair.now.stop > time ? pair.now : undefined;
  let next = pair.next && pair.next.start > time ? pair.next : undefined;
  if (!now && pair.next && pair.next.start <= time && pair.next.stop > time) {
    now = pair.next;
    next = undefined;
  }
  const result: ShownNowNext = { progress: 0 };
  if (now) {
    result.now = shown(now);
    const length = now.stop - now.start;
    result.progress = length > 0 ? Math.max(0, Math.min(1, (time - now.start) / length)) : 0;
  }
  if (next) result.next = shown(next);
  return result;
}

/** Whole minutes left of the programme on air (rounded up), or undefined without one. */
export function minutesLeft(shownNow: ShownNowNext, time: number): number | undefined {
  return shownNow.now ? Math.max(0, Math.ceil((shownNow.now.stop - time) / 60000)) : undefined;
}

/** The part of the programme guide a row reads. */
export type GuideLookup = Pick<ProgrammeGuide, 'index' | 'guideChannelOf'>;

/**
 * Now and next of a channel from the loaded guide index, synchronously; undefined when the index does not cover
 * the channel (the preview then asks the panel's short EPG, once the focus rests there).
 */
export function indexNowAndNext(guide: GuideLookup, channel: LiveStream, time: number): ProgrammePair | undefined {
  const index = guide.index;
  if (!index) return undefined;
  const id = guide.guideChannelOf(channel);
  if (id === undefined) return undefined;
  const [answer] = index.nowAndNext([id], time);
  return answer ? { now: answer.now, next: answer.next } : undefined;
}
