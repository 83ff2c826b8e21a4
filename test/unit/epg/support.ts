/** Helpers shared by the guide tests: the real-world fixtures, collecting parser output, splitting input. */
import fs from 'node:fs';
import path from 'node:path';
import {
  createXmltvParser,
  type XmltvChannel,
  type XmltvParserOptions,
  type XmltvProgramme,
  type XmltvSummary,
} from '../../../src/epg';

/** Real guides from public repositories (see SOURCES.md there); absent in a fresh clone elsewhere. */
export const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/xmltv');

export const haveFixtures = fs.existsSync(FIXTURES);

/** `describe` when the shared fixtures exist, else `describe.skip` with a note saying why. */
export function describeWithFixtures(name: string, body: () => void): void {
  if (!haveFixtures) {
    console.warn(`Skipping "${name}": ${FIXTURES} is absent (the shared fixtures live next to the repository).`);
    // The body would read the missing files while jest collects the tests: register a stand-in instead.
    describe.skip(name, () => it('needs the shared XMLTV fixtures', () => undefined));
    return;
  }
  describe(name, body);
}

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export interface ParseResult {
  channels: XmltvChannel[];
  programmes: XmltvProgramme[];
  summary: XmltvSummary;
}

/** Parses `chunks` in order and collects everything the parser emits. */
export function parseChunks(chunks: (Uint8Array | string)[], options: XmltvParserOptions = {}): ParseResult {
  const channels: XmltvChannel[] = [];
  const programmes: XmltvProgramme[] = [];
  const parser = createXmltvParser({
    ...options,
    onChannel: (c) => channels.push(c),
    onProgramme: (p) => programmes.push(p),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { channels, programmes, summary: parser.end() };
}

export function parseWhole(input: Uint8Array | string, options: XmltvParserOptions = {}): ParseResult {
  return parseChunks([input], options);
}

/** `input` cut at the given positions. */
export function splitAt<T extends Uint8Array | string>(input: T, cuts: number[]): T[] {
  const pieces: T[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(input.slice(from, cut) as T);
    from = cut;
  }
  pieces.push(input.slice(from) as T);
  return pieces;
}

/** A seeded pseudo-random sequence, so a failing random split can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a test can read from guide text with plain regular expressions, independently of the parser. */
export interface RawProgramme {
  channel: string;
  start: string;
  stop: string | undefined;
  title: string | undefined;
}

export function rawProgrammes(text: string): RawProgramme[] {
  const found: RawProgramme[] = [];
  const element = /<programme\b([^>]*)>([\s\S]*?)<\/programme>/g;
  const attribute = (attributes: string, name: string): string | undefined => {
    const match = new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
    return match ? match[2] : undefined;
  };
  for (let match = element.exec(text); match; match = element.exec(text)) {
    const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(match[2]);
    found.push({
      channel: attribute(match[1], 'channel') ?? '',
      start: attribute(match[1], 'start') ?? '',
      stop: attribute(match[1], 'stop'),
      title: title ? title[1] : undefined,
    });
  }
  return found;
}

/** Occurrences of `needle` in `text`. */
export function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Programmes as comparable plain data (for "chunked equals whole"). */
export function comparable(result: ParseResult): unknown {
  return {
    channels: result.channels,
    programmes: result.programmes.map((p) => ({ ...p, categories: [...p.categories] })),
    summary: result.summary,
  };
}
