/**
 * Streaming GETs for the two big downloads (M3U playlists, XMLTV guides): the body is handed on chunk by chunk
 * as it arrives, so a 100 MB guide is never held whole. Engines with streaming fetch bodies (Chromium ≥ 43,
 * Node) use `fetch` + `response.body.getReader()`; older ones fall back to the HTTP client's `getText`, which
 * delivers the body in one piece (same errors, no progress until the end). Every failure is a typed
 * NetworkError.
 */
import { classifyFailure, createHttp, NetworkError, type HttpOptions } from '../../net';

/** Options of {@link download}. */
export interface DownloadOptions {
  signal?: AbortSignal;
  /** URL rewriting (the emulator's CORS proxy) and the fetch to use; the app's HTTP options fit. */
  http?: Pick<HttpOptions, 'rewriteUrl' | 'fetch' | 'userAgent'>;
  /** Called as bytes arrive: received so far, and the total when the server gave an uncompressed length. */
  onBytes?: (received: number, total: number | undefined) => void;
  /** Give up when nothing arrives for this long (headers or body). Default {@link DOWNLOAD_IDLE_TIMEOUT_MS}. */
  idleTimeoutMs?: number;
  /** Take the body as one text even where streams exist (for a caller that cannot decode bytes). */
  inOnePiece?: boolean;
}

/** Receives each chunk; returning `false` stops the download (e.g. the parser saw it is not a guide). */
export type ChunkSink = (chunk: Uint8Array | string) => boolean | void;

/** What a finished download saw. */
export interface DownloadResult {
  /** Bytes received (characters when the body came in one piece as text). */
  bytes: number;
  /** Whether the body arrived as a stream of byte chunks. */
  streamed: boolean;
  /** Whether the sink stopped it early. */
  stopped: boolean;
}

/** Default idle timeout: long enough for a slow panel that builds its guide before sending a byte. */
export const DOWNLOAD_IDLE_TIMEOUT_MS = 60000;

interface StreamingResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  body?: { getReader(): ByteReader } | null;
  text(): Promise<string>;
}

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
  releaseLock(): void;
}

/** Whether this engine can read fetch bodies as streams (checked once, without a request). */
export function canStreamDownloads(fetchImpl: unknown = typeof fetch === 'function' ? fetch : undefined): boolean {
  return (
    typeof fetchImpl === 'function' &&
    typeof ReadableStream === 'function' &&
    typeof Response === 'function' &&
    'body' in Response.prototype
  );
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
  return match ? match[1].replace(/^[^@]*@/, '') : url;
}

/** The total to expect: Content-Length, unless the body is compressed in transit (then it counts other bytes). */
function expectedLength(response: StreamingResponse): number | undefined {
  if (response.headers.get('content-encoding')) return undefined;
  const length = Number(response.headers.get('content-length'));
  return isFinite(length) && length > 0 ? length : undefined;
}

/**
 * GETs `url` and hands the body to `sink` as it arrives. Resolves when the body is complete (or the sink
 * stopped it); rejects with a NetworkError (`HTTP_STATUS` for a non-2xx answer, `TIMEOUT` when nothing
 * arrives for `idleTimeoutMs`, `ABORTED` when the caller aborts).
 *
 * @example
 * ```ts
 * const parser = createXmltvParser({ onProgramme });
 * await download(url, (chunk) => { parser.push(chunk); return !parser.stopped; }, { onBytes });
 * ```
 */
export async function download(url: string, sink: ChunkSink, options: DownloadOptions = {}): Promise<DownloadResult> {
  const fetchImpl = options.http?.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (options.inOnePiece || !canStreamDownloads(fetchImpl)) return downloadInOnePiece(url, sink, options);
  const target = options.http?.rewriteUrl ? options.http.rewriteUrl(url) : url;
  const controller = new AbortController();
  const idleMs = options.idleTimeoutMs ?? DOWNLOAD_IDLE_TIMEOUT_MS;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartIdleTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, idleMs);
  };
  const forwardAbort = (): void => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', forwardAbort);
  restartIdleTimer();
  try {
    const headers: Record<string, string> = options.http?.userAgent ? { 'User-Agent': options.http.userAgent } : {};
    const response = (await (fetchImpl as typeof fetch)(target, {
      signal: controller.signal,
      headers,
    })) as unknown as StreamingResponse;
    if (!response.ok) throw await statusError(url, response);
    const total = expectedLength(response);
    const reader = response.body && typeof response.body.getReader === 'function' ? response.body.getReader() : null;
    if (!reader) {
      const text = await response.text();
      options.onBytes?.(text.length, total);
      return { bytes: text.length, streamed: false, stopped: sink(text) === false };
    }
    let bytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        restartIdleTimer();
        if (!value) continue;
        bytes += value.byteLength;
        options.onBytes?.(bytes, total);
        if (sink(value) === false) {
          await reader.cancel().catch(() => undefined);
          return { bytes, streamed: true, stopped: true };
        }
      }
    } finally {
      reader.releaseLock();
    }
    return { bytes, streamed: true, stopped: false };
  } catch (error) {
    throw classifyFailure(error, url, timedOut && !options.signal?.aborted);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

async function statusError(url: string, response: StreamingResponse): Promise<NetworkError> {
  const body = await response.text().catch(() => '');
  return new NetworkError('HTTP_STATUS', url, `The server ${hostOf(url)} answered with HTTP ${response.status}.`, {
    status: response.status,
    bodySnippet: body.slice(0, 200),
  });
}

/** The fallback for engines without streaming bodies: the HTTP client's getText, in one piece. */
async function downloadInOnePiece(url: string, sink: ChunkSink, options: DownloadOptions): Promise<DownloadResult> {
  const http = createHttp({ ...options.http, timeoutMs: options.idleTimeoutMs ?? DOWNLOAD_IDLE_TIMEOUT_MS });
  const text = await http.getText(url, { signal: options.signal });
  options.onBytes?.(text.length, undefined);
  return { bytes: text.length, streamed: false, stopped: sink(text) === false };
}
