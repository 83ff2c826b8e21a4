/**
 * Search results as the rows the page draws: one flat list of group headings ("Channels · 16") and hits, in the
 * order Channels, Programmes, Movies, Series, each hit with its title, a detail line and what OK opens. Plain
 * functions of the results, the catalogue and the time, so they are tested without a screen.
 */
import type { Catalog, ItemHit, ProgrammeHit, SearchGroup, SearchResults } from '../../library';
import type { LiveStream } from '../../xtream';
import { formatClock, formatDay } from '../guide/timeText';
import { t, type StringKey } from '../i18n';
import { formatCount } from '../progressText';
import { inArchive } from './programmeFeed';

/** The result groups, in the order they are shown (and the list of recent searches, shown before typing). */
export const GROUPS = ['channels', 'programmes', 'movies', 'series'] as const;
export type GroupId = (typeof GROUPS)[number] | 'recent';

/** When a programme is, seen from now. */
export type ProgrammeTime = 'now' | 'future' | 'past';

/** What OK on a hit opens. */
export type SearchTarget =
  | { kind: 'channel'; channel: LiveStream }
  | { kind: 'programme'; channel: LiveStream; programme: ProgrammeHit; when: ProgrammeTime }
  | { kind: 'movie'; id: string }
  | { kind: 'series'; id: string }
  | { kind: 'query'; text: string }
  | { kind: 'clearRecent' }
  | { kind: 'more'; group: GroupId };

/** A group's heading. */
export interface HeaderEntry {
  type: 'header';
  group: GroupId;
  text: string;
}

/** One hit. */
export interface HitEntry {
  type: 'hit';
  group: GroupId;
  title: string;
  detail: string;
  target: SearchTarget;
}

export type SearchEntry = HeaderEntry | HitEntry;

/** What turning hits into rows reads. */
export interface EntryContext {
  catalog: Catalog;
  /** The stream of a programme hit's guide channel (hits without one are left out). */
  channelFor: (guideChannelId: string) => LiveStream | undefined;
  now: number;
}

const HEADINGS: Record<GroupId, StringKey> = {
  channels: 'search.group.channels',
  programmes: 'search.group.programmes',
  movies: 'search.group.movies',
  series: 'search.group.series',
  recent: 'search.recent',
};

/** How many hits each group shows. */
export interface EntryOptions {
  /** Hits of a group before its "Show more" row. */
  collapsed: number;
  /** The group opened with "Show more": it shows every hit kept. */
  expanded?: GroupId;
}

/**
 * The rows for `results`: each group with hits gets its heading (with the total found), its first hits, and a
 * "Show more" row when it has more (unless it is the expanded group), so several groups fit on one screen.
 */
export function resultEntries(results: SearchResults, context: EntryContext, options: EntryOptions): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const add = <H>(group: GroupId, found: SearchGroup<H>, hit: (h: H) => HitEntry | undefined): void => {
    const limit = options.expanded === group ? Infinity : options.collapsed;
    const hits: HitEntry[] = [];
    let more = false;
    for (const h of found.hits) {
      const entry = hit(h);
      if (!entry) continue;
      if (hits.length >= limit) {
        more = true;
        break;
      }
      hits.push(entry);
    }
    if (hits.length === 0) return;
    entries.push({ type: 'header', group, text: t(HEADINGS[group], { count: formatCount(found.total) }) });
    entries.push(...hits);
    if (more) {
      const detail = t('search.moreDetail', { count: formatCount(found.total) });
      entries.push({ type: 'hit', group, title: t('search.more'), detail, target: { kind: 'more', group } });
    }
  };
  add('channels', results.channels, (h) => channelEntry(h, context));
  add('programmes', results.programmes, (h) => programmeEntry(h, context));
  add('movies', results.movies, (h) => itemEntry('movies', h, context.catalog));
  add('series', results.series, (h) => itemEntry('series', h, context.catalog));
  return entries;
}

/**
 * The recent searches as rows (OK searches again), newest first, and last a row that clears them (its detail line
 * says what it does); none without any.
 */
export function recentEntries(queries: readonly string[]): SearchEntry[] {
  if (queries.length === 0) return [];
  const hits: SearchEntry[] = queries.map((text) => ({
    type: 'hit',
    group: 'recent',
    title: text,
    detail: '',
    target: { kind: 'query', text },
  }));
  const clear: SearchEntry = {
    type: 'hit',
    group: 'recent',
    title: t('search.clearRecent'),
    detail: t('search.clearRecentDetail'),
    target: { kind: 'clearRecent' },
  };
  return [{ type: 'header', group: 'recent', text: t('search.recent') }, ...hits, clear];
}

/** Whether the results found anything at all. */
export function foundAnything(results: SearchResults): boolean {
  return results.channels.total + results.programmes.total + results.movies.total + results.series.total > 0;
}

/** When a programme is, at `now`. */
export function programmeTime(programme: { start: number; stop: number }, now: number): ProgrammeTime {
  if (programme.start <= now && now < programme.stop) return 'now';
  return programme.start > now ? 'future' : 'past';
}

function channelEntry(hit: ItemHit, context: EntryContext): HitEntry | undefined {
  const channel = context.catalog.byId('live', hit.id);
  if (!channel) return undefined;
  const category = channel.categoryId ? context.catalog.category('live', channel.categoryId) : undefined;
  const parts = [channel.num !== undefined ? String(channel.num) : '', category ? category.name : ''];
  if (channel.hasArchive) parts.push(t('search.detail.catchup'));
  return {
    type: 'hit',
    group: 'channels',
    title: channel.name,
    detail: parts.filter(Boolean).join('  ·  '),
    target: { kind: 'channel', channel },
  };
}

function programmeEntry(hit: ProgrammeHit, context: EntryContext): HitEntry | undefined {
  const channel = context.channelFor(hit.channelId);
  if (!channel) return undefined;
  const now = context.now;
  const when = programmeTime(hit, now);
  // Indexed as catch-up some time ago, the programme may have left the archive since.
  if (when === 'past' && !inArchive(channel, hit.start, hit.stop, now)) return undefined;
  const time = { day: formatDay(hit.start, now), time: formatClock(hit.start), channel: channel.name };
  const detail =
    when === 'now'
      ? t('search.detail.onNow', time)
      : when === 'past'
        ? t('search.detail.catchupAt', time)
        : t('search.detail.startsAt', time);
  return {
    type: 'hit',
    group: 'programmes',
    title: hit.title,
    detail,
    target: { kind: 'programme', channel, programme: hit, when },
  };
}

function itemEntry(group: 'movies' | 'series', hit: ItemHit, catalog: Catalog): HitEntry | undefined {
  const kind = group === 'movies' ? 'movie' : 'series';
  const item = catalog.byId(kind, hit.id);
  if (!item) return undefined;
  const category = item.categoryId ? catalog.category(kind, item.categoryId) : undefined;
  const year = 'year' in item && typeof item.year === 'number' ? String(item.year) : '';
  return {
    type: 'hit',
    group,
    title: item.name,
    detail: [year, category ? category.name : ''].filter(Boolean).join('  ·  '),
    target: group === 'movies' ? { kind: 'movie', id: item.id } : { kind: 'series', id: item.id },
  };
}
