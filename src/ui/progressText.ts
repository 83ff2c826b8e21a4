import { isSourceError, type GuideStatus, type LoadProgress } from '../library';
import type { ActivitySnapshot } from './loadActivity';

/** 1234567 → "1,234,567" (no Intl: old TV engines format numbers their own way). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** "14:05" in the device's local time. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The phase text under the progress bar, e.g. "TV guide: downloading 4.2 MB · 52,000 programmes". */
export function describeProgress(progress: LoadProgress): string {
  const what = progress.task === 'guide' ? 'TV guide' : 'Channel list';
  switch (progress.phase) {
    case 'cache':
      return `${what}: reading saved data…`;
    case 'download': {
      const parts: string[] = [];
      if (progress.bytes !== undefined) {
        parts.push(
          progress.totalBytes !== undefined
            ? `${megabytes(progress.bytes)} of ${megabytes(progress.totalBytes)}`
            : megabytes(progress.bytes),
        );
      }
      if (progress.items !== undefined) {
        const unit = progress.task === 'guide' ? 'programmes' : progress.bytes !== undefined ? 'entries' : 'lists';
        parts.push(
          progress.totalItems !== undefined
            ? `${progress.items} of ${progress.totalItems} ${unit}`
            : `${formatCount(progress.items)} ${unit}`,
        );
      }
      return `${what}: downloading${parts.length ? ` ${parts.join(' · ')}` : '…'}`;
    }
    case 'index':
      return `${what}: sorting${progress.items !== undefined ? ` ${formatCount(progress.items)} items` : '…'}`;
    case 'store':
      return `${what}: saving for next time…`;
    default:
      return `${what}: ready`;
  }
}

/** The guide's line on the account page. */
export function describeGuide(status: GuideStatus): string {
  switch (status.state) {
    case 'ready':
      return `TV guide: ${formatCount(status.channels)} channels, ${formatCount(status.programmes)} programmes`;
    case 'unavailable':
      // NO_GUIDE without a cause: the account names no guide at all (a playlist without url-tvg).
      return isSourceError(status.error) && status.error.code === 'NO_GUIDE' && status.error.cause === undefined
        ? 'No guide: this account has no TV guide'
        : 'No guide: it could not be loaded (channels still play)';
    case 'loading':
      return 'TV guide: loading…';
    default:
      return 'TV guide: not loaded yet';
  }
}

/** The line saying the page shows saved data, and whether the provider could be reached. */
export function describeSavedData(fetchedAt: number | undefined, offline: boolean): string | undefined {
  if (fetchedAt === undefined) return undefined;
  return offline
    ? `Offline: showing saved data from ${formatClock(fetchedAt)}`
    : `Showing saved data from ${formatClock(fetchedAt)}`;
}

/** The progress to draw now (the catalogue first, then the guide), or undefined when nothing loads. */
export function currentProgress(snapshot: ActivitySnapshot): LoadProgress | undefined {
  if (snapshot.catalog.progress) return snapshot.catalog.progress;
  if (snapshot.catalog.state === 'loading') return { task: 'catalog', phase: 'cache' };
  if (snapshot.guideProgress) return snapshot.guideProgress;
  return undefined;
}
