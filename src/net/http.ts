import ky, { type Options as KyOptions } from 'ky';
import { classifyFailure, httpStatusError, isTransientFailure, notJsonError, proxiedFailure } from './classify';
import { isNetworkError, snippetOf } from './errors';

/** How failed GETs are retried: `limit` more tries, waiting `backoffMs`, doubled each time, at most `maxBackoffMs`. */
export interface RetryPolicy {
  limit: number;
  backoffMs: number;
  maxBackoffMs: number;
}

/** Options of {@link createHttp}; every field has a documented default. */
export interface HttpOptions {
  /**
   * Time allowed for the answer's headers, then for each piece of the body: a large list keeps arriving for as long
   * as bytes keep coming, and a server that stalls half way fails after this long. Default 10000 ms.
   */
  timeoutMs?: number;
  /**
   * Where the engine cannot stream a body (old TV engines, the fetch polyfill), the time allowed for the whole body.
   * Default 120000 ms.
   */
  bodyTimeoutMs?: number;
  /** Default: 2 retries, 300 ms doubling, at most 3000 ms. */
  retry?: RetryPolicy;
  /** Sent as the User-Agent header. Browsers drop it silently; nothing relies on it arriving. */
  userAgent?: string;
  /** Applied to every request URL (the browser emulator routes requests through its CORS proxy). */
  rewriteUrl?: (url: string) => string;
  /** The fetch implementation. Default: the global fetch. */
  fetch?: typeof fetch;
}

/** Per-request options. */
export interface RequestInit {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The HTTP client of the app: GETs that either resolve or throw a typed NetworkError. */
export interface Http {
  /** GETs `url` and parses the body as JSON. Throws NetworkError (`NOT_JSON` for an empty or non-JSON body). */
  getJson(url: string, init?: RequestInit): Promise<unknown>;
  /** GETs `url` and returns the body as text. Throws NetworkError. */
  getText(url: string, init?: RequestInit): Promise<string>;
}

/** The defaults of {@link HttpOptions}. */
export const DEFAULT_HTTP_OPTIONS = {
  timeoutMs: 10000,
  bodyTimeoutMs: 120000,
  retry: { limit: 2, backoffMs: 300, maxBackoffMs: 3000 } as RetryPolicy,
};

interface Answer {
  status: number;
  body: string;
}

/** Forwards an abort from `from` to `to`; returns the function that stops forwarding. */
function linkAbort(from: AbortSignal | undefined, to: AbortController | undefined): () => void {
  if (!from || !to) return () => undefined;
  if (from.aborted) {
    to.abort();
    return () => undefined;
  }
  const forward = (): void => to.abort();
  from.addEventListener('abort', forward);
  return () => from.removeEventListener('abort', forward);
}

function headersFor(userAgent: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json, text/plain, */*' };
  if (userAgent) headers['User-Agent'] = userAgent;
  return headers;
}

function kyOptionsFor(options: HttpOptions, timeoutMs: number, signal: AbortSignal | undefined): KyOptions {
  const retry = options.retry ?? DEFAULT_HTTP_OPTIONS.retry;
  return {
    timeout: timeoutMs,
    signal,
    headers: headersFor(options.userAgent),
    fetch: options.fetch,
    retry: {
      limit: retry.limit,
      methods: ['get'],
      delay: (attempt) => retry.backoffMs * Math.pow(2, attempt - 1),
      backoffLimit: retry.maxBackoffMs,
      shouldRetry: ({ error }) => {
        const status = (error as { response?: { status?: unknown } }).response?.status;
        if (typeof status === 'number') return status >= 500;
        return isTransientFailure(error);
      },
    },
  };
}

interface BodyReader {
  status: number;
  headers?: { get(name: string): string | null };
  text(): Promise<string>;
  body?: { getReader?: () => ReadableStreamDefaultReader<Uint8Array> } | null;
}

/** How long a body may take: between pieces where it streams, else in total. */
interface BodyTimes {
  idleMs: number;
  totalMs: number;
}

/** Set by the emulator's CORS proxy when it could not reach the provider. */
const PROXY_ERROR_HEADER = 'x-proxy-error';

/** A fetch Response, from the global fetch or from one given in the options. */
function asResponse(value: unknown): BodyReader | undefined {
  const candidate = value as Partial<BodyReader> | null | undefined;
  return candidate && typeof candidate.status === 'number' && typeof candidate.text === 'function'
    ? (candidate as BodyReader)
    : undefined;
}

/**
 * Reads a response body. Where the engine streams bodies, the timer restarts with every piece, so a 40 MB list on a
 * slow line arrives while a server that stops sending fails after `idleMs`; elsewhere the whole body gets `totalMs`.
 * On timeout the request is aborted when the engine can.
 */
function readBody(
  response: BodyReader,
  controller: AbortController | undefined,
  times: BodyTimes,
  onTimeout: () => void,
): Promise<string> {
  const stream = response.body && typeof response.body.getReader === 'function' ? response.body : undefined;
  const streaming = stream !== undefined && typeof TextDecoder === 'function';
  return new Promise<string>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (ms: number): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        onTimeout();
        controller?.abort();
        reject(Object.assign(new Error('The answer did not arrive in time.'), { name: 'TimeoutError' }));
      }, ms);
    };
    const done = (text: string): void => {
      clearTimeout(timer);
      resolve(text);
    };
    const failed = (error: unknown): void => {
      clearTimeout(timer);
      reject(error);
    };
    if (!streaming || !stream || !stream.getReader) {
      arm(times.totalMs);
      response.text().then(done, failed);
      return;
    }
    arm(times.idleMs);
    const reader = stream.getReader();
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    const pump = (): void => {
      reader.read().then((piece) => {
        if (piece.done) {
          parts.push(decoder.decode());
          done(parts.join(''));
          return;
        }
        arm(times.idleMs);
        parts.push(decoder.decode(piece.value, { stream: true }));
        pump();
      }, failed);
    };
    pump();
  });
}

