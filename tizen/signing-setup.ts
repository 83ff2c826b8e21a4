// Chooses the certificates to sign with: the developer's own, or throwaway test certificates with a loud warning.
import path from 'node:path';
import { findSigningConfig, TizenSigningConfig } from './sign/credentials';
import { loadSigningIdentity } from './sign/p12';
import { WidgetSigners } from './sign/signer';
import { ensureTestCertificates } from './sign/test-certificates';

/** Where `package:tizen` keeps its throwaway certificates (dist/ is git-ignored). */
export const TEST_CERTIFICATE_DIR = path.join('dist', 'tizen-test-certificates');

/** The loaded signers and whether they are throwaway test certificates. */
export interface ChosenSigners {
  signers: WidgetSigners;
  usingTestCertificates: boolean;
}

/** Loads both identities named by a signing configuration. */
export function loadSigners(config: TizenSigningConfig): WidgetSigners {
  return {
    author: loadSigningIdentity(config.author.p12, config.author.password, config.author.ca),
    distributor: loadSigningIdentity(config.distributor.p12, config.distributor.password, config.distributor.ca),
  };
}

/** Printed whenever a package is signed with test certificates. */
export const TEST_CERTIFICATE_WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!  No Tizen certificates are configured: signed with a TEST certificate.',
  '!!  This package is NOT installable on retail Samsung TVs.',
  '!!  Configure your Samsung author and distributor .p12 files (tizen/README.md):',
  '!!  TIZEN_AUTHOR_P12, TIZEN_AUTHOR_PASSWORD, TIZEN_DISTRIBUTOR_P12 and',
  '!!  TIZEN_DISTRIBUTOR_PASSWORD, or signing.config.json; then package again.',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

/**
 * The configured certificates, or, when none are configured and `allowTestCertificates` is set,
 * test certificates made (once) under `dist/tizen-test-certificates/`.
 * @throws SigningConfigError / P12Error for a broken configuration; Error when nothing is configured and test certificates are not allowed.
 */
export function chooseSigners(
  repoRoot: string,
  allowTestCertificates: boolean,
  env: NodeJS.ProcessEnv = process.env,
): ChosenSigners {
  const config = findSigningConfig(repoRoot, env);
  if (config) return { signers: loadSigners(config), usingTestCertificates: false };
  if (!allowTestCertificates) {
    throw new Error(
      'No Tizen certificates are configured. Set TIZEN_AUTHOR_P12, TIZEN_AUTHOR_PASSWORD, TIZEN_DISTRIBUTOR_P12 and ' +
        'TIZEN_DISTRIBUTOR_PASSWORD, or write signing.config.json at the repository root (see tizen/README.md).',
    );
  }
  const testCertificates = ensureTestCertificates(path.join(repoRoot, TEST_CERTIFICATE_DIR));
  return { signers: loadSigners(testCertificates), usingTestCertificates: true };
}
