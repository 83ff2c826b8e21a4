/** A readable name for an entry that has none, taken from its URL. */

// Last path segments that say nothing about the channel; the segment before them is used instead.
const GENERIC_SEGMENTS = new Set(['index', 'master', 'playlist', 'chunklist', 'manifest', 'mono', 'live', 'stream']);

/** `http://host/news/index.m3u8` → `news`; `rtp://239.0.0.1:5000` → `239.0.0.1:5000`; falls back to the URL. */
export function nameFromUrl(url: string): string {
  let end = url.length;
  for (let i = 0; i < end; i++) {
    const code = url.charCodeAt(i);
    if (code === 63 /* ? */ || code === 35 /* # */) end = i;
  }
  const scheme = url.indexOf('://');
  const pathStart = scheme === -1 ? 0 : scheme + 3;
  const segments = url.slice(pathStart, end).split(/[/\\]/);
  const host = scheme === -1 ? undefined : segments.shift();
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = withoutExtension(decodeSafely(segments[i])).trim();
    if (segment !== '' && !GENERIC_SEGMENTS.has(segment.toLowerCase())) return segment;
  }
  return host !== undefined && host !== '' ? host : url;
}

function withoutExtension(segment: string): string {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0) return segment;
  const extension = segment.slice(dot + 1);
  return /^[A-Za-z][A-Za-z0-9]{0,4}$/.test(extension) ? segment.slice(0, dot) : segment;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
