// Test-side access to the Debian tools the packaging tests run for real.
import { spawnSync } from 'node:child_process';

/** Throws a clear message when a tool the test needs is missing (CI installs them with apt-get). */
export function requireTools(...tools: Array<[command: string, debianPackage: string]>): void {
  const missing = tools.filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0);
  if (missing.length > 0) {
    const packages = missing.map(([, debianPackage]) => debianPackage).join(' ');
    throw new Error(`These packaging tests need ${missing.map(([c]) => c).join(', ')}: apt-get install ${packages}`);
  }
}

/** The outcome of `xmlsec1 --verify`. */
export interface Verification {
  ok: boolean;
  output: string;
}

/**
 * Verifies one signature file of an unpacked widget with xmlsec1, run from the widget root (xmlsec1
 * resolves the relative reference URIs against the working directory), trusting `trustedPem`.
 */
export function xmlsecVerify(widgetDir: string, signatureFile: string, trustedPem: string): Verification {
  const result = spawnSync('xmlsec1', ['--verify', '--trusted-pem', trustedPem, signatureFile], {
    cwd: widgetDir,
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
