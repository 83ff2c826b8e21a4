/** Word lists the catalogue and the programme guide are assembled from. */

/** The kinds of live category; each has its own channel names and programme titles. */
export type LiveKind =
  | 'news'
  | 'sports'
  | 'movies'
  | 'kids'
  | 'docs'
  | 'music'
  | 'entertainment'
  | 'german'
  | 'french'
  | 'local'
  | 'radio'
  | 'adult';

/** Demo category names per live kind. */
export const liveCategoryNames: Record<LiveKind, string> = {
  news: 'News',
  sports: 'Sports',
  movies: 'Movies & Cinema',
  kids: 'Kids',
  docs: 'Documentaries',
  music: 'Music',
  entertainment: 'Entertainment',
  german: 'Deutschland',
  french: 'France',
  local: 'Local & Regional',
  radio: 'Radio',
  adult: 'XXX | Adult',
};

/** Stems of channel names per kind; a number and a quality suffix are added. */
export const channelStems: Record<LiveKind, readonly string[]> = {
  news: ['News', 'World News', 'Info', 'Headlines', 'Business News', 'Weather', 'News 24', 'Breaking'],
  sports: ['Sport', 'Sports', 'Football', 'Tennis', 'Golf', 'Motor', 'Arena', 'Fight Night', 'Racing'],
  movies: ['Cinema Action', 'Cinema Comedy', 'Film Classics', 'Movies', 'Premiere', 'Cinema Drama', 'Thriller'],
  kids: ['Kids', 'Toons', 'Junior', 'Cartoon', 'Family', 'Little Ones'],
  docs: ['Discovery', 'History', 'Nature', 'Science', 'Wild', 'Planet', 'Explorer'],
  music: ['Music', 'Hits', 'Rock', 'Jazz', 'Classic', 'Dance', 'Country'],
  entertainment: ['Fun', 'Comedy', 'Life', 'Style', 'Travel', 'Food', 'Series', 'Reality'],
  german: ['DE: Kanal', 'DE: Fernsehen Nord', 'DE: Sport', 'DE: Nachrichten', 'DE: Kino', 'DE: Münchner Stadt-TV'],
  french: ['FR: Télé', 'FR: Ciné Frissons', 'FR: Sport', 'FR: Info', 'FR: Découverte', 'FR: Musique'],
  local: ['City TV', 'Regional', 'Local', 'Community', 'Harbour TV', 'Valley'],
  radio: ['Radio', 'Jazz FM', 'Classic Radio', 'Rock Radio', 'Talk Radio', 'Radio Café'],
  adult: ['XXX Night', 'Adult Channel', 'Hot Club'],
};

/** Channel names that exercise clients: non-ASCII, commas, quotes. Placed at fixed positions of their kind. */
export const specialChannelNames: Partial<Record<LiveKind, readonly string[]>> = {
  news: ['News, Weather & Traffic', 'Ελληνικές Ειδήσεις'],
  entertainment: ['The "Best" Channel HD', 'Ünterhaltung+ FHD'],
  french: ['FR: Télé Café, Matin & Soir'],
  music: ['Música Latina 24/7'],
};

export const qualitySuffixes: readonly string[] = ['HD', 'FHD', 'SD', '4K', '', '', 'HD'];

/** Country code per live kind, used in XMLTV ids. */
export const epgCountry: Record<LiveKind, string> = {
  news: 'uk',
  sports: 'uk',
  movies: 'us',
  kids: 'us',
  docs: 'uk',
  music: 'us',
  entertainment: 'uk',
  german: 'de',
  french: 'fr',
  local: 'uk',
  radio: 'uk',
  adult: 'us',
};

/** Region prefixes that multiply the categories of the large catalogue. */
export const regions: readonly string[] = ['UK', 'DE', 'FR', 'US', 'IT', 'ES', 'NL', 'PL', 'TR', 'AR'];

export const vodGenres: readonly string[] = [
  'Action',
  'Comedy',
  'Drama',
  'Thriller',
  'Science Fiction',
  'Family',
  'Documentary',
  'Horror',
  'Romance',
  'Classics',
];

export const seriesGenres: readonly string[] = [
  'Drama Series',
  'Comedy Series',
  'Crime',
  'Kids Series',
  'Documentary Series',
  'Sci-Fi & Fantasy',
];

export const titleAdjectives: readonly string[] = [
  'Last',
  'Silent',
  'Broken',
  'Golden',
  'Hidden',
  'Dark',
  'Endless',
  'Lost',
  'Frozen',
  'Wild',
  'Secret',
  'Crimson',
  'Distant',
  'Final',
  'Electric',
];

export const titleNouns: readonly string[] = [
  'Stand',
  'River',
  'Empire',
  'Summer',
  'Horizon',
  'Harbour',
  'Signal',
  'Kingdom',
  'Witness',
  'Journey',
  'Frontier',
  'Promise',
  'Storm',
  'Garden',
  'Circuit',
  'Station',
];

export const places: readonly string[] = ['Berlin', 'Lisbon', 'the North', 'Avalon', 'Riverside', 'Oslo', 'Mars'];

/** Titles that exercise clients: numeric-looking, non-ASCII, commas, quotes. */
export const specialMovieTitles: readonly string[] = [
  '1941',
  'Amélie au Café',
  'Love, Actually Not',
  'The "Perfect" Plan',
  'Straße der Sterne',
  '300',
  'Tokyo 東京 Story',
];

export const specialSeriesTitles: readonly string[] = ['24', 'Les Misérables, Again', 'The "Office" Hours'];

export const firstNames: readonly string[] = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
  'Marco',
  'Nora',
  'Oskar',
  'Paula',
  'Renée',
  'Søren',
];

export const lastNames: readonly string[] = [
  'Adams',
  'Berger',
  'Costa',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Hansen',
  'Ivanova',
  'Jensen',
  'Keller',
  'Lindqvist',
  'Moreau',
  'Novak',
  "O'Brien",
  'Petrov',
];

export const plotOpenings: readonly string[] = [
  'A retired detective is pulled back into one last case',
  'Four friends cross the country in a borrowed van',
  'A young engineer discovers a signal from the deep sea',
  'Two rival chefs must run one kitchen together',
  'A small town prepares for the storm of the century',
  'An archivist finds a letter that rewrites history',
  'A family inherits a crumbling hotel by the sea',
];

export const plotEndings: readonly string[] = [
  'and nothing goes to plan.',
  'before the winter closes the pass.',
  'while old secrets come to light.',
  '— with unexpected help from a stranger.',
  'and learns what home really means.',
  'as the clock runs out.',
];
