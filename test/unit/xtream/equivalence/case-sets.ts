// The answers whose normalised outcome is locked: real provider fixtures, our provider's answers
// and seeded quirky answers, grouped into named sets of named cases.
import { NORMALIZED_ACTIONS } from '../../../../src/xtream/normalize';
import { readXtreamFixture, xtreamFixtureNames } from '../../../support/fixtures';
import { fingerprint, outcomeOf, type CallOptions, type Normalizers, type ReportingCollector } from './outcome';
import { providerAnswers } from './provider-answers';
import { quirkyAnswers } from './quirky-answers';

/** One answer and how to normalise it. */
export interface Call {
  action: string;
  raw: unknown;
  options: CallOptions;
}

/** Named cases, each a list of calls whose outcomes are fingerprinted together. */
export type CaseSet = Record<string, Call[]>;

/** Each fixture file through every action: the matching one gives models, the others errors. */
export function fixtureSet(file: string): CaseSet {
  const raw = readXtreamFixture(file);
  const set: CaseSet = {};
  for (const action of NORMALIZED_ACTIONS) set[action] = [{ action, raw, options: {} }];
  return set;
}

/** The fixture files, apart from edge-cases.json (see {@link edgeCaseSet}). */
export function fixtureFiles(): string[] {
  return xtreamFixtureNames()
    .filter((name) => name !== 'edge-cases.json')
    .sort();
}

/** Every entry of edge-cases.json through every action, plus the XUI login assembled from its two mocks. */
export function edgeCaseSet(): CaseSet {
  const edge = readXtreamFixture('edge-cases.json') as Record<string, unknown>;
  const set: CaseSet = {};
  for (const key of Object.keys(edge)) {
    set[key] = NORMALIZED_ACTIONS.map((action) => ({ action, raw: edge[key], options: {} }));
  }
  const xuiLogin = {
    user_info: readXtreamFixture('xui-mock-ektotv-profile.json'),
    server_info: readXtreamFixture('xui-mock-ektotv-server-info.json'),
  };
  set['xui login'] = [{ action: 'login', raw: xuiLogin, options: {} }];
  return set;
}

/** Our provider's answers in one flavour and seed. */
export async function providerSet(flavour: 'xc2' | 'xui', seed: number): Promise<CaseSet> {
  const set: CaseSet = {};
  for (const group of await providerAnswers(flavour, seed)) {
    set[group.name] = group.answers.map(({ raw, options }) => ({ action: group.action, raw, options }));
  }
  return set;
}

/** Seeded quirky answers, one case per action. */
export function quirkySet(seed: number): CaseSet {
  const set: CaseSet = {};
  for (const { action, raw, options } of quirkyAnswers(seed)) {
    (set[action] ??= []).push({ action, raw, options: options ?? {} });
  }
  return set;
}

/** The outcomes of a case's calls. */
export function outcomesOf<C extends ReportingCollector>(impl: Normalizers<C>, calls: readonly Call[]): unknown[] {
  return calls.map(({ action, raw, options }) => outcomeOf(impl, action, raw, options));
}

/** The fingerprint of every case of a set. */
export function fingerprintsOf<C extends ReportingCollector>(
  impl: Normalizers<C>,
  set: CaseSet,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(set)) out[name] = fingerprint(outcomesOf(impl, set[name]));
  return out;
}
