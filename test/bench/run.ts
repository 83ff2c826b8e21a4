/**
 * `npm run bench -- <name> [more names]` runs benchmarks from this folder and prints one JSON object per line:
 * `{"bench":…,"metric":…,"value":…,"unit":…}`. Each bench module exports `run(report)`; see support.ts.
 * Benchmarks print figures; nothing here asserts a time. A name may also be an alias that runs one variant of a
 * bench module (`startup-warm` runs startup.bench.ts with the variant `warm`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchModule, Report } from './support';

/** Names that run one variant of a bench module: name → [module, variant]. */
const ALIASES: Record<string, [string, string]> = {
  'startup-warm': ['startup', 'warm'],
  'startup-cold': ['startup', 'cold'],
};

function available(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .concat(Object.keys(ALIASES))
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
    const [file, variant] = ALIASES[name] ?? [name, undefined];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, `${file}.bench.ts`)) as BenchModule;
    const report: Report = (metric, value, unit, extra) => {
      const rounded = Math.round(value * 1000) / 1000;
      process.stdout.write(`${JSON.stringify({ bench: name, metric, value: rounded, unit, ...extra })}\n`);
    };
    await mod.run(report, variant);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
