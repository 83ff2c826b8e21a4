/** The lines of a details page made from whatever the catalogue and the details call know about a title. */
import { t } from '../i18n';
import { ratingText, runningTime } from './timeText';

/** What a details page may know about a movie or a series. */
export interface TitleFacts {
  year?: number;
  rating?: number;
  rating5?: number;
  durationSecs?: number;
  genre?: string;
  plot?: string;
  cast?: string;
  director?: string;
}

/** Merges facts: later sources win where they know something (details over the catalogue's list entry). */
export function mergeFacts(...sources: (Partial<TitleFacts> | undefined)[]): TitleFacts {
  const out: TitleFacts = {};
  for (const source of sources) {
    if (!source) continue;
    for (const key of Object.keys(source) as (keyof TitleFacts)[]) {
      const value = source[key];
      if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

/** "1999  ·  ★ 7.8  ·  2 h 16 min  ·  Action, Sci-Fi": the parts that are known. */
export function metaLine(facts: TitleFacts, extra: string[] = []): string {
  const parts: string[] = [];
  if (facts.year) parts.push(String(facts.year));
  const rating = ratingText(facts.rating, facts.rating5);
  if (rating) parts.push(rating);
  const running = runningTime(facts.durationSecs);
  if (running) parts.push(running);
  if (facts.genre) parts.push(facts.genre);
  return parts.concat(extra).join('  ·  ');
}

/** "Cast: …" and "Director: …", empty when unknown. */
export function creditLines(facts: TitleFacts): { cast: string; director: string } {
  return {
    cast: facts.cast ? t('library.cast', { names: facts.cast }) : '',
    director: facts.director ? t('library.director', { names: facts.director }) : '',
  };
}
