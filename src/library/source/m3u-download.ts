/**
 * Reads a playlist (downloaded, streamed into the parser as it arrives, or a file's text) into catalogue data,
 * reporting bytes and entries. Content problems become SourceErrors: a web page or other non-playlist is
 * `NOT_A_PLAYLIST`, a playlist without entries is `EMPTY_PLAYLIST`.
 */
import type { HttpOptions } from '../../net';
import { download } from './download';
import { SourceError } from './errors';
import { PlaylistCatalogBuilder, type PlaylistCatalogData } from './m3u-mapping';
import { fractionOf, type ProgressListener } from './progress';

/** Where a playlist comes from: an address, or a file's text (a file picked on the device, a test fixture). */
export type PlaylistLocation = { url: string } | { fileName: string; readText: () => Promise<string> };

/** Options of {@link readPlaylist}. */
export interface ReadPlaylistOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  http?: Pick<HttpOptions, 'rewriteUrl' | 'fetch' | 'userAgent'>;
  idleTimeoutMs?: number;
}

/** Decodes UTF-8 byte chunks that may split a character; text chunks pass through. */
function textDecoderFor(): (chunk: Uint8Array | string, last?: boolean) => string {
  const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8') : undefined;
  return (chunk, last = false) => {
    if (typeof chunk === 'string') return chunk;
    // Without TextDecoder the download comes as text (see `inOnePiece` below), so bytes always have a decoder.
    return decoder ? decoder.decode(chunk, { stream: !last }) : '';
  };
}

/**
 * Reads the playlist at `location`. Rejects with SourceError (`NOT_A_PLAYLIST`, `EMPTY_PLAYLIST`), or with the
 * NetworkError of a download that failed.
 */
export async function readPlaylist(
  location: PlaylistLocation,
  options: ReadPlaylistOptions = {},
): Promise<PlaylistCatalogData> {
  const report = options.onProgress ?? (() => undefined);
  // The parser loads with the first playlist read: a TV on an Xtream account never downloads it.
  const { isPlaylistError, PlaylistParser } = await import(/* webpackChunkName: "m3u" */ '../../m3u');
  const builder = new PlaylistCatalogBuilder();
  const parser = new PlaylistParser({ onEntry: builder.add });
  const decode = textDecoderFor();
  let problem: unknown;
  const push = (chunk: Uint8Array | string): boolean => {
    try {
      parser.push(decode(chunk));
      return true;
    } catch (error) {
      // Thrown inside the download it would pass for a network failure: keep it and stop reading instead.
      problem = error;
      return false;
    }
  };
  report({ task: 'catalog', phase: 'download', bytes: 0, items: 0 });
  if ('url' in location) {
    await download(location.url, push, {
      signal: options.signal,
      http: options.http,
      idleTimeoutMs: options.idleTimeoutMs,
      inOnePiece: typeof TextDecoder !== 'function',
      onBytes: (bytes, total) =>
        report({
          task: 'catalog',
          phase: 'download',
          bytes,
          totalBytes: total,
          items: parser.entryCount,
          fraction: fractionOf(bytes, total),
        }),
    });
  } else {
    push(await location.readText());
  }
  if (problem === undefined) push(decode(new Uint8Array(0), true));
  if (problem === undefined) {
    try {
      parser.end();
    } catch (error) {
      // The last line may be the first one (a one-line web page): it is judged only now.
      problem = error;
    }
  }
  if (problem !== undefined) {
    if (isPlaylistError(problem)) {
      throw new SourceError('NOT_A_PLAYLIST', problem.message, { cause: problem, hint: problem.hint });
    }
    throw problem;
  }
  if (parser.entryCount === 0) throw new SourceError('EMPTY_PLAYLIST', 'The playlist has no channels or videos.');
  report({ task: 'catalog', phase: 'index', items: parser.entryCount, fraction: 1 });
  return builder.finish(parser.header);
}
