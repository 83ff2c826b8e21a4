/** Helpers shared by the M3U tests: the real playlists in ../shared and chunked parsing. */
import fs from 'node:fs';
import path from 'node:path';
import { PlaylistParser, type ParseResult, type Playlist, type PlaylistEntry } from '../../../src/m3u';

/** Real playlists (see ../shared/fixtures/SOURCES.md); absent in a fresh clone elsewhere. */
export const FIXTURE_DIR = path.resolve(__dirname, '../../..', '../shared/fixtures/m3u');
export const HAS_FIXTURES = fs.existsSync(FIXTURE_DIR);

/** `describe`, or `describe.skip` with a warning naming the reason when the shared fixtures are absent. */
export function describeWithFixtures(): jest.Describe {
  if (HAS_FIXTURES) return describe;
  console.warn(`Skipping tests of real playlists: ${FIXTURE_DIR} is absent (it lives beside the repository)`);
  return describe.skip;
}

/** The playlists the tests expect (a constant, so test tables are not empty when the folder is absent). */
export const FIXTURE_NAMES = [
  'Beijing-IPTV__IPTV-Unicom.m3u',
  'iptv-org-iptv__at_pluto.m3u',
  'iptv-org-iptv__in.m3u',
  'iptv-org-iptv__uk_samsung.m3u',
  'iptv-org-iptv__us.m3u',
];

/** The playlists actually in the folder. */
export function listFixtures(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.m3u'))
    .sort();
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/** Parses `text` fed to a {@link PlaylistParser} in pieces cut at `cuts` (increasing offsets). */
export function parseInPieces(text: string, cuts: number[]): ParseResult<Playlist> {
  const parser = new PlaylistParser();
  const entries: PlaylistEntry[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    entries.push(...parser.push(text.slice(from, cut)));
    from = cut;
  }
  entries.push(...parser.end());
  return { value: { header: parser.header, entries }, warnings: [...parser.warnings] };
}

/** A seeded pseudo-random source, so a failing split can be reproduced. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** The lines of `text` without their line ending. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}
