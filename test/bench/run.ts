/**
 * `npm run bench -- <name> [more names]` runs benchmarks from this folder and prints one JSON object per line:
 * `{"bench":…,"metric":…,"value":…,"unit":…}`. Each bench module exports `run(report)`; see support.ts.
 * Benchmarks print figures; nothing here asserts a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchModule, Report } from './support';

function available(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort();
}

async function main(names: string[]): Promise<void> {
  const known = available();
  if (names.length === 0 || names.includes('--list')) {
    process.stderr.write(`usage: npm run bench -- <name>...\navailable: ${known.join(', ')}\n`);
    process.exit(names.length === 0 ? 64 : 0);
  }
  for (const name of names) {
    if (!known.includes(name)) throw new Error(`unknown bench "${name}"; available: ${known.join(', ')}`);
  }
  for (const name of names) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, `${name}.bench.ts`)) as BenchModule;
    const report: Report = (metric, value, unit, extra) => {
      const rounded = Math.round(value * 1000) / 1000;
      process.stdout.write(`${JSON.stringify({ bench: name, metric, value: rounded, unit, ...extra })}\n`);
    };
    await mod.run(report);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
