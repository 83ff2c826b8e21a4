/** The rows of a season's episode list and the series' Play label, from the episodes and the viewer's progress. */
import type { Episode } from '../../xtream';
import type { AppContext } from '../context';
import { t } from '../i18n';
import type { EpisodeRowItem } from './EpisodeRow';
import { imageUrl, userData } from './libraryData';
import { nextToWatch, type EpisodeChoice } from './seriesProgress';
import { formatClock, resumeLabel, runningTime } from './timeText';
import { savedPosition, watchedEpisodes } from './watchProgress';

/** One row per episode: numbered title, running time with the watched mark (or where it resumes), plot, still. */
export function episodeRows(context: AppContext, episodes: readonly Episode[]): EpisodeRowItem[] {
  const data = userData(context);
  const watched = watchedEpisodes(data);
  return episodes.map((episode) => {
    const saved = savedPosition(data, 'series', episode.id);
    const parts: string[] = [];
    const running = runningTime(episode.durationSecs);
    if (running) parts.push(running);
    if (watched.has(episode.id)) parts.push(t('library.watched'));
    else if (saved) parts.push(resumeLabel(saved));
    return {
      title: t('library.episodeTitle', { number: episode.episodeNum, title: episode.title }),
      detail: parts.join('  ·  '),
      plot: episode.plot ?? '',
      imageUrl: imageUrl(context, episode.image),
      watched: watched.has(episode.id),
    };
  });
}

/** "Play S1 E1" or "Resume S1 E3 from 12:34". */
export function playLabel(choice: EpisodeChoice): string {
  const episode = t('library.episodeShort', { season: choice.episode.season, episode: choice.episode.episodeNum });
  return choice.startAt
    ? t('library.resumeEpisode', { episode, time: formatClock(choice.startAt) })
    : t('library.playEpisode', { episode });
}

/** The episode Play starts for the viewer of the account: the next one to watch, from where it was left. */
export function episodeChoice(context: AppContext, episodes: readonly Episode[]): EpisodeChoice | undefined {
  const data = userData(context);
  const positions = data ? data.resumePositions().filter((p) => p.kind === 'series') : [];
  return nextToWatch(episodes, watchedEpisodes(data), positions);
}
