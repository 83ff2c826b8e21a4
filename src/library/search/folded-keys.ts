/**
 * The folded key of every document (its folded words joined by single spaces) as character codes in fixed-size
 * typed chunks, not as strings. The index adds hundreds of thousands of documents while the viewer may press a
 * key: a string per document would be copied by every young-generation collection meanwhile (pauses of tens of
 * milliseconds inside a slice). Chunks hold one byte per character while the keys are Latin-1 (what folding makes
 * of Latin names) and two from the first key that is not; full chunks stay where they are, so growing copies
 * nothing and wastes at most one chunk.
 */

/** Characters per chunk, as a power of two: a key's place is `chunk << CHUNK_BITS | offset`. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const OFFSET_MASK = CHUNK - 1;

type Chars = Uint8Array | Uint16Array;

/** Folded keys by document number. */
export class FoldedKeys {
  private readonly chunks: Chars[] = [];
  /** Characters used in the last chunk. */
  private used = CHUNK;
  private places = new Int32Array(1024);
  private lengthList = new Int32Array(1024);

  /** Key lengths by document (a live view, longer than the number of keys). */
  get lengths(): Int32Array {
    return this.lengthList;
  }

  /** Stores the key of `document` (the next one): `words` joined by spaces. */
  add(document: number, words: readonly string[]): void {
    let length = words.length > 0 ? words.length - 1 : 0;
    let wide = false;
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      length += word.length;
      for (let i = 0; i < word.length && !wide; i++) wide = word.charCodeAt(i) > 0xff;
    }
    if (document >= this.places.length) this.grow();
    const chars = this.room(length, wide);
    const offset = this.used;
    this.places[document] = ((this.chunks.length - 1) << CHUNK_BITS) | offset;
    this.lengthList[document] = length;
    let at = offset;
    for (let w = 0; w < words.length; w++) {
      if (w > 0) chars[at++] = 32;
      const word = words[w];
      for (let i = 0; i < word.length; i++) chars[at++] = word.charCodeAt(i);
    }
    this.used = at;
  }

  /** The key of `document`. */
  key(document: number): string {
    const [chars, start] = this.locate(document);
    let key = '';
    for (let i = start, end = start + this.lengthList[document]; i < end; i++) key += String.fromCharCode(chars[i]);
    return key;
  }

  /**
   * How the key of `document` compares with `key`: 2 when equal, 1 when it starts with `key` followed by a space
   * (by any character when `anyNext`), 0 otherwise.
   */
  compare(document: number, key: string, anyNext: boolean): number {
    const length = this.lengthList[document];
    if (length < key.length) return 0;
    const [chars, start] = this.locate(document);
    for (let i = 0; i < key.length; i++) if (chars[start + i] !== key.charCodeAt(i)) return 0;
    if (length === key.length) return 2;
    return anyNext || chars[start + key.length] === 32 ? 1 : 0;
  }

  private locate(document: number): [Chars, number] {
    const place = this.places[document];
    return [this.chunks[place >>> CHUNK_BITS], place & OFFSET_MASK];
  }

  /** The chunk to write `length` characters to (a new one when the last is full or too narrow). */
  private room(length: number, wide: boolean): Chars {
    const last = this.chunks[this.chunks.length - 1];
    const fits = last !== undefined && this.used < CHUNK && this.used + length <= last.length;
    if (fits && (!wide || last instanceof Uint16Array)) {
      return last;
    }
    // A key longer than a chunk gets one of its own; a wide key makes the chunks wide from then on.
    const size = Math.max(CHUNK, length);
    const chars = wide || last instanceof Uint16Array ? new Uint16Array(size) : new Uint8Array(size);
    this.chunks.push(chars);
    this.used = 0;
    return chars;
  }

  private grow(): void {
    const places = new Int32Array(this.places.length * 2);
    places.set(this.places);
    this.places = places;
    const lengths = new Int32Array(this.lengthList.length * 2);
    lengths.set(this.lengthList);
    this.lengthList = lengths;
  }
}
