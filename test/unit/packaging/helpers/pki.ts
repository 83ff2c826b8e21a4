// A test PKI made with openssl at test time: an author and a distributor hierarchy, each root → CA → leaf, with .p12 files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createTestCertificates,
  TestCertificateOptions,
  TestCertificates,
} from '../../../../tizen/sign/test-certificates';
import { requireTools } from './tools';

/** Creates a test PKI in a new temporary folder; remove it with `fs.rmSync(pki.dir, …)`. */
export function makeTestPki(options: TestCertificateOptions = {}): TestCertificates & { dir: string } {
  requireTools(['openssl', 'openssl']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tizen-pki-'));
  return { ...createTestCertificates(dir, options), dir };
}
