// Where the developer's Tizen certificates are configured: environment variables, or signing.config.json.
import fs from 'node:fs';
import path from 'node:path';

/** One .p12 file with its password, and optionally a file of issuer certificates the .p12 lacks. */
export interface P12Source {
  p12: string;
  password: string;
  ca?: string;
}

/** The author and distributor certificates to sign with. */
export interface TizenSigningConfig {
  author: P12Source;
  distributor: P12Source;
}

/** The name of the git-ignored file at the repository root that may hold the signing configuration. */
export const SIGNING_CONFIG_FILE = 'signing.config.json';

/** Signing was configured, but not completely or not correctly. */
export class SigningConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningConfigError';
  }
}

type Role = 'author' | 'distributor';

function fromEnvironment(role: Role, env: NodeJS.ProcessEnv, cwd: string): P12Source | undefined {
  const prefix = `TIZEN_${role.toUpperCase()}`;
  const p12 = env[`${prefix}_P12`];
  if (!p12) return undefined;
  const password = env[`${prefix}_PASSWORD`];
  if (password === undefined) throw new SigningConfigError(`${prefix}_P12 is set but ${prefix}_PASSWORD is not`);
  const ca = env[`${prefix}_CA`];
  return { p12: path.resolve(cwd, p12), password, ca: ca ? path.resolve(cwd, ca) : undefined };
}

function readConfigFile(file: string): Record<string, unknown> | undefined {
  if (!fs.existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SigningConfigError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null) throw new SigningConfigError(`${file} must hold a JSON object`);
  const tizen = (parsed as Record<string, unknown>).tizen;
  if (tizen === undefined) return undefined;
  if (typeof tizen !== 'object' || tizen === null) throw new SigningConfigError(`${file}: "tizen" must be an object`);
  return tizen as Record<string, unknown>;
}

function fromConfigFile(role: Role, tizen: Record<string, unknown> | undefined, file: string): P12Source | undefined {
  const entry = tizen?.[role];
  if (entry === undefined) return undefined;
  const { p12, password, ca } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  if (typeof p12 !== 'string' || typeof password !== 'string' || (ca !== undefined && typeof ca !== 'string')) {
    throw new SigningConfigError(`${file}: "tizen.${role}" needs string "p12" and "password" (and optionally "ca")`);
  }
  const base = path.dirname(file);
  return { p12: path.resolve(base, p12), password, ca: ca === undefined ? undefined : path.resolve(base, ca) };
}

/**
 * Finds the configured certificates. For each role the environment (`TIZEN_AUTHOR_P12`,
 * `TIZEN_AUTHOR_PASSWORD`, optional `TIZEN_AUTHOR_CA`, the same with `DISTRIBUTOR`) wins over
 * `signing.config.json` (`{"tizen": {"author": {"p12", "password", "ca"?}, "distributor": {…}}}`,
 * paths relative to the file). Returns undefined when nothing is configured.
 * @throws SigningConfigError when only one role is configured, or a setting is malformed.
 */
export function findSigningConfig(
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): TizenSigningConfig | undefined {
  const configFile = path.join(repoRoot, SIGNING_CONFIG_FILE);
  const tizen = readConfigFile(configFile);
  const author = fromEnvironment('author', env, cwd) ?? fromConfigFile('author', tizen, configFile);
  const distributor = fromEnvironment('distributor', env, cwd) ?? fromConfigFile('distributor', tizen, configFile);
  if (!author && !distributor) return undefined;
  if (!author || !distributor) {
    const missing = author ? 'distributor' : 'author';
    throw new SigningConfigError(
      `Only one Tizen certificate is configured: set the ${missing} one too (TIZEN_${missing.toUpperCase()}_P12 and ` +
        `TIZEN_${missing.toUpperCase()}_PASSWORD, or "tizen.${missing}" in ${SIGNING_CONFIG_FILE}).`,
    );
  }
  return { author, distributor };
}
