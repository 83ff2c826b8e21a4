import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadSigningIdentity, P12Error } from '../../../tizen/sign/p12';
import { TestCertificates } from '../../../tizen/sign/test-certificates';
import { makeTestPki } from './helpers/pki';

function subjectOf(der: Buffer): string {
  return new crypto.X509Certificate(der).subject.replace(/\n/g, ', ');
}

describe('reading signing identities from .p12 files', () => {
  let pki: TestCertificates & { dir: string };
  beforeAll(() => {
    pki = makeTestPki({ password: 'p12 secret' });
  }, 60_000);
  afterAll(() => fs.rmSync(pki.dir, { recursive: true, force: true }));

  /** Exports a .p12 from the PKI's PEM files with extra `openssl pkcs12 -export` options. */
  const exportP12 = (name: string, password: string, options: string[]): string => {
    const file = path.join(pki.dir, name);
    execFileSync('openssl', ['pkcs12', '-export', ...options, '-out', file, '-passout', `pass:${password}`], {
      cwd: pki.dir,
    });
    return file;
  };

  it('returns the key and the chain leaf first, issuers next, the self-signed root left out', () => {
    const identity = loadSigningIdentity(pki.author.p12, 'p12 secret');
    expect(identity.certificates.map(subjectOf)).toEqual([
      'O=TV Player test, CN=TV Player Test Author',
      'O=TV Player test, CN=TV Player Test Author CA',
    ]);
    expect(identity.subject).toBe('O=TV Player test, CN=TV Player Test Author');
    const leaf = new crypto.X509Certificate(identity.certificates[0]);
    expect(leaf.checkPrivateKey(crypto.createPrivateKey(identity.privateKeyPem))).toBe(true);
  });

  it('reads old-style RC2-40 .p12 files like the ones older Tizen Studio versions write', () => {
    const options = '-legacy -inkey distributor.key -in distributor.crt -certfile distributor-issuers.pem';
    const legacy = exportP12('legacy.p12', 'legacy', options.split(' '));
    expect(loadSigningIdentity(legacy, 'legacy').subject).toBe('O=TV Player test, CN=TV Player Test Distributor');
  });

  it('completes the chain from a separate CA file when the .p12 holds only the leaf', () => {
    const leafOnly = exportP12('leaf-only.p12', 'x', ['-inkey', 'author.key', '-in', 'author.crt']);
    expect(loadSigningIdentity(leafOnly, 'x').certificates).toHaveLength(1);
    const completed = loadSigningIdentity(leafOnly, 'x', path.join(pki.dir, 'author-issuers.pem'));
    expect(completed.certificates.map(subjectOf)).toEqual([
      'O=TV Player test, CN=TV Player Test Author',
      'O=TV Player test, CN=TV Player Test Author CA',
    ]);
  });

  it('names the file when the password is wrong', () => {
    expect(() => loadSigningIdentity(pki.author.p12, 'wrong')).toThrow(P12Error);
    expect(() => loadSigningIdentity(pki.author.p12, 'wrong')).toThrow(`${pki.author.p12} could not be opened`);
  });

  it('names the file when it does not exist', () => {
    expect(() => loadSigningIdentity('/nonexistent/author.p12', 'x')).toThrow('/nonexistent/author.p12 does not exist');
  });
});
