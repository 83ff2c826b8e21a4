/**
 * The short-EPG fallback: for a channel the XMLTV guide does not cover, ask the panel (`get_short_epg`) for what
 * is on now and next, decoded by the Xtream client, kept per channel for a short time and shared by concurrent
 * askers.
 */
import type { GuideProgramme } from '../../epg';
import type { EpgEntry, LiveStream } from '../../xtream';

/** How long a channel's short EPG is reused. */
export const SHORT_EPG_TTL_MS = 10 * 60 * 1000;

/** How many programmes to ask the panel for (its own default is 4). */
export const SHORT_EPG_LIMIT = 10;

/** Fetches the short EPG of a channel (an Xtream client's `shortEpg`). */
export type ShortEpgFetch = (channel: LiveStream, signal?: AbortSignal) => Promise<EpgEntry[]>;

interface Entry {
  at: number;
  programmes: Promise<GuideProgramme[]>;
}

/** An EPG row in the guide's programme shape. */
export function programmeFromEpgEntry(entry: EpgEntry, channel: LiveStream): GuideProgramme {
  return {
    channelId: entry.channelId ?? channel.epgChannelId ?? channel.id,
    start: entry.start,
    stop: entry.end,
    title: entry.title,
    subTitle: undefined,
    description: entry.description,
    categories: [],
    icon: undefined,
    season: undefined,
    episode: undefined,
    onscreen: undefined,
  };
}

/** Per-channel short EPG with a lifetime; see the file comment. */
export class ShortEpgFallback {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly fetchEntries: ShortEpgFetch,
    private readonly options: { ttlMs?: number; now?: () => number } = {},
  ) {}

  /** The channel's programmes in start order (from the panel, or from the last answer while it is fresh). */
  programmes(channel: LiveStream, signal?: AbortSignal): Promise<GuideProgramme[]> {
    const now = (this.options.now ?? Date.now)();
    const ttl = this.options.ttlMs ?? SHORT_EPG_TTL_MS;
    const known = this.entries.get(channel.id);
    if (known && now - known.at < ttl) return known.programmes;
    const programmes = this.fetchEntries(channel, signal).then((rows) =>
      rows
        .filter((row) => row.end > row.start)
        .map((row) => programmeFromEpgEntry(row, channel))
        .sort((a, b) => a.start - b.start),
    );
    const entry = { at: now, programmes };
    this.entries.set(channel.id, entry);
    // A failure is not kept: the next question asks again.
    programmes.catch(() => {
      if (this.entries.get(channel.id) === entry) this.entries.delete(channel.id);
    });
    return programmes;
  }

  /** Forgets every channel (e.g. after the XMLTV guide was replaced). */
  clear(): void {
    this.entries.clear();
  }
}
