import { isSourceError, type GuideStatus, type LoadProgress } from '../library';
import { t } from './i18n';
import type { ActivitySnapshot } from './loadActivity';
import { formatClock as formatTimeOfDay } from './preferences';

/** 1234567 → "1,234,567" ("1.234.567" in German; no Intl: old TV engines format numbers their own way). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t('common.thousandsSeparator'));
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** "14:05" (or "2:05 PM") in the device's local time and the viewer's clock format. */
export function formatClock(ms: number): string {
  return formatTimeOfDay(ms);
}

function downloadParts(progress: LoadProgress): string[] {
  const parts: string[] = [];
  if (progress.bytes !== undefined) {
    parts.push(
      progress.totalBytes !== undefined
        ? t('home.progress.bytesOf', { done: megabytes(progress.bytes), total: megabytes(progress.totalBytes) })
        : megabytes(progress.bytes),
    );
  }
  if (progress.items !== undefined) {
    const unit = t(
      progress.task === 'guide'
        ? 'home.unit.programmes'
        : progress.bytes !== undefined
          ? 'home.unit.entries'
          : 'home.unit.lists',
    );
    parts.push(
      progress.totalItems !== undefined
        ? t('home.progress.itemsOf', { done: progress.items, total: progress.totalItems, unit })
        : t('home.progress.items', { count: formatCount(progress.items), unit }),
    );
  }
  return parts;
}

/** The phase text under the progress bar, e.g. "TV guide: downloading 4.2 MB · 52,000 programmes". */
export function describeProgress(progress: LoadProgress): string {
  const what = t(progress.task === 'guide' ? 'home.progress.guide' : 'home.progress.catalog');
  switch (progress.phase) {
    case 'cache':
      return t('home.progress.cache', { what });
    case 'download': {
      const parts = downloadParts(progress);
      return parts.length
        ? t('home.progress.downloadParts', { what, parts: parts.join(' · ') })
        : t('home.progress.download', { what });
    }
    case 'index':
      return progress.items !== undefined
        ? t('home.progress.index', { what, count: formatCount(progress.items) })
        : t('home.progress.indexing', { what });
    case 'store':
      return t('home.progress.store', { what });
    default:
      return t('home.progress.ready', { what });
  }
}

/** The guide's line on the home page. */
export function describeGuide(status: GuideStatus): string {
  switch (status.state) {
    case 'ready':
      return t('home.guide.ready', {
        channels: formatCount(status.channels),
        programmes: formatCount(status.programmes),
      });
    case 'unavailable':
      // NO_GUIDE without a cause: the account names no guide at all (a playlist without url-tvg).
      return isSourceError(status.error) && status.error.code === 'NO_GUIDE' && status.error.cause === undefined
        ? t('home.guide.none')
        : t('home.guide.failed');
    case 'loading':
      return t('home.guide.loading');
    default:
      return t('home.guide.idle');
  }
}

/** The line saying the page shows saved data, and whether the provider could be reached. */
export function describeSavedData(fetchedAt: number | undefined, offline: boolean): string | undefined {
  if (fetchedAt === undefined) return undefined;
  const time = formatClock(fetchedAt);
  return offline ? t('home.offline', { time }) : t('home.savedData', { time });
}

/** The progress to draw now (the catalogue first, then the guide), or undefined when nothing loads. */
export function currentProgress(snapshot: ActivitySnapshot): LoadProgress | undefined {
  if (snapshot.catalog.progress) return snapshot.catalog.progress;
  if (snapshot.catalog.state === 'loading') return { task: 'catalog', phase: 'cache' };
  if (snapshot.guideProgress) return snapshot.guideProgress;
  return undefined;
}
