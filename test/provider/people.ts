/** Names, plots and titles shared by the movie and series generators. */
import type { Random } from './random';
import { firstNames, lastNames, places, plotEndings, plotOpenings, titleAdjectives, titleNouns } from './words';

export function personName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

/** 2..4 distinct people, comma separated, as panels store `cast`. */
export function castList(random: Random): string {
  const names = new Set<string>();
  const wanted = random.int(2, 4);
  while (names.size < wanted) names.add(personName(random));
  return [...names].join(', ');
}

export function plotText(random: Random): string {
  return `${random.pick(plotOpenings)} ${random.pick(plotEndings)}`;
}

export function inventedTitle(random: Random): string {
  const adjective = random.pick(titleAdjectives);
  const noun = random.pick(titleNouns);
  switch (random.int(0, 5)) {
    case 0:
      return `The ${adjective} ${noun}`;
    case 1:
      return `${adjective} ${noun}`;
    case 2:
      return `${noun} of ${random.pick(places)}`;
    case 3:
      return `${random.pick(firstNames)}'s ${noun}`;
    case 4:
      return `The ${noun}`;
    default:
      return `${adjective} ${noun} ${random.int(2, 4)}`;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A `YYYY-MM-DD` date within a year. */
export function dateInYear(random: Random, year: number): string {
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

const trailerAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** An 11-character video id, or `""` as many entries have. */
export function trailerId(random: Random): string {
  if (random.chance(0.3)) return '';
  let id = '';
  for (let i = 0; i < 11; i++) id += trailerAlphabet[random.int(0, trailerAlphabet.length - 1)];
  return id;
}
