/**
 * The guide index as plain data: typed arrays and one string table, structured-clonable (IndexedDB) and
 * transferable (postMessage), with a check for data read back from a cache.
 */

/** Separates several strings stored as one table entry (display names, categories). */
export const LIST_SEPARATOR = '\u001f';

/**
 * The whole index. Programmes are sorted by channel, then start; channel `c` owns programmes
 * `channelFirst[c] .. channelFirst[c + 1] - 1`. Times are seconds after `baseSeconds`, as published by the guide
 * (offsets are applied when reading). Text columns hold indexes into `strings`, -1 for none; `seasons` and
 * `episodes` hold 0 for unknown; a programme without a title has title -1.
 */
export interface SerializedGuideIndex {
  format: 'guide-index';
  version: 1;
  baseSeconds: number;
  /** The window the programmes were cut to, in ms since the epoch. */
  windowStart: number;
  windowEnd: number;
  strings: string[];
  channelIds: string[];
  channelNames: Int32Array;
  /** All display names of a channel, joined with {@link LIST_SEPARATOR}. */
  channelDisplayNames: Int32Array;
  channelIcons: Int32Array;
  channelFirst: Int32Array;
  /** The longest programme of each channel, in seconds: bounds the backward search for overlaps. */
  channelMaxDuration: Int32Array;
  starts: Int32Array;
  stops: Int32Array;
  titles: Int32Array;
  subTitles: Int32Array;
  descriptions: Int32Array;
  icons: Int32Array;
  /** The categories of a programme, joined with {@link LIST_SEPARATOR}. */
  categories: Int32Array;
  onscreens: Int32Array;
  seasons: Uint16Array;
  episodes: Uint16Array;
}

const CHANNEL_COLUMNS = ['channelNames', 'channelDisplayNames', 'channelIcons', 'channelMaxDuration'] as const;
const PROGRAMME_COLUMNS = [
  'starts',
  'stops',
  'titles',
  'subTitles',
  'descriptions',
  'icons',
  'categories',
  'onscreens',
] as const;
const STRING_COLUMNS = [
  'channelNames',
  'channelDisplayNames',
  'channelIcons',
  'titles',
  'subTitles',
  'descriptions',
  'icons',
  'categories',
  'onscreens',
] as const;

function fail(reason: string): never {
  throw new Error(`Not a guide index this version can read: ${reason}`);
}

/** Realm-independent type check: data cloned in another realm (a worker, a test sandbox) fails `instanceof`. */
function isTyped(value: unknown, type: 'Int32Array' | 'Uint16Array'): boolean {
  return Object.prototype.toString.call(value) === `[object ${type}]`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks that `value` is a complete, consistent {@link SerializedGuideIndex} (types, lengths, string references,
 * sorted channel ranges). Throws an `Error` saying what is wrong otherwise.
 */
export function checkGuideData(value: unknown): SerializedGuideIndex {
  if (typeof value !== 'object' || value === null) fail('not an object');
  const data = value as Record<string, unknown>;
  if (data.format !== 'guide-index' || data.version !== 1)
    fail(`format ${String(data.format)} version ${String(data.version)}`);
  for (const key of ['baseSeconds', 'windowStart', 'windowEnd']) {
    if (typeof data[key] !== 'number' || !isFinite(data[key] as number)) fail(`${key} is not a number`);
  }
  if (!isStringArray(data.strings)) fail('strings is not a list of strings');
  if (!isStringArray(data.channelIds)) fail('channelIds is not a list of strings');
  const channels = data.channelIds.length;
  for (const key of [...CHANNEL_COLUMNS, ...PROGRAMME_COLUMNS, 'channelFirst']) {
    if (!isTyped(data[key], 'Int32Array')) fail(`${key} is not an Int32Array`);
  }
  for (const key of ['seasons', 'episodes']) {
    if (!isTyped(data[key], 'Uint16Array')) fail(`${key} is not a Uint16Array`);
  }
  const checked = data as unknown as SerializedGuideIndex;
  for (const key of CHANNEL_COLUMNS) if (checked[key].length !== channels) fail(`${key} has the wrong length`);
  const first = checked.channelFirst;
  if (first.length !== channels + 1 || first[0] !== 0) fail('channelFirst has the wrong shape');
  for (let c = 0; c < channels; c++) if (first[c + 1] < first[c]) fail('channelFirst is not sorted');
  const programmes = first[channels];
  for (const key of [...PROGRAMME_COLUMNS, 'seasons', 'episodes'] as const) {
    if (checked[key].length !== programmes) fail(`${key} has the wrong length`);
  }
  const strings = checked.strings.length;
  for (const key of STRING_COLUMNS) {
    const column = checked[key];
    for (let i = 0; i < column.length; i++)
      if (column[i] < -1 || column[i] >= strings) fail(`${key} points outside the strings`);
  }
  return checked;
}
