/**
 * The documents of the search index, numbered in the order they were added (which is the provider's order within
 * a kind, and the tie-break of ranking). Per document: its kind, its folded key (see {@link FoldedKeys}), and
 * what a hit reports.
 */
import type { MediaKind } from '../catalog/kinds';
import { FoldedKeys } from './folded-keys';
import type { ProgrammeTitle } from './types';

/** Document kinds as stored (one byte each). */
export const DOC_LIVE = 0;
export const DOC_PROGRAMME = 1;
export const DOC_MOVIE = 2;
export const DOC_SERIES = 3;
export const DOC_KIND_COUNT = 4;

const KIND_CODES: Record<MediaKind, number> = { live: DOC_LIVE, movie: DOC_MOVIE, series: DOC_SERIES };
const MEDIA_KINDS_BY_CODE: readonly MediaKind[] = ['live', 'live', 'movie', 'series'];

/** The media kind of an item document's code. */
export function mediaKindOf(code: number): MediaKind {
  return MEDIA_KINDS_BY_CODE[code];
}

/** What the index knows of each document, by document number. */
export class DocumentStore {
  private documents = 0;
  private kindCodes = new Uint8Array(1024);
  private detail = new Int32Array(1024);
  private readonly keys = new FoldedKeys();
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  /** Start and stop of programme n at [2n] and [2n + 1]; a programme's title and channel are its name and id. */
  private times = new Float64Array(2048);
  private programmeCount = 0;

  get count(): number {
    return this.documents;
  }

  /** Adds a channel, movie or series with the folded words of its name; returns its document number. */
  addItem(kind: MediaKind, id: string, name: string, words: readonly string[]): number {
    return this.push(KIND_CODES[kind], id, name, words, -1);
  }

  /** Adds a programme with the folded words of its title; returns its document number. */
  addProgramme(programme: ProgrammeTitle, words: readonly string[]): number {
    const n = this.programmeCount++;
    if (2 * n + 1 >= this.times.length) {
      const times = new Float64Array(this.times.length * 2);
      times.set(this.times);
      this.times = times;
    }
    this.times[2 * n] = programme.start;
    this.times[2 * n + 1] = programme.stop;
    return this.push(DOC_PROGRAMME, programme.channelId, programme.title, words, n);
  }

  kind(document: number): number {
    return this.kindCodes[document];
  }

  /** Kind codes of all documents (a live view, longer than {@link count}), for loops over many documents. */
  get kinds(): Uint8Array {
    return this.kindCodes;
  }

  /** Key lengths of all documents (a live view, longer than {@link count}). */
  get keyLengths(): Int32Array {
    return this.keys.lengths;
  }

  /** The folded words of the name joined by spaces. */
  key(document: number): string {
    return this.keys.key(document);
  }

  /**
   * How the document's key compares with `key`: 2 when equal, 1 when it starts with `key` followed by a space
   * (by any character when `anyNext`), 0 otherwise.
   */
  compareKey(document: number, key: string, anyNext: boolean): number {
    return this.keys.compare(document, key, anyNext);
  }

  /** The item id (a programme's channel id). */
  id(document: number): string {
    return this.ids[document];
  }

  /** The name as given (a programme's title). */
  name(document: number): string {
    return this.names[document];
  }

  /** The programme of a programme document. */
  programme(document: number): ProgrammeTitle {
    const n = this.detail[document];
    return {
      title: this.names[document],
      channelId: this.ids[document],
      start: this.times[2 * n],
      stop: this.times[2 * n + 1],
    };
  }

  private push(code: number, id: string, name: string, words: readonly string[], detail: number): number {
    const document = this.documents++;
    if (document >= this.kindCodes.length) {
      const kinds = new Uint8Array(this.kindCodes.length * 2);
      kinds.set(this.kindCodes);
      this.kindCodes = kinds;
      const details = new Int32Array(this.detail.length * 2);
      details.set(this.detail);
      this.detail = details;
    }
    this.kindCodes[document] = code;
    this.detail[document] = detail;
    this.keys.add(document, words);
    this.ids.push(id);
    this.names.push(name);
    return document;
  }
}
