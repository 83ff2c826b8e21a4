/**
 * `npm run inspect -- xtream <server-or-pasted-link> [username] [password]`
 *   Runs the connection doctor, then counts the catalogue. Prints one JSON object; exit code 2 on failure.
 * `npm run inspect -- xtream-json <action> <file>`
 *   Normalises a saved player_api.php response and prints counts and what had to be coerced or dropped.
 * `npm run inspect -- m3u <file-or-url>` and `npm run inspect -- xmltv <file-or-url>` (gzip too)
 *   Streams a playlist or a guide through its parser and prints counts, the time range (guides), the parse time,
 *   the peak heap and the warnings with their line numbers. Exit code 2 when it is not a playlist / guide.
 */
import fs from 'node:fs';
import { createXmltvParser, type XmltvIssue } from '../src/epg';
import { download } from '../src/library/source';
import { isPlaylistError, PlaylistParser, type PlaylistEntry } from '../src/m3u';
import { isNetworkError } from '../src/net';
import { XtreamClient, diagnoseConnection, normalizeAction, isXtreamError } from '../src/xtream';

const USAGE = [
  'usage:',
  '  npm run inspect -- xtream <server-or-pasted-link> [username] [password]',
  '  npm run inspect -- xtream-json <action> <file>',
  '  npm run inspect -- m3u <file-or-url>',
  '  npm run inspect -- xmltv <file-or-url>',
].join('\n');

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function errorOf(err: unknown): { code: string; message: string; hint?: string } {
  if (isXtreamError(err)) return { code: err.code, message: err.message, hint: err.hint };
  if (isPlaylistError(err)) return { code: err.code, message: err.message, hint: err.hint };
  if (isNetworkError(err)) return { code: err.kind, message: err.message };
  return { code: 'UNEXPECTED', message: err instanceof Error ? err.message : String(err) };
}

async function inspectXtream(server: string, username = '', password = ''): Promise<number> {
  const report = await diagnoseConnection({ server, username, password });
  if (!report.ok || !report.repaired) {
    print({
      ok: false,
      input: report.input,
      repaired: report.repaired,
      error: report.error,
      fix: report.fix,
      report: report.steps,
    });
    return 2;
  }
  const credentials = { ...report.repaired, server: report.applied?.server ?? report.repaired.server };
  const client = new XtreamClient(credentials);
  try {
    const account = await client.login();
    const [liveCategories, vodCategories, seriesCategories, live, movies, series] = await Promise.all([
      client.liveCategories(),
      client.vodCategories(),
      client.seriesCategories(),
      client.liveStreams(),
      client.vodStreams(),
      client.series(),
    ]);
    print({
      ok: true,
      repaired: { ...report.repaired, server: credentials.server },
      fix: report.fix,
      report: report.steps,
      account,
      counts: {
        liveCategories: liveCategories.length,
        vodCategories: vodCategories.length,
        seriesCategories: seriesCategories.length,
        live: live.length,
        movies: movies.length,
        series: series.length,
      },
    });
    return 0;
  } catch (err) {
    print({ ok: false, repaired: client.credentials, error: errorOf(err), report: report.steps });
    return 2;
  }
}

function inspectJson(action: string, file: string): number {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    print({
      ok: false,
      action,
      file,
      error: { code: 'BAD_RESPONSE', message: `Not valid JSON: ${(err as Error).message}` },
    });
    return 2;
  }
  try {
    const { value, report } = normalizeAction(action, raw);
    const count = Array.isArray(value) ? value.length : 1;
    print({ ok: true, action, file, count, coerced: report.coerced, dropped: report.dropped });
    return 0;
  } catch (err) {
    print({ ok: false, action, file, error: errorOf(err) });
    return 2;
  }
}

/** Tracks the largest heap seen while a parse runs (sampled at each chunk). */
function heapWatch(): { sample(): void; peakMb(): number } {
  let peak = process.memoryUsage().heapUsed;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peakMb: () => Math.round((peak / 1048576) * 10) / 10,
  };
}

