/**
 * Downloads XMLTV guides (plain or gzip: the parser tells by the first bytes) straight into a guide index
 * builder, reporting bytes and programmes as they arrive. Several guide addresses are merged into one index;
 * one that fails is reported and skipped, and only when every one fails does the load fail.
 */
import type { GuideIndex, GuideWindowOptions, XmltvProgramme, XmltvSummary } from '../../epg';
import type { HttpOptions } from '../../net';
import { download } from '../source/download';
import { SourceError } from '../source/errors';
import { fractionOf, throttleProgress, type ProgressListener } from '../source/progress';

/** Options of {@link downloadGuide}. */
export interface GuideDownloadOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  http?: Pick<HttpOptions, 'rewriteUrl' | 'fetch' | 'userAgent'>;
  /** Which programmes to keep, relative to `now` (default: 3 days back, 7 ahead, from now). */
  window?: GuideWindowOptions;
  /** The UI language: titles in it are preferred. */
  language?: string;
  idleTimeoutMs?: number;
}

/** One guide address that did not give a guide. */
export interface GuideFailure {
  url: string;
  error: unknown;
}

/** What {@link downloadGuide} built. */
export interface DownloadedGuide {
  index: GuideIndex;
  /** The parser's summary of each address that worked. */
  summaries: { url: string; summary: XmltvSummary }[];
  failures: GuideFailure[];
  /** Bytes received over all addresses. */
  bytes: number;
}

/**
 * Builds one guide index from every address in `urls`. Rejects with SourceError `NO_GUIDE` (the first
 * failure as its cause) when none of them gave a programme, and with the NetworkError `ABORTED` when the
 * caller aborts.
 *
 * @example
 * ```ts
 * const { index } = await downloadGuide([client.urls.xmltv()], { onProgress: (p) => bar.show(p) });
 * ```
 */
export async function downloadGuide(
  urls: readonly string[],
  options: GuideDownloadOptions = {},
): Promise<DownloadedGuide> {
  const report = throttleProgress(options.onProgress);
  // The XMLTV parser (with its gzip decoder) loads with the first guide download, not with the app.
  const { createXmltvParser, GuideIndexBuilder } = await import(/* webpackChunkName: "xmltv" */ '../../epg/parsing');
  const builder = new GuideIndexBuilder(options.window);
  const summaries: DownloadedGuide['summaries'] = [];
  const failures: GuideFailure[] = [];
  let programmes = 0;
  let bytesBefore = 0;
  const onProgramme = (programme: XmltvProgramme): void => {
    builder.addProgramme(programme);
    programmes++;
  };
  for (let u = 0; u < urls.length; u++) {
    const url = urls[u];
    const parser = createXmltvParser({ onChannel: builder.onChannel, onProgramme, language: options.language });
    const before = programmes;
    let received = 0;
    try {
      await download(
        url,
        (chunk) => {
          parser.push(chunk);
          return !parser.stopped;
        },
        {
          signal: options.signal,
          http: options.http,
          idleTimeoutMs: options.idleTimeoutMs,
          onBytes: (bytes, total) => {
            received = bytes;
            const part = fractionOf(bytes, total);
            report({
              task: 'guide',
              phase: 'download',
              bytes: bytesBefore + bytes,
              totalBytes: urls.length === 1 ? total : undefined,
              items: programmes,
              fraction: part === undefined ? undefined : (u + part) / urls.length,
            });
          },
        },
      );
      const summary = parser.end();
      if (programmes === before && !summary.ok) {
        const problem = summary.errors[0];
        failures.push({ url, error: new SourceError('NOT_XMLTV', problem ? problem.message : 'Not an XMLTV guide.') });
      } else summaries.push({ url, summary });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      failures.push({ url, error });
    }
    bytesBefore += received;
  }
  if (summaries.length === 0) {
    const cause = failures.length > 0 ? failures[0].error : undefined;
    throw new SourceError(
      'NO_GUIDE',
      urls.length === 0 ? 'This account has no TV guide.' : 'The TV guide could not be loaded.',
      { cause },
    );
  }
  report({ task: 'guide', phase: 'index', bytes: bytesBefore, items: programmes, fraction: 1 });
  const index = builder.finish();
  return { index, summaries, failures, bytes: bytesBefore };
}
