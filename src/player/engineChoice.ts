import type { PlatformMedia } from '../platform';
import type { EngineName, PlaybackSource, StreamFormat } from './types';

/** One way to try a stream: an engine and the URL it gets. */
export interface EngineAttempt {
  engine: EngineName;
  url: string;
  format: StreamFormat;
}

/** The format a URL's extension says (`/live/u/p/1.ts` → mpegts). Xtream's short live URLs have no extension. */
export function inferFormat(url: string, kind?: PlaybackSource['kind']): StreamFormat {
  const path = url.split(/[?#]/)[0].toLowerCase();
  const match = /\.([a-z0-9]+)$/.exec(path.slice(path.lastIndexOf('/') + 1));
  const extension = match ? match[1] : '';
  if (extension === 'm3u8' || extension === 'm3u') return 'hls';
  if (extension === 'mpd') return 'dash';
  if (extension === 'ts' || extension === 'm2ts' || extension === 'mts') return 'mpegts';
  if (extension === 'mp4' || extension === 'm4v' || extension === 'mov') return 'mp4';
  if (extension === 'mkv') return 'mkv';
  return extension === '' && kind === 'live' ? 'mpegts' : 'other';
}

/**
 * Engines that can play a format, best first, per kind of device. Not chosen by `canPlayType` alone: desktop
 * Chromium now claims HLS natively, as do TVs, each with different abilities (tracks, live, errors), so native HLS
 * comes after the libraries on a desktop and the TV's own player comes first on a TV.
 */
const CANDIDATES: Record<StreamFormat, readonly EngineName[]> = {
  hls: ['avplay', 'webos', 'hlsjs', 'shaka', 'native'],
  dash: ['avplay', 'shaka'],
  mpegts: ['avplay', 'webos', 'mpegts'],
  mp4: ['avplay', 'webos', 'native'],
  mkv: ['avplay', 'webos', 'native'],
  other: ['avplay', 'webos', 'native'],
};

function enginesFor(format: StreamFormat, media: PlatformMedia): EngineName[] {
  return CANDIDATES[format].filter((engine) => {
    if (media.engines.indexOf(engine) === -1) return false;
    // Native HLS only where the element claims it (Safari, Chromium, TVs); elsewhere it cannot even start.
    return !(engine === 'native' && format === 'hls' && !media.nativeHls);
  });
}

/**
 * Every way to try `source` on this device, in order: the main URL with each engine that can play its format, then
 * each alternate URL likewise (a live `.ts` a browser without MSE cannot play is retried as the stream's `.m3u8`).
 * A preferred engine (the viewer's setting) moves to the front wherever it can play.
 */
export function planAttempts(source: PlaybackSource, media: PlatformMedia, preferred?: EngineName): EngineAttempt[] {
  const urls = [{ url: source.url, format: source.format ?? inferFormat(source.url, source.kind) }].concat(
    (source.alternates ?? []).map((a) => ({ url: a.url, format: a.format })),
  );
  const attempts: EngineAttempt[] = [];
  urls.forEach(({ url, format }) => {
    const engines = enginesFor(format, media);
    if (preferred && engines.indexOf(preferred) > 0) {
      engines.splice(engines.indexOf(preferred), 1);
      engines.unshift(preferred);
    }
    engines.forEach((engine) => {
      if (!attempts.some((a) => a.engine === engine && a.url === url)) attempts.push({ engine, url, format });
    });
  });
  if (preferred) {
    // The viewer's engine wins across URLs too: its first attempt goes first overall.
    const index = attempts.findIndex((a) => a.engine === preferred);
    if (index > 0) attempts.unshift(attempts.splice(index, 1)[0]);
  }
  return attempts;
}

/**
 * Which live output to ask an Xtream panel for first: TVs' native players handle raw MPEG-TS well (no playlist
 * polling, no session tokens); a browser plays HLS through hls.js better than TS through mpegts.js.
 */
export function preferredLiveFormat(media: PlatformMedia, setting?: 'ts' | 'm3u8'): 'ts' | 'm3u8' {
  if (setting) return setting;
  return media.avplay || media.engines.indexOf('webos') !== -1 ? 'ts' : 'm3u8';
}
