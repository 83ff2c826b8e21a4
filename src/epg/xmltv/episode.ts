import type { XmltvEpisode } from './types';

/**
 * Reads `xmltv_ns` numbering: `season.episode.part`, each zero-based and optionally `n/total`, any field may be
 * empty (`.25/0.` is episode 26 of an unknown season). Spaces are allowed around the numbers.
 */
export function parseXmltvNs(text: string): Pick<XmltvEpisode, 'season' | 'episode' | 'part'> {
  const numbers: (number | undefined)[] = [undefined, undefined, undefined];
  let field = 0;
  let value = -1;
  let afterSlash = false;
  for (let i = 0; i <= text.length && field < 3; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c === 46 /* . */) {
      numbers[field++] = value >= 0 ? value + 1 : undefined;
      value = -1;
      afterSlash = false;
    } else if (c === 47 /* / */) {
      afterSlash = true;
    } else if (c >= 48 && c <= 57) {
      if (!afterSlash) value = (value < 0 ? 0 : value * 10) + (c - 48);
    } else if (c !== 32 && c !== 9) {
      // Not xmltv_ns after all: keep nothing from this field.
      value = -1;
      afterSlash = true;
    }
  }
  return { season: numbers[0], episode: numbers[1], part: numbers[2] };
}

const ONSCREEN_SE = /S\s*(\d+)\s*[-.]?\s*E\s*(\d+)/i;
const ONSCREEN_X = /(\d+)\s*x\s*(\d+)/i;
const ONSCREEN_E = /^\s*(?:E|Ep\.?|Episode)\s*(\d+)/i;

/** Reads the common `onscreen` forms: `S02E05`, `S2 E5`, `2x05`, `E5`/`Ep. 5`. */
export function parseOnscreen(text: string): Pick<XmltvEpisode, 'season' | 'episode'> {
  let match = ONSCREEN_SE.exec(text) || ONSCREEN_X.exec(text);
  if (match) return { season: parseInt(match[1], 10), episode: parseInt(match[2], 10) };
  match = ONSCREEN_E.exec(text);
  if (match) return { season: undefined, episode: parseInt(match[1], 10) };
  return { season: undefined, episode: undefined };
}

/**
 * Merges one `<episode-num system=…>` into what the programme already has: `xmltv_ns` numbers win over numbers
 * read from `onscreen`, which only fill gaps; the onscreen text is kept as written.
 */
export function mergeEpisodeNum(
  current: XmltvEpisode | undefined,
  system: string,
  text: string,
): XmltvEpisode | undefined {
  const value = text.trim();
  if (value === '') return current;
  const next: XmltvEpisode = current
    ? { season: current.season, episode: current.episode, part: current.part, onscreen: current.onscreen }
    : { season: undefined, episode: undefined, part: undefined, onscreen: undefined };
  if (system === 'xmltv_ns') {
    const ns = parseXmltvNs(value);
    if (ns.season !== undefined) next.season = ns.season;
    if (ns.episode !== undefined) next.episode = ns.episode;
    if (ns.part !== undefined) next.part = ns.part;
  } else if (system === 'onscreen' || system === '') {
    next.onscreen = value;
    const seen = parseOnscreen(value);
    if (next.season === undefined) next.season = seen.season;
    if (next.episode === undefined) next.episode = seen.episode;
  } else {
    return current;
  }
  return next.season === undefined &&
    next.episode === undefined &&
    next.part === undefined &&
    next.onscreen === undefined
    ? current
    : next;
}
