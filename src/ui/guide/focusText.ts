/**
 * What the guide says about a segment of a channel's time line: the cell it draws, the details shown when it has the
 * focus, and what OK does with it. Plain functions of the segment, the channel and the time.
 */
import type { GuideProgramme } from '../../epg';
import type { LiveStream } from '../../xtream';
import { t } from '../i18n';
import type { CellItem } from './GuideCell';
import type { DetailsText } from './GuideDetails';
import type { GuideData } from './guideData';
import { cellGeometry } from './layout';
import { segmentSpan, type Segment } from './timeline';
import { formatClock, formatDay, formatTimeRange } from './timeText';

/** What OK does on a segment. */
export type EnterAction =
  { kind: 'tune' } | { kind: 'archive' } | { kind: 'toast'; message: string } | { kind: 'none' };

/** The cell of `segment` in the window starting at `windowStart`, `width` pixels wide. */
export function cellItem(
  data: GuideData,
  channel: LiveStream,
  segment: Segment<GuideProgramme>,
  windowStart: number,
  width: number,
  now: number,
): CellItem {
  const geometry = cellGeometry(segment, windowStart, width) ?? { x: 0, w: 0 };
  const programme = segment.programme;
  const span = segmentSpan(segment);
  return {
    x: geometry.x,
    w: geometry.w,
    title: programme ? programme.title : t('guide.noInformation'),
    gap: programme === undefined,
    past: span.stop <= now,
    onAir: span.start <= now && now < span.stop,
    catchup: programme !== undefined && data.inArchive(channel, programme, now),
  };
}

/** The details of the focused segment. */
export function detailsOf(
  data: GuideData,
  channel: LiveStream,
  segment: Segment<GuideProgramme>,
  now: number,
): DetailsText {
  const channelText = channel.num !== undefined ? `${channel.num}  ${channel.name}` : channel.name;
  const programme = segment.programme;
  if (!programme) {
    const onAir = segment.start <= now && now < segment.stop;
    return {
      title: data.loading ? t('guide.loadingGuide') : t('guide.noInformation'),
      meta: channelText,
      status: onAir ? t('guide.onAir') : '',
      statusOk: onAir,
      description: '',
    };
  }
  const description = [programme.onscreen, programme.subTitle, programme.description].filter(Boolean).join(' · ');
  const onAir = programme.start <= now && now < programme.stop;
  const catchup = data.inArchive(channel, programme, now);
  let status = '';
  if (onAir) status = t('guide.onAir');
  else if (catchup) status = t('guide.catchup');
  else if (programme.start > now) status = startsText(programme.start, now);
  return {
    title: programme.title,
    meta: `${formatTimeRange(programme.start, programme.stop, now)}  ·  ${channelText}`,
    status,
    statusOk: onAir || catchup,
    description,
  };
}

/** OK on a programme on air tunes the channel, on a past one in the archive plays it, on a future one says when. */
export function enterAction(
  data: GuideData,
  channel: LiveStream,
  segment: Segment<GuideProgramme>,
  now: number,
): EnterAction {
  const span = segmentSpan(segment);
  if (span.start <= now && now < span.stop) return { kind: 'tune' };
  const programme = segment.programme;
  if (!programme) return { kind: 'none' };
  if (programme.start > now) return { kind: 'toast', message: startsText(programme.start, now) };
  if (data.inArchive(channel, programme, now)) return { kind: 'archive' };
  return { kind: 'toast', message: t('guide.noCatchup') };
}

/** "Starts at 21:00", "Starts tomorrow at 21:00", "Starts Mon 24 Nov at 21:00". */
function startsText(start: number, now: number): string {
  const day = formatDay(start, now);
  const time = formatClock(start);
  if (day === formatDay(now, now)) return t('guide.startsAt', { time });
  if (day === t('guide.tomorrow')) return t('guide.startsTomorrow', { time });
  return t('guide.startsOn', { day, time });
}
