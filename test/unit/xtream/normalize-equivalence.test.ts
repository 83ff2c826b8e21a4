// The normalisers were rewritten for speed (catalog-ingest benchmark) without changing a single
// model field or report count: their outcomes on real fixtures, our provider's answers and
// seeded quirky answers must keep the fingerprints recorded from the implementation before.
import * as normalizers from '../../../src/xtream/normalize';
import { hasXtreamFixtures } from '../../support/fixtures';
import { edgeCaseSet, fingerprintsOf, fixtureFiles, fixtureSet, providerSet, quirkySet } from './equivalence/case-sets';
import { EXPECTED_OUTCOMES } from './equivalence/expected-outcomes';
import type { Normalizers } from './equivalence/outcome';

const current: Normalizers<normalizers.Collector> = normalizers;

const withFixtures = hasXtreamFixtures() ? describe : describe.skip;
if (!hasXtreamFixtures())
  console.warn('Skipping the fixture part of the equivalence tests: ../shared/fixtures/xtream is absent.');

withFixtures('normalised real provider fixtures keep their recorded outcomes', () => {
  const files = hasXtreamFixtures() ? fixtureFiles() : [];

  for (const file of files) {
    it(`${file} through every action`, () => {
      expect(fingerprintsOf(current, fixtureSet(file))).toEqual(EXPECTED_OUTCOMES[`fixture ${file}`]);
    });
  }

  it('edge-cases.json through every action', () => {
    expect(fingerprintsOf(current, edgeCaseSet())).toEqual(EXPECTED_OUTCOMES['edge-cases.json']);
  });

  it('covers every fixture file that was recorded, and no other', () => {
    const recorded = Object.keys(EXPECTED_OUTCOMES).filter((name) => name.startsWith('fixture '));
    expect(files.map((file) => `fixture ${file}`)).toEqual(recorded);
  });
});

describe('normalised answers of our provider keep their recorded outcomes', () => {
  it.each([
    ['xc2', 1],
    ['xc2', 2],
    ['xui', 1],
    ['xui', 2],
  ] as const)('%s catalogue with seed %i: lists, details and guides', async (flavour, seed) => {
    const set = await providerSet(flavour, seed);
    expect(fingerprintsOf(current, set)).toEqual(EXPECTED_OUTCOMES[`provider ${flavour} seed ${seed}`]);
  });
});

describe('normalised quirky answers keep their recorded outcomes', () => {
  it.each([1, 2, 3])('seed %i: every field in every shape, for every action', (seed) => {
    expect(fingerprintsOf(current, quirkySet(seed))).toEqual(EXPECTED_OUTCOMES[`quirky seed ${seed}`]);
  });
});