async function fetchText(options: HttpOptions, url: string, init: RequestInit): Promise<Answer> {
  const target = options.rewriteUrl ? options.rewriteUrl(url) : url;
  const timeoutMs = init.timeoutMs ?? options.timeoutMs ?? DEFAULT_HTTP_OPTIONS.timeoutMs;
  const times: BodyTimes = {
    idleMs: timeoutMs,
    totalMs: Math.max(timeoutMs, options.bodyTimeoutMs ?? DEFAULT_HTTP_OPTIONS.bodyTimeoutMs),
  };
  // Old TV engines may lack AbortController (and ky then cannot abort either): time out without it.
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const unlink = linkAbort(init.signal, controller);
  let timedOut = false;
  const markTimedOut = (): void => {
    timedOut = true;
  };
  try {
    const response = await ky.get(
      target,
      kyOptionsFor(options, timeoutMs, controller ? controller.signal : init.signal),
    );
    return { status: response.status, body: await readBody(response, controller, times, markTimedOut) };
  } catch (error) {
    const response = asResponse((error as { response?: unknown }).response);
    if (response && !isNetworkError(error)) {
      const body = await readBody(response, controller, times, markTimedOut).catch(() => '');
      const proxyError = response.status === 502 ? response.headers?.get(PROXY_ERROR_HEADER) : null;
      if (proxyError) throw proxiedFailure(url, proxyError, body);
      throw httpStatusError(url, response.status, snippetOf(body));
    }
    throw classifyFailure(error, url, timedOut && !init.signal?.aborted);
  } finally {
    unlink();
  }
}

function parseJson(url: string, answer: Answer): unknown {
  // Some panels prefix their JSON with a UTF-8 byte order mark.
  const text = answer.body.charCodeAt(0) === 0xfeff ? answer.body.slice(1) : answer.body;
  if (text.trim() === '') throw notJsonError(url, answer.status, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw notJsonError(url, answer.status, snippetOf(text), error);
  }
}

/**
 * Creates the HTTP client. GETs time out after `timeoutMs`, retry with exponential backoff on
 * 5xx answers and transient network failures (never on 4xx), stop when the caller's signal
 * aborts, and report every failure as a NetworkError.
 *
 * @example
 * ```ts
 * const http = createHttp({ timeoutMs: 5000, userAgent: 'TVPlayer/1.0' });
 * const data = await http.getJson('http://host:8080/player_api.php?username=u&password=p');
 * ```
 */
export function createHttp(options: HttpOptions = {}): Http {
  return {
    async getJson(url, init = {}) {
      return parseJson(url, await fetchText(options, url, init));
    },
    async getText(url, init = {}) {
      return (await fetchText(options, url, init)).body;
    },
  };
}
