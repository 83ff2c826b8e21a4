import type { HttpOptions } from '../net/http';
import { isNetworkError } from '../net/errors';
import { XtreamClient } from './client';
import { accountSteps, rejectionSteps, type DoctorStep, type DoctorStepId } from './doctor-steps';
import { isXtreamError, XtreamError, type XtreamErrorCode } from './errors';
import { repairCredentials, type CredentialsInput, type RepairedCredentials } from './input';
import type { Account } from './models';

export type { DoctorStep, DoctorStepId } from './doctor-steps';

export interface DoctorReport {
  /** True when the account signed in (possibly after a fix the doctor applied). */
  ok: boolean;
  input: CredentialsInput;
  repaired?: RepairedCredentials;
  steps: DoctorStep[];
  /** The one thing to try (or that was done for you), as a sentence. */
  fix?: string;
  /** The server address that worked after the doctor changed it. */
  applied?: { server: string };
  error?: { code: XtreamErrorCode; message: string; hint: string };
  account?: Account;
}

export interface DoctorOptions {
  /** Time allowed for each sign-in attempt. Default 8000 ms. */
  timeoutMs?: number;
  /** Time allowed for each port probe (probes run together). Default 2500 ms. */
  portTimeoutMs?: number;
  /** Ports tried when none was typed and the default one does not answer. */
  ports?: number[];
  /** Base HTTP options (fetch, User-Agent, URL rewriting); timeouts and retries are the doctor's. */
  http?: HttpOptions;
  now?: () => number;
  signal?: AbortSignal;
}

/** Ports Xtream panels commonly listen on, most common first. */
export const USUAL_XTREAM_PORTS = [8080, 25461, 80, 8000, 8880, 2082, 2095];
const UNREACHABLE: XtreamErrorCode[] = ['SERVER_UNREACHABLE', 'CONNECTION_REFUSED', 'TIMEOUT', 'TLS_ERROR'];
const ORDER: DoctorStepId[] = [
  'input',
  'reachability',
  'protocol',
  'port',
  'credentials',
  'status',
  'expiry',
  'connections',
];

interface Attempt {
  server: string;
  account?: Account;
  error?: XtreamError;
}

function reached(attempt: Attempt): boolean {
  return (
    attempt.account !== undefined || (attempt.error !== undefined && UNREACHABLE.indexOf(attempt.error.code) === -1)
  );
}

/** Reached and answered like an Xtream panel (an account, or an account-level rejection). */
function answeredLikeXtream(attempt: Attempt): boolean {
  return attempt.account !== undefined || (attempt.error !== undefined && /^(AUTH_|ACCOUNT_)/.test(attempt.error.code));
}

function partsOf(server: string): { scheme: string; host: string; port?: string } {
  const m = /^(https?):\/\/(\[[^\]]*\]|[^:/]+)(?::(\d+))?$/.exec(server);
  return m ? { scheme: m[1], host: m[2], port: m[3] } : { scheme: 'http', host: server };
}

function withoutDetails(error: XtreamError): { code: XtreamErrorCode; message: string; hint: string } {
  return { code: error.code, message: error.message, hint: error.hint };
}

class Doctor {
  readonly steps: Partial<Record<DoctorStepId, DoctorStep>> = {};
  fix?: string;
  applied?: { server: string };

  constructor(
    private readonly creds: RepairedCredentials,
    private readonly options: DoctorOptions,
  ) {}

  record(id: DoctorStepId, status: DoctorStep['status'], detail: string): void {
    this.steps[id] = { id, status, detail };
  }

  ordered(): DoctorStep[] {
    return ORDER.map((id) => this.steps[id] ?? { id, status: 'skipped', detail: 'Not needed.' });
  }

