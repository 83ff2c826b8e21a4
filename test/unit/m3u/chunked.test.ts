import { parsePlaylist, PlaylistError, PlaylistParser, type PlaylistEntry } from '../../../src/m3u';
import { generateXtreamPlaylist } from '../../bench/fixtures/m3u-playlist';
import { describeWithFixtures, FIXTURE_NAMES, parseInPieces, readFixture, seededRandom } from './support';

/** Every way of cutting `text` in two gives the whole-text result (compared as JSON first, for speed). */
function expectSameAtEveryCut(text: string): void {
  const whole = parsePlaylist(text);
  const expected = JSON.stringify(whole);
  for (let cut = 0; cut <= text.length; cut++) {
    const pieces = parseInPieces(text, [cut]);
    if (JSON.stringify(pieces) !== expected) expect({ cut, result: pieces }).toEqual({ cut, result: whole });
  }
}

/** `rounds` random cuttings of `text` into pieces of 1 to `maxPiece` characters give the whole-text result. */
function expectSameAtRandomCuts(text: string, seed: number, rounds: number, maxPiece: number): void {
  const whole = parsePlaylist(text);
  const expected = JSON.stringify(whole);
  const random = seededRandom(seed);
  for (let round = 0; round < rounds; round++) {
    const cuts: number[] = [];
    for (let at = 1 + Math.floor(random() * maxPiece); at < text.length; at += 1 + Math.floor(random() * maxPiece))
      cuts.push(at);
    const pieces = parseInPieces(text, cuts);
    if (JSON.stringify(pieces) !== expected)
      expect({ seed, round, cuts, result: pieces }).toEqual({ seed, round, cuts, result: whole });
  }
}

const TRICKY = [
  '\uFEFF#EXTM3U url-tvg="http://e/a.xml,http://e/b.xml" catchup="xc" catchup-days="3"',
  '',
  '#EXTINF:-1 tvg-id="one.uk" tvg-name="One, "HD"" group-title="UK | News",One, "HD"',
  '#EXTVLCOPT:http-user-agent=#EXTVLCOPT:http-user-agent=Mozilla/5.0',
  '#KODIPROP:inputstream=inputstream.adaptive',
  'http://h:8080/live/u/p/1.m3u8',
  '# #EXTINF:-1,Commented',
  '#EXTINF:-1 tvg-id="two.uk group-title="Broken,Two',
  '#EXTGRP:Music',
  'http://h:8080/u/p/2',
  '#EXTINF:-1,No URL',
  'http://h/movie/u/p/3.mkv',
  '#EXTINF:245,Last',
  'http://h/series/u/p/4.mp4',
].join('\r\n');

describe('PlaylistParser fed in chunks', () => {
  it('gives the whole-text result for a tricky playlist cut at every position', () => {
    expectSameAtEveryCut(TRICKY);
  });

  it('gives the whole-text result when fed one character at a time', () => {
    const cuts = Array.from({ length: TRICKY.length - 1 }, (_, i) => i + 1);
    expect(parseInPieces(TRICKY, cuts)).toEqual(parsePlaylist(TRICKY));
  });

  it('gives the whole-text result for a generated 3,000-entry get.php playlist cut at random positions', () => {
    const text = generateXtreamPlaylist({ live: 1000, movies: 1500, episodes: 500, seed: 11 });
    expectSameAtRandomCuts(text, 1, 10, 4096);
    expectSameAtRandomCuts(text, 2, 3, 64);
  });

  it('throws the same error for a web page, wherever it is cut', () => {
    const page = '\r\n<!DOCTYPE html>\r\n<html><body>Not found</body></html>';
    for (let cut = 0; cut <= page.length; cut++) {
      expect(() => parseInPieces(page, [cut])).toThrow(new PlaylistError('html', '<!DOCTYPE html>'));
    }
  });

  it('hands entries to onEntry as they complete, and returns empty batches then', () => {
    const seen: PlaylistEntry[] = [];
    const parser = new PlaylistParser({ onEntry: (entry) => seen.push(entry) });
    expect(parser.push('#EXTM3U\n#EXTINF:-1,One\nhttp://a/1\n#EXTINF:-1,Two\nhttp://a/')).toEqual([]);
    expect(seen.map((entry) => entry.name)).toEqual(['One']);
    expect(parser.end()).toEqual([]);
    expect(seen.map((entry) => [entry.name, entry.url])).toEqual([
      ['One', 'http://a/1'],
      ['Two', 'http://a/'],
    ]);
    expect(parser.entryCount).toBe(2);
  });

  it('returns each batch of completed entries from push() and the last from end()', () => {
    const parser = new PlaylistParser();
    expect(parser.push('#EXTM3U\n#EXTINF:-1,One\nhttp://a/1').map((entry) => entry.name)).toEqual([]);
    expect(
      parser.push('\n#EXTINF:-1,Two\nhttp://a/2\n#EXTINF:-1,Three\nhttp://a/3').map((entry) => entry.name),
    ).toEqual(['One', 'Two']);
    expect(parser.end().map((entry) => entry.name)).toEqual(['Three']);
    expect(parser.end()).toEqual([]);
    expect(() => parser.push('more')).toThrow(/after end/);
  });
});

describeWithFixtures()('PlaylistParser fed the real playlists in chunks', () => {
  it.each(FIXTURE_NAMES)('gives the whole-text result for a sample of %s cut at every position', (name) => {
    expectSameAtEveryCut(readFixture(name).slice(0, 1500));
  });

  it.each(FIXTURE_NAMES)('gives the whole-text result for all of %s cut at random positions', (name) => {
    const text = readFixture(name);
    expectSameAtRandomCuts(text, name.length, 8, 8192);
    expectSameAtRandomCuts(text, name.length + 1, 2, 200);
  });
});
