import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findSigningConfig, SigningConfigError } from '../../../tizen/sign/credentials';
import { chooseSigners, TEST_CERTIFICATE_DIR } from '../../../tizen/signing-setup';
import { requireTools } from './helpers/tools';

describe('finding the configured Tizen certificates', () => {
  let repoRoot: string;
  beforeEach(() => {
    repoRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'signing-config-'));
  });
  afterEach(() => fs.rmSync(repoRoot, { recursive: true, force: true }));

  const writeConfig = (config: unknown): void =>
    fs.writeFileSync(path.join(repoRoot, 'signing.config.json'), JSON.stringify(config));

  it('finds nothing when neither the environment nor signing.config.json names a certificate', () => {
    expect(findSigningConfig(repoRoot, {})).toBeUndefined();
    writeConfig({ webos: {} });
    expect(findSigningConfig(repoRoot, {})).toBeUndefined();
  });

  it('reads both certificates from the environment, paths relative to the working folder', () => {
    const env = {
      TIZEN_AUTHOR_P12: 'certs/author.p12',
      TIZEN_AUTHOR_PASSWORD: 'a',
      TIZEN_DISTRIBUTOR_P12: '/abs/distributor.p12',
      TIZEN_DISTRIBUTOR_PASSWORD: '',
      TIZEN_DISTRIBUTOR_CA: '/abs/distributor-ca.cer',
    };
    expect(findSigningConfig(repoRoot, env, '/work')).toEqual({
      author: { p12: '/work/certs/author.p12', password: 'a', ca: undefined },
      distributor: { p12: '/abs/distributor.p12', password: '', ca: '/abs/distributor-ca.cer' },
    });
  });

  it('reads signing.config.json with paths relative to it, and lets the environment override one role', () => {
    writeConfig({
      tizen: {
        author: { p12: 'author.p12', password: 'file-a', ca: 'author-ca.cer' },
        distributor: { p12: 'distributor.p12', password: 'file-d' },
      },
    });
    expect(findSigningConfig(repoRoot, {})).toEqual({
      author: { p12: path.join(repoRoot, 'author.p12'), password: 'file-a', ca: path.join(repoRoot, 'author-ca.cer') },
      distributor: { p12: path.join(repoRoot, 'distributor.p12'), password: 'file-d', ca: undefined },
    });
    const env = { TIZEN_DISTRIBUTOR_P12: '/env/d.p12', TIZEN_DISTRIBUTOR_PASSWORD: 'env-d' };
    expect(findSigningConfig(repoRoot, env)?.distributor).toEqual({
      p12: '/env/d.p12',
      password: 'env-d',
      ca: undefined,
    });
  });

  it('explains what is missing when only one certificate is configured', () => {
    expect(() => findSigningConfig(repoRoot, { TIZEN_AUTHOR_P12: 'a.p12', TIZEN_AUTHOR_PASSWORD: 'x' })).toThrow(
      /Only one Tizen certificate is configured: set the distributor one too \(TIZEN_DISTRIBUTOR_P12/,
    );
  });

  it('explains a missing password or a malformed config file', () => {
    expect(() => findSigningConfig(repoRoot, { TIZEN_AUTHOR_P12: 'a.p12' })).toThrow(
      'TIZEN_AUTHOR_P12 is set but TIZEN_AUTHOR_PASSWORD is not',
    );
    writeConfig({ tizen: { author: { p12: 'a.p12' }, distributor: { p12: 'd.p12', password: 'x' } } });
    expect(() => findSigningConfig(repoRoot, {})).toThrow(SigningConfigError);
    fs.writeFileSync(path.join(repoRoot, 'signing.config.json'), '{ not json');
    expect(() => findSigningConfig(repoRoot, {})).toThrow('is not valid JSON');
  });

  it('refuses to fall back to test certificates unless allowed', () => {
    expect(() => chooseSigners(repoRoot, false, {})).toThrow(/No Tizen certificates are configured/);
  });

  it('falls back to test certificates made once and reused, so the author stays the same between packages', () => {
    requireTools(['openssl', 'openssl']);
    const first = chooseSigners(repoRoot, true, {});
    expect(first.usingTestCertificates).toBe(true);
    expect(fs.existsSync(path.join(repoRoot, TEST_CERTIFICATE_DIR, 'author.p12'))).toBe(true);
    const second = chooseSigners(repoRoot, true, {});
    expect(second.signers.author.certificates[0].equals(first.signers.author.certificates[0])).toBe(true);
  }, 60_000);
});