  async attempt(server: string, timeoutMs: number): Promise<Attempt> {
    const base = this.options.http ?? {};
    const client = new XtreamClient(
      { server, username: this.creds.username, password: this.creds.password },
      { http: { ...base, timeoutMs, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } }, now: this.options.now },
    );
    try {
      return { server, account: await client.login(this.options.signal) };
    } catch (error) {
      if (isXtreamError(error)) return { server, error };
      // Only the caller's own abort (a NetworkError of kind ABORTED) gets here: stop the diagnosis.
      throw error;
    }
  }

  applyFix(server: string, sentence: string): void {
    this.applied = { server };
    this.fix = sentence;
  }

  async tryOtherProtocol(first: Attempt): Promise<Attempt> {
    const { scheme, host, port } = partsOf(first.server);
    const code = first.error?.code;
    const worthIt =
      scheme === 'https'
        ? code === 'TLS_ERROR' || code === 'CONNECTION_REFUSED' || code === 'TIMEOUT'
        : code === 'CONNECTION_REFUSED';
    if (!worthIt) {
      this.record('protocol', 'skipped', `Switching away from ${scheme}:// would not help here.`);
      return first;
    }
    const other = scheme === 'https' ? 'http' : 'https';
    const server = `${other}://${host}${port ? `:${port}` : ''}`;
    const second = await this.attempt(server, this.options.timeoutMs ?? 8000);
    if (!reached(second)) {
      this.record('protocol', 'failed', `The server does not answer on ${other}:// either.`);
      return first;
    }
    const sentence = `The server answers on ${other}:// but not ${scheme}://: we switched it for you.`;
    this.record('protocol', 'fixed', sentence);
    this.applyFix(server, sentence);
    return second;
  }

  async tryUsualPorts(current: Attempt): Promise<Attempt> {
    const { host } = partsOf(current.server);
    const ports = this.options.ports ?? USUAL_XTREAM_PORTS;
    const timeoutMs = this.options.portTimeoutMs ?? 2500;
    // All at once, so the whole search takes one short timeout.
    const probes = await Promise.all(ports.map((port) => this.attempt(`http://${host}:${port}`, timeoutMs)));
    const found = probes.find(answeredLikeXtream) ?? probes.find(reached);
    if (!found) {
      this.record('port', 'failed', `None of the usual ports (${ports.join(', ')}) answers either.`);
      return current;
    }
    const sentence = `The server answers on port ${partsOf(found.server).port}: we added it to the address for you.`;
    this.record('port', 'fixed', sentence);
    this.applyFix(found.server, sentence);
    return found;
  }

  reportAccount(attempt: Attempt): void {
    const steps = attempt.account
      ? accountSteps(attempt.account, (this.options.now ?? Date.now)())
      : rejectionSteps(attempt.error as XtreamError);
    for (const step of steps) this.record(step.id, step.status, step.detail);
  }
}

function unreachableDetail(attempt: Attempt): string {
  return `${attempt.error?.message ?? 'The server could not be reached.'} (${attempt.server})`;
}

/**
 * Runs the checks a support agent would when a sign-in fails: input repair, reachability,
 * http vs https, the port, credentials, account status, expiry and connections. Applies the
 * protocol or port fix when one makes the server answer, and says which one fix to try.
 *
 * @example
 * ```ts
 * const report = await diagnoseConnection({ server: 'https://host.tv:8080', username: 'u', password: 'p' });
 * if (report.ok && report.applied) saveServer(report.applied.server); // "…we switched it for you."
 * ```
 */
export async function diagnoseConnection(input: CredentialsInput, options: DoctorOptions = {}): Promise<DoctorReport> {
  const echo: CredentialsInput = { server: input.server, username: input.username, password: input.password };
  let creds: RepairedCredentials;
  try {
    creds = repairCredentials(input);
  } catch (error) {
    if (!isXtreamError(error)) throw error;
    const steps: DoctorStep[] = ORDER.map((id) =>
      id === 'input'
        ? { id, status: 'failed', detail: error.message }
        : { id, status: 'skipped', detail: 'Not reached.' },
    );
    return { ok: false, input: echo, steps, fix: error.hint, error: withoutDetails(error) };
  }
  const doctor = new Doctor(creds, options);
  doctor.record(
    'input',
    creds.repairs.length ? 'fixed' : 'ok',
    creds.repairs.join(' ') || 'The address and account details look right.',
  );

  let attempt = await doctor.attempt(creds.server, options.timeoutMs ?? 8000);
  if (reached(attempt)) {
    doctor.record('reachability', 'ok', `The server answers at ${creds.server}.`);
    doctor.record('protocol', 'ok', `${partsOf(creds.server).scheme}:// works.`);
    doctor.record('port', 'ok', 'The port answers.');
  } else {
    doctor.record('reachability', 'failed', unreachableDetail(attempt));
    const dnsFailure = attempt.error?.code === 'SERVER_UNREACHABLE' && isDnsFailure(attempt.error);
    if (!dnsFailure) attempt = await doctor.tryOtherProtocol(attempt);
    if (!reached(attempt) && !dnsFailure) {
      if (partsOf(creds.server).port === undefined) attempt = await doctor.tryUsualPorts(attempt);
      else
        doctor.record('port', 'skipped', `Port ${partsOf(creds.server).port} was given, so no other port was tried.`);
    }
  }

  if (!reached(attempt)) {
    const error = attempt.error as XtreamError;
    return {
      ok: false,
      input: echo,
      repaired: creds,
      steps: doctor.ordered(),
      fix: error.hint,
      error: withoutDetails(error),
    };
  }
  doctor.reportAccount(attempt);
  const report: DoctorReport = {
    ok: attempt.account !== undefined,
    input: echo,
    repaired: creds,
    steps: doctor.ordered(),
  };
  if (doctor.applied) report.applied = doctor.applied;
  if (attempt.account) {
    report.account = attempt.account;
    if (doctor.fix) report.fix = doctor.fix;
  } else if (attempt.error) {
    report.error = withoutDetails(attempt.error);
    report.fix = attempt.error.hint;
  }
  return report;
}

function isDnsFailure(error: XtreamError): boolean {
  return isNetworkError(error.cause) && error.cause.kind === 'DNS_FAILURE';
}
