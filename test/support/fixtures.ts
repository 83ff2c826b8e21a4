// Locates the shared real-provider fixtures (../shared next to the repository). A fresh clone
// elsewhere has no ../shared, so suites that read them skip with a message.
import fs from 'node:fs';
import path from 'node:path';

export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const XTREAM_FIXTURES = path.join(SHARED_DIR, 'fixtures', 'xtream');

/** Whether the Xtream fixtures are present. */
export function hasXtreamFixtures(): boolean {
  return fs.existsSync(XTREAM_FIXTURES);
}

let warned = false;

/** `describe` when the fixtures exist, else `describe.skip` with a warning (once) naming the reason. */
export function describeWithXtreamFixtures(): jest.Describe {
  if (hasXtreamFixtures()) return describe;
  if (!warned)
    console.warn(`Skipping fixture tests: ${XTREAM_FIXTURES} is absent (it lives in ../shared beside the repository).`);
  warned = true;
  return describe.skip;
}

/** The parsed JSON of one fixture file. */
export function readXtreamFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(XTREAM_FIXTURES, name), 'utf8'));
}

/** Names of every fixture file. */
export function xtreamFixtureNames(): string[] {
  return fs.readdirSync(XTREAM_FIXTURES).filter((name) => name.endsWith('.json'));
}
