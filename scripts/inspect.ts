/**
 * `npm run inspect -- xtream <server-or-pasted-link> [username] [password]`
 *   Runs the connection doctor, then counts the catalogue. Prints one JSON object; exit code 2 on failure.
 * `npm run inspect -- xtream-json <action> <file>`
 *   Normalises a saved player_api.php response and prints counts and what had to be coerced or dropped.
 */
import fs from 'node:fs';
import { XtreamClient, diagnoseConnection, normalizeAction, isXtreamError } from '../src/xtream';

const USAGE = [
  'usage:',
  '  npm run inspect -- xtream <server-or-pasted-link> [username] [password]',
  '  npm run inspect -- xtream-json <action> <file>',
].join('\n');

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function errorOf(err: unknown): { code: string; message: string; hint?: string } {
  if (isXtreamError(err)) return { code: err.code, message: err.message, hint: err.hint };
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'xtream' && rest.length >= 1) return inspectXtream(rest[0], rest[1], rest[2]);
  if (command === 'xtream-json' && rest.length === 2) return inspectJson(rest[0], rest[1]);
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
