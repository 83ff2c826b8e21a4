/** What a programme is called and about, by the kind of its channel. */
import { inventedTitle, plotText } from './people';
import type { Random } from './random';
import type { LiveKind } from './words';

/** The words of one programme, before it is placed in time. */
export interface ProgrammeText {
  title: string;
  lang: string;
  /** A second title in another language (XMLTV `<title lang>`), for the German and French channels. */
  altTitle?: { lang: string; title: string };
  description: string;
  category: string;
  episode?: { season: number; episode: number };
}

type Translated = readonly [string, string];

const shows: Partial<Record<LiveKind, readonly string[]>> = {
  news: ['Morning News', 'Headlines', 'World Report', 'Weather', 'Business Today', 'Evening News', 'Late Edition'],
  sports: ['Tennis Highlights', 'Motor Weekly', 'Golf Live', 'Sports Desk', 'Fight Night Classics'],
  kids: ['Cartoon Time', 'The Little Dragon', 'Space Puppies', 'Tom & Jerry-ish Classics', 'Café Kids'],
  docs: ['Wild Planet', 'Secrets of the Deep', 'History Uncovered', "How It's Built", 'Nature <Uncut>'],
  music: ['Top 40', 'Rock Legends', 'Jazz at Night', 'Dance Floor', 'Unplugged'],
  entertainment: ['Kitchen Battle', 'Travel Diaries', 'Quiz Night', 'Comedy Club', 'Home Makeover'],
  local: ['City Council Live', 'Local News', 'Harbour Weather', 'Community Hour'],
};

const germanShows: readonly Translated[] = [
  ['Nachrichten am Abend', 'Evening News'],
  ['Kommissar Köhler', 'Inspector Köhler'],
  ['Wetter & Verkehr', 'Weather & Traffic'],
  ['Küchenschlacht am Mittag', 'Lunchtime Kitchen Battle'],
  ['Straßenfeger', 'Street Sweeper'],
];

const frenchShows: readonly Translated[] = [
  ['Le Journal', 'The News'],
  ['Ciné Soirée', 'Movie Night'],
  ['Météo', 'Weather'],
  ['Les Reporters', 'The Reporters'],
  ['Télé Matin', 'Morning TV'],
];

const teams = ['Riverside FC', 'Northern United', 'Athletic Lisboa', 'Real Avalon', 'FC Köln-Süd', 'Oslo City'];

const categoryNames: Record<LiveKind, string> = {
  news: 'News',
  sports: 'Sports',
  movies: 'Movie',
  kids: 'Kids',
  docs: 'Documentary',
  music: 'Music',
  entertainment: 'Entertainment',
  german: 'Unterhaltung',
  french: 'Divertissement',
  local: 'News',
  radio: 'Radio',
  adult: 'Adult',
};

const withEpisodes: ReadonlySet<LiveKind> = new Set(['kids', 'docs', 'entertainment']);

/** Invents the text of one programme of a channel kind. */
export function programmeText(random: Random, kind: LiveKind): ProgrammeText {
  const category = categoryNames[kind];
  if (kind === 'german' || kind === 'french') {
    const [title, english] = random.pick(kind === 'german' ? germanShows : frenchShows);
    const lang = kind === 'german' ? 'de' : 'fr';
    return { title, lang, altTitle: { lang: 'en', title: english }, description: plotText(random), category };
  }
  if (kind === 'movies') {
    return { title: inventedTitle(random), lang: 'en', description: plotText(random), category };
  }
  if (kind === 'sports' && random.chance(0.4)) {
    const home = random.pick(teams);
    const away = random.pick(teams.filter((team) => team !== home));
    const title = `Football: ${home} vs ${away}`;
    return { title, lang: 'en', description: `Live & exclusive: ${home} host ${away}.`, category };
  }
  const title = random.pick(shows[kind] ?? ['Programme']);
  const text: ProgrammeText = { title, lang: 'en', description: `${title}: ${plotText(random)}`, category };
  if (withEpisodes.has(kind)) text.episode = { season: random.int(1, 8), episode: random.int(1, 20) };
  return text;
}
