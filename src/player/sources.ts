import type { StreamUrls } from '../xtream';
import type { PlaybackSource, SourceHeaders } from './types';

/** Options shared by the source builders. */
export interface SourceOptions {
  title?: string;
  headers?: SourceHeaders;
}

/**
 * A live channel of an Xtream account. The other output format goes along as an alternate, so a device that cannot
 * play the first (a browser without MSE given `.ts`, a TV refusing a playlist) retries the same channel in it.
 */
export function liveSource(
  urls: StreamUrls,
  streamId: string,
  format: 'ts' | 'm3u8',
  options: SourceOptions = {},
): PlaybackSource {
  const other = format === 'ts' ? 'm3u8' : 'ts';
  const url = urls.live(streamId, format);
  const alternate = urls.live(streamId, other);
  return {
    url,
    kind: 'live',
    id: streamId,
    // The account may allow one format only, in which case both builders return the same URL.
    alternates: alternate === url ? [] : [{ url: alternate, format: other === 'ts' ? 'mpegts' : 'hls' }],
    ...options,
  };
}

/** A movie; `startAt` resumes it (seconds). */
export function movieSource(
  urls: StreamUrls,
  movie: { id: string; containerExtension: string },
  startAt?: number,
  options: SourceOptions = {},
): PlaybackSource {
  return { url: urls.movie(movie.id, movie.containerExtension), kind: 'movie', id: movie.id, startAt, ...options };
}

/** A series episode (its own id, not the series id); `startAt` resumes it (seconds). */
export function episodeSource(
  urls: StreamUrls,
  episode: { id: string; containerExtension: string },
  startAt?: number,
  options: SourceOptions = {},
): PlaybackSource {
  return {
    url: urls.episode(episode.id, episode.containerExtension),
    kind: 'episode',
    id: episode.id,
    startAt,
    ...options,
  };
}

/** The part of a guide programme catch-up needs: its start and stop (epoch milliseconds). */
export interface ProgrammeTimes {
  start: number;
  stop: number;
  title?: string;
}

/**
 * Catch-up of a guide programme: the panel's timeshift URL from the programme's start (written in the server's
 * timezone by the URL builder) for its length in whole minutes, as HLS (seekable in every engine) unless `ts` is
 * asked for.
 */
export function catchupSource(
  urls: StreamUrls,
  streamId: string,
  programme: ProgrammeTimes,
  format: 'ts' | 'm3u8' = 'm3u8',
  options: SourceOptions = {},
): PlaybackSource {
  const minutes = Math.max(1, Math.ceil((programme.stop - programme.start) / 60000));
  const url = urls.timeshift(streamId, programme.start, minutes, format);
  const other = format === 'ts' ? 'm3u8' : 'ts';
  return {
    url,
    kind: 'catchup',
    id: `${streamId}@${programme.start}`,
    title: options.title ?? programme.title,
    headers: options.headers,
    alternates: [
      { url: urls.timeshift(streamId, programme.start, minutes, other), format: other === 'ts' ? 'mpegts' : 'hls' },
    ],
  };
}
