// A throwaway certificate hierarchy made with openssl, for signing when no developer certificates are
// configured and for tests. Packages signed with it verify, but no retail TV accepts them.
import fs from 'node:fs';
import path from 'node:path';
import { requireCommand, runCommandOrThrow } from '../shared/commands';
import { P12Source, TizenSigningConfig } from './credentials';

/** One role's throwaway certificates: its .p12 (leaf + intermediate + root) and the root CA to trust. */
export interface TestRoleCertificates extends P12Source {
  /** PEM root CA that verifiers must trust (`xmlsec1 --trusted-pem`). */
  rootCa: string;
}

/** Throwaway author and distributor certificates. */
export interface TestCertificates extends TizenSigningConfig {
  author: TestRoleCertificates;
  distributor: TestRoleCertificates;
}

/** Options for `createTestCertificates`. */
export interface TestCertificateOptions {
  /** Password of both .p12 files (default `test-password`). */
  password?: string;
  /** Write .p12 files with the old RC2-40 encryption, as older Tizen Studio versions do. */
  legacyP12?: boolean;
}

const CA_EXTENSIONS = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n';
const LEAF_EXTENSIONS = 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n';

/** Runs openssl in `dir`; `words` is split on spaces (file names here have none), `rest` is passed as is. */
function openssl(dir: string, words: string, ...rest: string[]): void {
  runCommandOrThrow('openssl', [...words.split(' '), ...rest], { cwd: dir });
}

function issue(dir: string, name: string, subject: string, issuer: string, extensions: string): void {
  fs.writeFileSync(path.join(dir, `${name}.ext`), extensions);
  openssl(dir, `req -new -newkey rsa:2048 -nodes -keyout ${name}.key -out ${name}.csr -subj`, subject);
  openssl(
    dir,
    `x509 -req -in ${name}.csr -CA ${issuer}.crt -CAkey ${issuer}.key -CAcreateserial -days 3650 -sha256 ` +
      `-extfile ${name}.ext -out ${name}.crt`,
  );
}

function createRole(
  dir: string,
  role: 'author' | 'distributor',
  options: Required<TestCertificateOptions>,
): TestRoleCertificates {
  const title = role === 'author' ? 'Author' : 'Distributor';
  const root = `${role}-root-ca`;
  const intermediate = `${role}-ca`;
  openssl(
    dir,
    `req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -keyout ${root}.key -out ${root}.crt ` +
      `-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -subj`,
    `/O=TV Player test/CN=TV Player Test ${title} Root CA`,
  );
  issue(dir, intermediate, `/O=TV Player test/CN=TV Player Test ${title} CA`, root, CA_EXTENSIONS);
  issue(dir, role, `/O=TV Player test/CN=TV Player Test ${title}`, intermediate, LEAF_EXTENSIONS);
  fs.writeFileSync(
    path.join(dir, `${role}-issuers.pem`),
    fs.readFileSync(path.join(dir, `${intermediate}.crt`), 'utf8') +
      fs.readFileSync(path.join(dir, `${root}.crt`), 'utf8'),
  );
  openssl(
    dir,
    `pkcs12 -export${options.legacyP12 ? ' -legacy' : ''} -inkey ${role}.key -in ${role}.crt ` +
      `-certfile ${role}-issuers.pem -name ${role} -out ${role}.p12 -passout`,
    `pass:${options.password}`,
  );
  return { p12: path.join(dir, `${role}.p12`), password: options.password, rootCa: path.join(dir, `${root}.crt`) };
}

/**
 * Creates, in `dir`, a root CA, an intermediate CA and a leaf for the author and the same for the
 * distributor, with each leaf's .p12 (holding leaf, intermediate and root). Needs `openssl`.
 */
export function createTestCertificates(dir: string, options: TestCertificateOptions = {}): TestCertificates {
  requireCommand('openssl', 'openssl');
  fs.mkdirSync(dir, { recursive: true });
  const settings = { password: options.password ?? 'test-password', legacyP12: options.legacyP12 ?? false };
  const author = createRole(dir, 'author', settings);
  const distributor = createRole(dir, 'distributor', settings);
  const certificates: TestCertificates = { author, distributor };
  fs.writeFileSync(path.join(dir, 'test-certificates.json'), JSON.stringify(certificates, null, 2) + '\n');
  return certificates;
}

/**
 * Reuses the test certificates in `dir` if they are there (keeping the author certificate stable,
 * so a test package can update itself on an emulator), otherwise creates them.
 */
export function ensureTestCertificates(dir: string): TestCertificates {
  return readSavedTestCertificates(dir) ?? createTestCertificates(dir);
}

function readSavedTestCertificates(dir: string): TestCertificates | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'test-certificates.json'), 'utf8')) as TestCertificates;
    const files = [saved.author.p12, saved.author.rootCa, saved.distributor.p12, saved.distributor.rootCa];
    return files.every((file) => typeof file === 'string' && fs.existsSync(file)) ? saved : undefined;
  } catch {
    return undefined; // missing or damaged: make new ones
  }
}
