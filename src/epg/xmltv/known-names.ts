/**
 * Tag and attribute names of XMLTV, handed out as the same string objects every time. Reading a name then costs a
 * comparison instead of a new string per tag (millions in a big guide), and later comparisons are cheap too.
 */
const NAMES = [
  'tv',
  'channel',
  'display-name',
  'icon',
  'url',
  'programme',
  'title',
  'sub-title',
  'desc',
  'category',
  'keyword',
  'episode-num',
  'length',
  'credits',
  'director',
  'actor',
  'writer',
  'presenter',
  'guest',
  'date',
  'country',
  'language',
  'orig-language',
  'video',
  'audio',
  'aspect',
  'quality',
  'stereo',
  'present',
  'colour',
  'subtitles',
  'rating',
  'star-rating',
  'value',
  'previously-shown',
  'premiere',
  'new',
  'live',
  'image',
  'review',
  'start',
  'stop',
  'id',
  'lang',
  'src',
  'system',
  'units',
  'width',
  'height',
  'type',
  'role',
  'generator-info-name',
  'generator-info-url',
  'source-info-name',
  'source-info-url',
];

/** Names grouped by `length * 128 + first char code` (all names are ASCII), in a dense array for speed. */
const MAX_LENGTH = NAMES.reduce((max, name) => Math.max(max, name.length), 0);
const BUCKETS: (string[] | undefined)[] = [];
for (let i = 0; i < (MAX_LENGTH + 1) * 128; i++) BUCKETS.push(undefined);
for (const name of NAMES) {
  const key = name.length * 128 + name.charCodeAt(0);
  const bucket = BUCKETS[key];
  if (bucket) bucket.push(name);
  else BUCKETS[key] = [name];
}

/** The name `s[from, to)`: a shared string when it is a known XMLTV name, a new one otherwise. */
export function readName(s: string, from: number, to: number): string {
  const first = s.charCodeAt(from);
  if (first < 128 && to - from <= MAX_LENGTH) {
    const bucket = BUCKETS[(to - from) * 128 + first];
    if (bucket) {
      for (let i = 0; i < bucket.length; i++) {
        const name = bucket[i];
        let k = 1;
        while (k < name.length && name.charCodeAt(k) === s.charCodeAt(from + k)) k++;
        if (k === name.length) return name;
      }
    }
  }
  return s.slice(from, to);
}