const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

/** Feeds the bytes of a file or a URL to `onChunk`, chunk by chunk. */
async function streamBytes(location: string, onChunk: (chunk: Uint8Array | string) => boolean): Promise<void> {
  if (isUrl(location)) {
    await download(location, onChunk);
    return;
  }
  for await (const chunk of fs.createReadStream(location)) if (!onChunk(chunk as Buffer)) break;
}

async function inspectM3u(location: string): Promise<number> {
  const heap = heapWatch();
  const groups = new Set<string>();
  const counts = { entries: 0, groups: 0, withTvgId: 0, withLogo: 0, withCatchup: 0, live: 0, movies: 0, episodes: 0 };
  const onEntry = (entry: PlaylistEntry): void => {
    counts.entries++;
    if (entry.group !== undefined) groups.add(entry.group);
    if (entry.tvgId !== undefined) counts.withTvgId++;
    if (entry.logo !== undefined) counts.withLogo++;
    if (entry.catchup !== undefined) counts.withCatchup++;
    if (entry.kind === 'live') counts.live++;
    else if (entry.kind === 'movie') counts.movies++;
    else counts.episodes++;
  };
  const parser = new PlaylistParser({ onEntry });
  const decoder = new TextDecoder('utf-8');
  const started = performance.now();
  try {
    await streamBytes(location, (chunk) => {
      parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      heap.sample();
      return true;
    });
    parser.push(decoder.decode());
    parser.end();
  } catch (err) {
    print({ ok: false, command: 'm3u', location, error: errorOf(err) });
    return 2;
  }
  const parseMs = Math.round(performance.now() - started);
  heap.sample();
  counts.groups = groups.size;
  print({
    ok: true,
    command: 'm3u',
    location,
    counts,
    guideUrls: parser.header.tvgUrls,
    parseMs,
    peakHeapMb: heap.peakMb(),
    warnings: parser.warnings.map((w) => ({ code: w.code, line: w.line, message: w.message })),
  });
  return 0;
}

async function inspectXmltv(location: string): Promise<number> {
  const heap = heapWatch();
  let programmes = 0;
  let first = Infinity;
  let last = -Infinity;
  const parser = createXmltvParser({
    onProgramme: (programme) => {
      programmes++;
      if (programme.start < first) first = programme.start;
      const end = programme.stop ?? programme.start;
      if (end > last) last = end;
    },
  });
  const started = performance.now();
  try {
    await streamBytes(location, (chunk) => {
      parser.push(chunk);
      heap.sample();
      return !parser.stopped;
    });
  } catch (err) {
    print({ ok: false, command: 'xmltv', location, error: errorOf(err) });
    return 2;
  }
  const summary = parser.end();
  const parseMs = Math.round(performance.now() - started);
  heap.sample();
  const issue = (i: XmltvIssue) => ({ code: i.code, line: i.line, message: i.message });
  print({
    ok: summary.ok,
    command: 'xmltv',
    location,
    gzip: summary.gzip,
    encoding: summary.encoding,
    complete: summary.complete,
    counts: { channels: summary.channels, programmes },
    timeRange: programmes > 0 ? { from: new Date(first).toISOString(), to: new Date(last).toISOString() } : null,
    parseMs,
    peakHeapMb: heap.peakMb(),
    errors: summary.errors.map(issue),
    warnings: summary.warnings.map(issue),
    warningCount: summary.warningCount,
  });
  return summary.ok ? 0 : 2;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'xtream' && rest.length >= 1) return inspectXtream(rest[0], rest[1], rest[2]);
  if (command === 'xtream-json' && rest.length === 2) return inspectJson(rest[0], rest[1]);
  if (command === 'm3u' && rest.length === 1) return inspectM3u(rest[0]);
  if (command === 'xmltv' && rest.length === 1) return inspectXmltv(rest[0]);
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    print({ ok: false, error: errorOf(err) });
    process.exit(2);
  },
);
