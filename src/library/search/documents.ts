/**
 * The documents of the search index, numbered in the order they were added (which is the provider's order within
 * a kind, and the tie-break of ranking). Per document: its kind, its folded key, and what a hit reports.
 */
import type { MediaKind } from '../catalog/kinds';
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
  private kindCodes = new Uint8Array(1024);
  private detail = new Int32Array(1024);
  /** Key lengths (capped at 65535), so ranking can rule out an exact match without reading the key. */
  private keyLengthList = new Uint16Array(1024);
  private readonly folded: string[] = [];
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  /** Start and stop of programme n at [2n] and [2n + 1]; a programme's title and channel are its name and id. */
  private times = new Float64Array(2048);
  private programmeCount = 0;

  get count(): number {
    return this.folded.length;
  }

  /** Adds a channel, movie or series; returns its document number. */
  addItem(kind: MediaKind, id: string, name: string, key: string): number {
    return this.push(KIND_CODES[kind], id, name, key, -1);
  }

  /** Adds a programme; returns its document number. */
  addProgramme(programme: ProgrammeTitle, key: string): number {
    const n = this.programmeCount++;
    if (2 * n + 1 >= this.times.length) {
      const times = new Float64Array(this.times.length * 2);
      times.set(this.times);
      this.times = times;
    }
    this.times[2 * n] = programme.start;
    this.times[2 * n + 1] = programme.stop;
    return this.push(DOC_PROGRAMME, programme.channelId, programme.title, key, n);
  }

  kind(document: number): number {
    return this.kindCodes[document];
  }

  /** Kind codes of all documents (a live view, longer than {@link count}), for loops over many documents. */
  get kinds(): Uint8Array {
    return this.kindCodes;
  }

  /** Key lengths of all documents (a live view, longer than {@link count}), capped at 65535. */
  get keyLengths(): Uint16Array {
    return this.keyLengthList;
  }

  /** Folded keys of all documents, for loops over many documents. */
  get keys(): readonly string[] {
    return this.folded;
  }

  /** The folded words of the name joined by spaces. */
  key(document: number): string {
    return this.folded[document];
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

  private push(code: number, id: string, name: string, key: string, detail: number): number {
    const document = this.folded.length;
    if (document >= this.kindCodes.length) {
      const kinds = new Uint8Array(this.kindCodes.length * 2);
      kinds.set(this.kindCodes);
      this.kindCodes = kinds;
      const details = new Int32Array(this.detail.length * 2);
      details.set(this.detail);
      this.detail = details;
      const lengths = new Uint16Array(this.keyLengthList.length * 2);
      lengths.set(this.keyLengthList);
      this.keyLengthList = lengths;
    }
    this.kindCodes[document] = code;
    this.keyLengthList[document] = Math.min(key.length, 0xffff);
    this.detail[document] = detail;
    this.folded.push(key);
    this.ids.push(id);
    this.names.push(name);
    return document;
  }
}
