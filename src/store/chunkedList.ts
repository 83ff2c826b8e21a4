/*
 * Long lists (tens of thousands of channels, 150,000 movies) are stored in chunks of a few thousand items, each
 * under its own key, plus a small head naming them:
 *   cache:<accountId>:<key>                  the head: an envelope whose data is a {@link ChunkHead}
 *   cache:<accountId>:<key>@<generation>/<i> chunk i: an envelope whose data is an array of items
 * IndexedDB decodes a record on the page's main thread in one go; a 60 MB record holds the page for seconds on a
 * TV. Chunks are read one after the other, so key presses and frames get their turn between two of them.
 * A write stores every chunk of a new generation first and the head last: a reader sees either the old list or
 * the new one, never a mix. The old generation's chunks are deleted once the new head is in.
 */

/** The data of a chunked list's head. */
export interface ChunkHead {
  format: 'chunks';
  /** Names this write's chunks, so a new write never overwrites chunks an old head still points at. */
  generation: string;
  /** How many chunks there are. */
  chunks: number;
  /** Items in all chunks together. */
  length: number;
}

/** Items per chunk when the caller does not say: a few tens of milliseconds of decoding on a slow TV. */
export const DEFAULT_CHUNK_SIZE = 5000;

/** Whether stored data is a chunked list's head. */
export function isChunkHead(value: unknown): value is ChunkHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<Record<keyof ChunkHead, unknown>>;
  return (
    head.format === 'chunks' &&
    typeof head.generation === 'string' &&
    typeof head.chunks === 'number' &&
    head.chunks >= 0 &&
    typeof head.length === 'number'
  );
}

/** What the caller keys of every chunk of one generation of `key` start with. */
export function chunkPrefixOf(key: string, generation: string): string {
  return `${key}@${generation}/`;
}

/** The caller key of chunk `index` of generation `generation` of `key`. */
export function chunkKeyOf(key: string, generation: string, index: number): string {
  return chunkPrefixOf(key, generation) + String(index);
}

/** The caller keys of every chunk a head points at. */
export function chunkKeysOf(key: string, head: ChunkHead): string[] {
  const keys: string[] = [];
  for (let i = 0; i < head.chunks; i++) keys.push(chunkKeyOf(key, head.generation, i));
  return keys;
}

let generations = 0;

/** A generation name unique within this run and very likely across runs. */
export function newGeneration(now: number): string {
  generations = (generations + 1) % 1296;
  return `${now.toString(36)}${generations.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** `items` cut into slices of at most `size` (one empty slice for an empty list, so a head always has a chunk). */
export function sliceList<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  if (items.length === 0) return [[]];
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += step) slices.push(items.slice(start, start + step));
  return slices;
}

/** The chunks put back together in order, into one array. */
export function joinChunks<T>(chunks: readonly (readonly T[])[], length: number): T[] {
  const all: T[] = new Array<T>(length);
  let at = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) all[at++] = chunk[i];
  }
  all.length = at;
  return all;
}
