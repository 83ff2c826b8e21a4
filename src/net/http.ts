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
  /** Time allowed for one request, answer body included. Default 10000 ms. */
  timeoutMs?: number;
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
 * Reads a response body within `timeoutMs` (ky's timeout stops at the headers; a server can
 * stall half way through a large list). On timeout the request is aborted when the engine can.
 */
function readBody(
  response: BodyReader,
  controller: AbortController | undefined,
  timeoutMs: number,
  onTimeout: () => void,
) {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      controller?.abort();
      reject(Object.assign(new Error('The answer did not arrive in time.'), { name: 'TimeoutError' }));
    }, timeoutMs);
    response.text().then(
      (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function fetchText(options: HttpOptions, url: string, init: RequestInit): Promise<Answer> {
  const target = options.rewriteUrl ? options.rewriteUrl(url) : url;
  const timeoutMs = init.timeoutMs ?? options.timeoutMs ?? DEFAULT_HTTP_OPTIONS.timeoutMs;
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
    return { status: response.status, body: await readBody(response, controller, timeoutMs, markTimedOut) };
  } catch (error) {
    const response = asResponse((error as { response?: unknown }).response);
    if (response && !isNetworkError(error)) {
      const body = await readBody(response, controller, timeoutMs, markTimedOut).catch(() => '');
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
